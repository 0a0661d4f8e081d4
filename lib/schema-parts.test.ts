import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { object, partialRecord, record } from './schema-parts';

const keys = ['a', 'b', 'c'] as const;
const prototypeKeys = ['__proto__', 'constructor', 'prototype'];
const schemas = {
  object: object({ a: v.optional(v.number()) }),
  record: record(v.string(), v.number()),
  partialRecord: partialRecord(v.picklist(keys), v.number()),
};

describe('object and record schemas', () => {
  it('take no array, null or primitive for an object, however it is nested', () => {
    const notObject = fc.oneof(fc.array(fc.jsonValue(), { maxLength: 3 }), fc.constant(null), fc.string(), fc.double(), fc.boolean());
    fc.assert(
      fc.property(notObject, (value) => {
        for (const schema of Object.values(schemas)) expect(v.safeParse(schema, value).success).toBe(false);
        expect(v.safeParse(object({ inner: schemas.object }), { inner: value }).success).toBe(false);
      }),
    );
  });

  it('a partial record takes any subset of its keys and no other key', () => {
    fc.assert(
      fc.property(fc.subarray([...keys]), fc.string().filter((k) => !prototypeKeys.includes(k)), (present, other) => {
        const value = Object.fromEntries(present.map((k, i) => [k, i]));
        expect(v.parse(schemas.partialRecord, value)).toEqual(value);
        const withOther = v.safeParse(schemas.partialRecord, { ...value, [other]: 1 });
        expect(withOther.success).toBe((keys as readonly string[]).includes(other));
      }),
    );
  });

  it('a record never carries a prototype key into what it gives', () => {
    for (const key of prototypeKeys) {
      const input = JSON.parse(`{"${key}": {"polluted": 1}, "a": 1}`);
      const output = v.parse(schemas.record, input);
      expect(Object.keys(output)).toEqual(['a']);
      expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    }
  });

  it('an object drops keys it does not know', () => {
    expect(v.parse(schemas.object, { a: 1, extra: 'x' })).toEqual({ a: 1 });
  });
});
