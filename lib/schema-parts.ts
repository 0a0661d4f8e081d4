// Object and record schemas for data read back from JSON (storage, files, links). valibot's own take any non-null
// object, arrays included; a stored array where an object belongs is damage, never an empty object.
import * as v from 'valibot';

const isPlainObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `schema`, but only for an object that is not an array. */
function plain<S extends v.GenericSchema>(schema: S) {
  return v.pipe(v.custom<v.InferInput<S>>(isPlainObject), schema);
}

/** An object with these entries; unknown keys are dropped. */
export function object<E extends v.ObjectEntries>(entries: E) {
  return plain(v.object(entries));
}

/** A record: every key and value checked. */
export function record<K extends v.GenericSchema<string, string>, V extends v.GenericSchema>(key: K, value: V) {
  return plain(v.record(key, value));
}

/**
 * A record whose keys come from a fixed list and may each be missing (valibot's own record type would make every key of
 * the list required; at run time it checks only the keys there are).
 */
export function partialRecord<K extends v.GenericSchema<string, string>, V extends v.GenericSchema>(key: K, value: V) {
  return plain(v.record(key, value)) as unknown as v.GenericSchema<
    Partial<Record<v.InferInput<K>, v.InferInput<V>>>,
    Partial<Record<v.InferOutput<K>, v.InferOutput<V>>>
  >;
}
