import type { INestApplication } from '@nestjs/common';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ReplicaPool } from './replica-pool';
import { serviceRoutes } from './service-routes';
import type { GatewayConfig } from '../config';

/**
 * Streams `/api/<service>/*` to the services untouched (bodies, uploads, the Authorization header): each
 * service verifies the token itself. Mounted before any body parser, which would consume the stream.
 * A service with several replicas gets its requests round-robin; one that cannot be reached is taken out.
 */
export function mountServiceProxies(app: INestApplication, config: GatewayConfig): void {
  for (const [name, urls] of Object.entries(serviceRoutes(config))) {
    const pool = new ReplicaPool(urls);
    pool.watch();
    const chosen = new WeakMap<IncomingMessage, string>();
    app.use(
      `/api/${name}`,
      createProxyMiddleware({
        target: urls[0],
        router: (req) => {
          const url = pool.pick();
          chosen.set(req, url);
          return url;
        },
        changeOrigin: true,
        xfwd: true,
        proxyTimeout: 30_000,
        on: {
          error: (error, req, res) => {
            const url = chosen.get(req);
            // could not connect at all: that replica is gone until its /health answers again
            if (url && 'code' in error && ['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH'].includes(String(error.code)))
              pool.markDown(url);
            const response = res as ServerResponse;
            if (response.headersSent) return response.end();
            response.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
            response.end(
              JSON.stringify({
                statusCode: 502,
                message: `Dịch vụ ${name} tạm thời không phản hồi. Vui lòng thử lại sau.`,
                messageEn: `The ${name} service is not answering. Please try again shortly.`,
              }),
            );
          },
        },
      }),
    );
  }
}
