import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { once } from 'node:events';
import net from 'node:net';

/** Child process groups the bench started; killed on exit, error and SIGINT/SIGTERM. */
const groups = new Set();
/** Temporary folders (browser profiles) removed however the bench ends. */
const tempDirs = new Set();

/** Removes `dir` at exit unless `removeTempDir` did so before. */
export function registerTempDir(dir) {
  tempDirs.add(dir);
}

export function removeTempDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** Kills every group the bench started (the watchdog's last resort). */
export function killAllGroups() {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
}

let handlersInstalled = false;
/** Makes sure every started group dies with the bench, however it ends. */
export function installCleanupHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const pid of groups) killGroup(pid, 'SIGKILL');
    for (const dir of tempDirs) {
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      } catch {
        // a browser still writing into it as it dies: leave the folder in the temp dir
      }
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.error(`\nbench: ${signal} received, stopping the server and browsers`);
      for (const pid of groups) killGroup(pid, 'SIGKILL');
      process.exit(130);
    });
  }
}

/** Spawns a command in its own process group (so its children can be stopped with it) and tracks it. */
export function spawnGroup(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid) groups.add(child.pid);
  child.once('exit', () => groups.delete(child.pid));
  return child;
}

/** Stops a group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopGroup(child, graceMs = 5000) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) {
    groups.delete(child?.pid);
    return;
  }
  const exited = once(child, 'exit').catch(() => {});
  killGroup(child.pid, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // Grandchildren that ignored SIGTERM go too.
  killGroup(child.pid, 'SIGKILL');
  groups.delete(child.pid);
}

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export async function runToEnd(command, args, options = {}) {
  const child = spawnGroup(command, args, { stdio: 'inherit', ...options });
  const [code, signal] = await once(child, 'exit');
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`);
}

/** A TCP port that is free on loopback right now. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
