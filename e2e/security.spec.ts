import type { APIResponse } from '@playwright/test';
import { expect, test } from './fixtures';

const pages = ['check', 'results', 'methode', 'coach'];
const routes = ['/', '/de', '/en', ...pages.flatMap((p) => [`/de/${p}`, `/en/${p}`])];

const strictReferrerPolicies = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];

/** Splits a CSP into its directives: name → sources. */
function parseCsp(csp: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

function nonceOf(csp: string): string | undefined {
  const scriptSrc = parseCsp(csp).get('script-src') ?? [];
  return scriptSrc.map((v) => /^'nonce-([A-Za-z0-9+/_=-]+)'$/.exec(v)?.[1]).find(Boolean);
}

/** Asserts the security headers every response must carry. */
function expectStrictHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = headers['content-security-policy'];
  expect(csp, `${what}: Content-Security-Policy`).toBeTruthy();
  const directives = parseCsp(csp!);
  const scriptSrc = directives.get('script-src') ?? [];

  expect(nonceOf(csp!), `${what}: a nonce in script-src (${csp})`).toBeTruthy();
  expect(nonceOf(csp!)!.length, `${what}: the nonce is long enough to be unguessable`).toBeGreaterThanOrEqual(16);
  expect(csp, `${what}: no 'unsafe-eval'`).not.toContain("'unsafe-eval'");
  if (scriptSrc.includes("'unsafe-inline'")) {
    // Only as the fallback that browsers ignore when they understand nonces and 'strict-dynamic'.
    expect(scriptSrc, `${what}: 'unsafe-inline' only beside 'strict-dynamic'`).toContain("'strict-dynamic'");
  }
  expect(directives.get('object-src'), `${what}: object-src`).toEqual(["'none'"]);
  expect(directives.get('base-uri'), `${what}: base-uri`).toEqual(["'none'"]);
  expect(directives.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(directives.get('form-action'), `${what}: form-action`).toEqual(["'self'"]);

  expect(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
  expect(strictReferrerPolicies, `${what}: Referrer-Policy ${headers['referrer-policy']}`).toContain(
    headers['referrer-policy'],
  );
  const permissions = (headers['permissions-policy'] ?? '').split(',').map((p) => p.trim());
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()']) {
    expect(permissions, `${what}: Permissions-Policy turns off ${feature}`).toContain(feature);
  }
  expect(headers['x-powered-by'], `${what}: no X-Powered-By`).toBeUndefined();
}

test.describe('security headers', () => {
  for (const route of routes) {
    test(`${route} is served with a strict CSP and the other security headers`, async ({ request }) => {
      const response = await request.get(route);
      expect(response.status(), `${route} answers`).toBe(200);
      expectStrictHeaders(response, route);

      // Every script on the page carries this response's nonce, and nothing else could run.
      const nonce = nonceOf(response.headers()['content-security-policy']!);
      const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, `${route} has scripts`).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, `${route}: ${tag}`).toContain(`nonce="${nonce}"`);
    });
  }

  test('the redirect from / carries the same headers', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0 });
    expect([307, 308]).toContain(response.status());
    expectStrictHeaders(response, 'the redirect from /');
  });

  test('each response gets a fresh nonce', async ({ request }) => {
    const first = nonceOf((await request.get('/de')).headers()['content-security-policy']!);
    const second = nonceOf((await request.get('/de')).headers()['content-security-policy']!);
    expect(first).toBeTruthy();
    expect(second).not.toBe(first);
  });

  test('Strict-Transport-Security is sent when the app is served over HTTPS', async ({ request }) => {
    const response = await request.get('/de', { headers: { 'x-forwarded-proto': 'https' } });
    const hsts = response.headers()['strict-transport-security'];
    expect(hsts, 'Strict-Transport-Security').toBeTruthy();
    expect(Number(/max-age=(\d+)/.exec(hsts!)?.[1])).toBeGreaterThanOrEqual(31_536_000);
  });
});

test.describe('in the browser', () => {
  // The shared fixture fails the test on any CSP violation, page or console error, or request to another host.
  for (const route of routes) {
    test(`${route} loads without CSP violations, errors or requests to other hosts`, async ({ page }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
    });
  }
});
