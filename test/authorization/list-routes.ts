import type { INestApplication } from '@nestjs/common';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** `METHOD /path` of every route an app serves (Express 5 router), without /health and the API docs. */
export function routesOf(app: INestApplication, prefix = ''): string[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } };
  const routes = new Set<string>();
  for (const layer of express.router.stack) {
    if (!layer.route) continue;
    const path = layer.route.path;
    if (path === '/health' || path.startsWith('/docs')) continue;
    for (const method of Object.keys(layer.route.methods))
      if (method !== '_all') routes.add(`${method.toUpperCase()} ${prefix}${path}`);
  }
  return [...routes].sort();
}
