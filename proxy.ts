import createMiddleware from 'next-intl/middleware';
import { NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { buildContentSecurityPolicy, strictTransportSecurity } from './lib/security-headers';

const handleLocale = createMiddleware(routing);

/** Locale routing and the per-request CSP nonce live here together, in the one proxy Next allows. */
export default function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = buildContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });

  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  headers.set('x-nonce', nonce);
  const response = handleLocale(new NextRequest(request.url, { headers, method: request.method }));

  response.headers.set('Content-Security-Policy', csp);
  const proto = request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(':', '');
  if (proto === 'https') response.headers.set('Strict-Transport-Security', strictTransportSecurity);
  return response;
}

export const config = {
  // Everything but Next's own assets and files with an extension.
  matcher: ['/((?!_next|_vercel|.*\\..*).*)'],
};
