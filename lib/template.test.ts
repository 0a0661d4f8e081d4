import { describe, expect, it } from 'vitest';
import { fillTemplate } from './template';

describe('fillTemplate', () => {
  it('fills every known placeholder and leaves unknown ones as they are', () => {
    expect(fillTemplate('{known} von {total} ({x})', { known: 3, total: 5 })).toBe('3 von 5 ({x})');
  });

  it('does not read inherited properties', () => {
    expect(fillTemplate('{constructor}', {})).toBe('{constructor}');
  });
});
