import type { MiddlewareHandler } from 'hono';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host the browser addressed: behind a proxy, the one it forwarded. */
function addressedHost(request: Request): string {
  const forwarded = request.headers.get('X-Forwarded-Host')?.split(',')[0]?.trim();
  return (forwarded || request.headers.get('Host') || new URL(request.url).host).toLowerCase();
}

/**
 * Requests that change anything must come from the portal's own pages (or from a tool, which
 * sends no `Origin`). A page on another site can make a browser send a POST with the visitor's
 * demo persona or cookies; browsers mark such requests with `Origin` and `Sec-Fetch-Site`, and
 * cannot forge either. Only the host is compared, so a proxy that ends TLS does not matter.
 */
export const refuseCrossSite: MiddlewareHandler = async (c, next) => {
  if (safeMethods.has(c.req.method)) return next();
  const origin = c.req.header('Origin');
  const site = c.req.header('Sec-Fetch-Site');
  let foreign = site === 'cross-site';
  if (origin !== undefined) {
    try {
      foreign ||=
        origin === 'null' || new URL(origin).host.toLowerCase() !== addressedHost(c.req.raw);
    } catch {
      foreign = true;
    }
  }
  if (!foreign) return next();
  return c.json(
    {
      message: `Changes to the catalog must come from Meshport itself; this request came from ${origin && origin !== 'null' ? origin : 'another site'}.`,
    },
    403,
  );
};
