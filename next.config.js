// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

// Messages are compiled at build time, so the browser gets a small formatter instead of an ICU parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: {
    messages: { path: './messages', format: 'json', locales: 'infer', sourceLocale: 'de', precompile: true },
  },
});

// Sent with every response; the CSP (per-request nonce) is set in proxy.ts. The e2e suite asserts all of them.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  {
    key: 'Permissions-Policy',
    value:
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()',
  },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // esbuild bundles the service worker when app/serwist/[path]/route.ts is prerendered (what @serwist/turbopack's
  // withSerwist does); it must stay a Node package, not part of the server bundle.
  serverExternalPackages: ['esbuild', 'esbuild-wasm'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The service worker's own policy: it may talk to this origin only, and it loads no other script.
      {
        source: '/serwist/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'" }],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
