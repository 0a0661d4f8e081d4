import { once } from 'node:events';
import path from 'node:path';
import { findFreePort, runToEnd, sleep, spawnGroup, stopGroup } from './processes.mjs';

const env = () => ({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });

/** `npm run build` in the project root. */
export async function buildApp(root) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await runToEnd(npm, ['run', 'build'], { cwd: root, env: env() });
}

/**
 * Starts `next start` on a free loopback port and waits until it answers.
 * Next's own bin is run with this Node (what `npx next start` resolves to) in a process group of its own,
 * so stopping the group leaves nothing behind.
 */
export async function startServer(root, { appDir = root, probePath = '/de', timeoutMs = 60_000 } = {}) {
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawnGroup(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    env: { ...env(), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = [];
  const keep = (chunk) => {
    log.push(...String(chunk).split('\n').filter(Boolean));
    if (log.length > 200) log.splice(0, log.length - 200);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = once(child, 'exit').then(([code, signal]) => ({ code, signal }));

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await Promise.race([exited, sleep(250).then(() => null)]);
    if (state) {
      throw new Error(`next start exited (${state.code ?? state.signal}) before answering:\n${log.slice(-30).join('\n')}`);
    }
    try {
      const response = await fetch(origin + probePath, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) {
        await stopGroup(child);
        throw new Error(`next start did not answer on ${origin} within ${timeoutMs / 1000} s:\n${log.slice(-30).join('\n')}`);
      }
    }
  }
  return { origin, port, log, stop: () => stopGroup(child) };
}
