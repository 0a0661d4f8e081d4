import { afterEach, describe, expect, it, vi } from 'vitest';
import { createId } from './ids';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createId', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('returns distinct UUIDs', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => createId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(uuidV4);
  });

  it('falls back to getRandomValues when randomUUID is missing (insecure context)', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => real.getRandomValues(a) });
    const a = createId();
    const b = createId();
    expect(a).toMatch(uuidV4);
    expect(a).not.toBe(b);
  });

  it('falls back to Math.random when there is no crypto at all', () => {
    vi.stubGlobal('crypto', undefined);
    const a = createId();
    expect(a).toMatch(uuidV4);
    expect(a).not.toBe(createId());
  });
});
