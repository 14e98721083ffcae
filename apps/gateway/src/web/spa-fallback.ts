import fs from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Paths the gateway answers itself or proxies: never the web app's page. */
const NOT_PAGES = /^\/(api|docs|health|\.well-known)(\/|$)/;

/** A file of the Vite build (assets, favicon), which the static middleware serves. */
function isBuildFile(webDir: string, urlPath: string): boolean {
  try {
    const file = path.resolve(webDir, `.${decodeURIComponent(urlPath)}`);
    return file.startsWith(webDir + path.sep) && fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false; // a malformed escape names no file
  }
}

/**
 * The web app routes in the browser (/ho-so/…, /can-bo/…): a reload or a shared link on such a path gets
 * index.html, and the app takes it from there. Only GETs that ask for HTML and name no file of the build
 * qualify (a task id such as `…e4.1.0` looks like a file name, so the test is the file, not the dot).
 */
export function mountSpaFallback(app: INestApplication, webDir: string): void {
  const index = path.join(webDir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    const wantsPage =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !NOT_PAGES.test(req.path) &&
      (req.headers.accept ?? '').includes('text/html') &&
      !isBuildFile(webDir, req.path);
    if (!wantsPage || !fs.existsSync(index)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
