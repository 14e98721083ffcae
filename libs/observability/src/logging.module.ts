import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

export const CORRELATION_HEADER = 'x-correlation-id';

/** Query parameters that carry a credential: their values never reach a log line. */
const SECRET_PARAMS = /([?&](?:ticket|access_token|token|secret)=)[^&#]*/gi;

export function redactUrl(url: string | undefined): string | undefined {
  return url?.replace(SECRET_PARAMS, '$1[redacted]');
}

/** JSON logs (pino) with the service name and a correlation id per request, echoed in the response. */
export function loggingModule(service: string, level: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      name: service,
      level,
      messageKey: 'msg',
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const given = req.headers[CORRELATION_HEADER];
        const id = typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
        res.setHeader(CORRELATION_HEADER, id);
        return id;
      },
      customAttributeKeys: { reqId: 'correlationId' },
      autoLogging: { ignore: (req) => req.url === '/health' },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.query'],
      serializers: {
        req: (req: { url?: string }) => ({ ...req, url: redactUrl(req.url) }),
      },
    },
  });
}
