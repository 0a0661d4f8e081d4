// The one way into zod: every schema module imports it from here, so the setting below comes before any schema.
// zod/mini keeps the validators that reach the browser small; its API is functional instead of chained.
import * as z from 'zod/mini';

// Under the strict CSP, zod's probe for `new Function` would be reported as a violation.
z.config({ jitless: true });

export * from 'zod/mini';
