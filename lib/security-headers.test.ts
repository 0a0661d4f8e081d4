import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './security-headers';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe('buildContentSecurityPolicy', () => {
  it('allows scripts only by this request’s nonce, with unsafe-inline as the ignored fallback', () => {
    const csp = directives(buildContentSecurityPolicy('abc123'));
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'", "'unsafe-inline'"]);
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('locks down objects, base URIs, framing and form targets', () => {
    const csp = directives(buildContentSecurityPolicy('n'));
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('allows eval and the dev socket only in development', () => {
    const csp = directives(buildContentSecurityPolicy('n', { dev: true }));
    expect(csp.get('script-src')).toContain("'unsafe-eval'");
    expect(csp.get('connect-src')).toContain('ws:');
  });
});
