export declare const chromiumArgs: string[];
export type ChromiumLookup =
  | { path: string; source: 'CHROMIUM_PATH' | 'playwright' | 'system'; tried: string[] }
  | { path: null; source: null; tried: string[] };
export declare function findChromium(env?: Record<string, string | undefined>): ChromiumLookup;
