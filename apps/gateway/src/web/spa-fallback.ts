import fs from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Paths the gateway answers itself or proxies: never the web app's page. */
const NOT_PAGES = /^\/(api|docs|health|\.well-known)(\/|$)/;

/**
 * The web app routes in the browser (/ho-so/…, /can-bo/…): a reload or a shared link on such a path gets
 * index.html, and the app takes it from there. Only GETs that ask for HTML and name no file qualify.
 */
export function mountSpaFallback(app: INestApplication, webDir: string): void {
  const index = path.join(webDir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    const wantsPage =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !NOT_PAGES.test(req.path) &&
      !path.extname(req.path) &&
      (req.headers.accept ?? '').includes('text/html');
    if (!wantsPage || !fs.existsSync(index)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
