import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy for everything a service or the gateway serves. The web app (a Vite/React
 * build served by the gateway) loads its scripts and styles from its own origin, shows images from itself
 * and from data:/blob: URLs, and shows PDFs in iframes/objects from the same origin; nobody else may frame it.
 */
export const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'self'"],
    frameSrc: ["'self'", 'blob:'],
    workerSrc: ["'self'", 'blob:'],
    frameAncestors: ["'self'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  },
};

/** Swagger UI ships inline styles; its page gets that one relaxation, nothing else. */
const docsPolicy = {
  ...contentSecurityPolicy,
  directives: {
    ...contentSecurityPolicy.directives,
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'https:'],
  },
};

const strict = helmet({
  contentSecurityPolicy,
  frameguard: { action: 'sameorigin' },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginEmbedderPolicy: false,
});
const forDocs = helmet({ contentSecurityPolicy: docsPolicy, referrerPolicy: { policy: 'no-referrer' } });

/**
 * helmet's headers (CSP, frame-ancestors, nosniff, Referrer-Policy, HSTS...) and `Cache-Control: no-store`
 * on every answer, so no proxy or browser keeps a dossier or a token. Static files of the web build set
 * their own caching afterwards (serve-static overrides Cache-Control).
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  (req.path === '/docs' || req.path.startsWith('/docs/') ? forDocs : strict)(req, res, next);
}
