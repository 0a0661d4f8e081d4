import { describe, expect, it } from 'vitest';
import { readShareFragment } from './share-fragment';

describe('readShareFragment', () => {
  it('reads the code after #r= and nothing else', () => {
    expect(readShareFragment('#r=1.abc')).toBe('1.abc');
    expect(readShareFragment('#r=')).toBe('');
    expect(readShareFragment('')).toBeNull();
    expect(readShareFragment('#main')).toBeNull();
    expect(readShareFragment('#x=1.abc')).toBeNull();
  });
});
