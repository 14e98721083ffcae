import type { INestApplication } from '@nestjs/common';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { ServerResponse } from 'node:http';
import { serviceRoutes } from './service-routes';
import type { GatewayConfig } from '../config';

/**
 * Streams `/api/<service>/*` to the services untouched (bodies, uploads, the Authorization header): each
 * service verifies the token itself. Mounted before any body parser, which would consume the stream.
 */
export function mountServiceProxies(app: INestApplication, config: GatewayConfig): void {
  for (const [name, target] of Object.entries(serviceRoutes(config))) {
    app.use(
      `/api/${name}`,
      createProxyMiddleware({
        target,
        changeOrigin: true,
        xfwd: true,
        proxyTimeout: 30_000,
        on: {
          error: (_error, _req, res) => {
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
