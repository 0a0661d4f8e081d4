import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import type { Workspace } from '../lib/schemas';
import { STORAGE_KEY } from '../lib/storage';
import { storedText } from './support/factory';

/** What went wrong in the browser while a test ran; every list must stay empty. */
export type BrowserProblems = {
  pageErrors: string[];
  consoleErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
};

declare global {
  interface Window {
    __reportCspViolation?: (text: string) => Promise<void>;
  }
}

function watchPage(page: Page, problems: BrowserProblems) {
  page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    const text = `${message.text()} (${message.location().url || page.url()})`;
    // No allow-list: a production page of this app has no reason to log an error.
    if (message.type() === 'error') problems.consoleErrors.push(text);
    // Chromium reports CSP blocks as console messages too; catch them whatever their level.
    if (/content security policy/i.test(message.text())) problems.cspViolations.push(`console: ${text}`);
  });
}

/**
 * Watches a browser context: page errors, console errors, CSP violations and any request to a host
 * other than the app's own origin. Use it for contexts a test creates itself; the `page` fixture already does.
 */
export async function watchContext(context: BrowserContext, baseURL: string): Promise<BrowserProblems> {
  const origin = new URL(baseURL).origin;
  const problems: BrowserProblems = { pageErrors: [], consoleErrors: [], cspViolations: [], foreignRequests: [] };

  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) problems.foreignRequests.push(`${request.method()} ${request.url()}`);
  });

  // A binding survives navigations, unlike a list kept on window.
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    problems.cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void window.__reportCspViolation?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${event.documentURI}` +
          (event.sourceFile ? `, from ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '') +
          (event.sample ? ` (${event.sample})` : ''),
      );
    });
  });

  for (const page of context.pages()) watchPage(page, problems);
  context.on('page', (page) => watchPage(page, problems));
  return problems;
}

/** Fails with every problem listed, so one run shows all of them. */
export function expectNoBrowserProblems(problems: BrowserProblems) {
  const sections = [
    ['page errors', problems.pageErrors],
    ['console errors', problems.consoleErrors],
    ['Content-Security-Policy violations', problems.cspViolations],
    ['requests to other hosts', problems.foreignRequests],
  ] as const;
  const report = sections
    .filter(([, list]) => list.length > 0)
    .map(([title, list]) => `${title}:\n${list.map((line) => `  - ${line}`).join('\n')}`)
    .join('\n');
  expect(report, `the browser reported problems during the test:\n${report}`).toBe('');
}

/**
 * Puts data into a browser's localStorage before the first script of the first page of each tab runs, once per tab
 * (reloads and later navigations keep what the app made of it). The target is the test's page unless given.
 */
export type Seed = {
  /** Stores a workspace the way the app saves it (build it with e2e/support/factory.ts). */
  workspace(workspace: Workspace, target?: Page | BrowserContext): Promise<void>;
  /** Stores raw entries as they are: data of earlier versions, broken data, backups. */
  entries(entries: Record<string, string>, target?: Page | BrowserContext): Promise<void>;
};

async function seedEntries(target: Page | BrowserContext, entries: Record<string, string>) {
  await target.addInitScript((seed: Record<string, string>) => {
    try {
      if (window.sessionStorage.getItem('e2e:seeded')) return;
      window.sessionStorage.setItem('e2e:seeded', '1');
      for (const [key, value] of Object.entries(seed)) window.localStorage.setItem(key, value);
    } catch {
      // about:blank and other opaque origins have no storage: nothing to seed there.
    }
  }, entries);
}

export const test = base.extend<{ seed: Seed }>({
  // Named `provide`, not `use`, so the React hooks lint rule does not mistake it for a hook.
  page: async ({ page, baseURL }, provide) => {
    const problems = await watchContext(page.context(), baseURL!);
    await provide(page);
    expectNoBrowserProblems(problems);
  },
  seed: async ({ page }, provide) => {
    await provide({
      workspace: (workspace, target = page) => seedEntries(target, { [STORAGE_KEY]: storedText(workspace) }),
      entries: (entries, target = page) => seedEntries(target, entries),
    });
  },
});

export { expect };
