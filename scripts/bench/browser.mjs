import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { registerTempDir, removeTempDir, sleep, spawnGroup, stopGroup } from './processes.mjs';

/** Debian's chromium unless CHROMIUM_PATH says otherwise; nothing is downloaded. */
export function resolveChromium() {
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch {
    throw new Error(`no executable chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  }
  return chromiumPath;
}

/** `Chromium 156.0.… built on Debian …` → `Chromium 156.0.…`. */
export function chromiumVersion(chromiumPath) {
  try {
    const out = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.trim().replace(/\s+built on.*$/, '');
  } catch {
    return 'unknown';
  }
}

/** The flags every browser of the bench runs with: no GPU, no QUIC, no background traffic, no name lookups but loopback. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-features=Translate,OptimizationHints,MediaRouter,InterestFeedContentSuggestions,AutofillServerCommunication',
  '--metrics-recording-only',
  '--password-store=basic',
  '--use-mock-keychain',
  '--mute-audio',
  // The app only ever talks to 127.0.0.1; any other host name fails to resolve instead of reaching out.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/**
 * Launches headless chromium with a DevTools port (picked by chromium, read from DevToolsActivePort)
 * and a fresh profile; Lighthouse and Playwright both attach to it.
 */
export async function launchDebuggableChromium(chromiumPath, { timeoutMs = 30_000 } = {}) {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'smc-bench-chromium-'));
  registerTempDir(userDataDir);
  const child = spawnGroup(
    chromiumPath,
    [...BROWSER_ARGS, '--headless=new', '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const stop = async () => {
    await stopGroup(child);
    removeTempDir(userDataDir);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`chromium exited before opening its DevTools port:\n${stderr}`);
    }
    try {
      const [port] = readFileSync(path.join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n');
      if (/^\d+$/.test(port)) {
        const response = await fetch(`http://127.0.0.1:${port}/json/version`);
        if (response.ok) return { port: Number(port), stop };
      }
    } catch {
      // not yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`chromium did not open its DevTools port within ${timeoutMs / 1000} s:\n${stderr}`);
    }
    await sleep(100);
  }
}
