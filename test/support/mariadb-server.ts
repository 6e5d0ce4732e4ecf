import { spawn, execFile, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';

/** A throwaway mariadbd owned by the test harness. */
export interface MariadbServer {
  /** `mysql://root@127.0.0.1:<port>/` — root without password, TCP only. */
  url: string;
  port: number;
  pid: number;
  /** The mariadbd datadir; it lives inside `tmpDir`. */
  dataDir: string;
  /** Temp directory holding datadir, socket, pid file and `mariadbd.log`; removed by `stop()`. */
  tmpDir: string;
  /** Stops mariadbd (SIGTERM, SIGKILL after a deadline) and removes `tmpDir`. Idempotent. */
  stop(): Promise<void>;
  /** Stops mariadbd but keeps its datadir, port and tmpDir, for `restart()` (outage tests). */
  halt(): Promise<void>;
  /** Starts mariadbd again on the same datadir and port (halting it first if it runs); resolves when it accepts connections. */
  restart(): Promise<void>;
}

const EXTRA_DIRS = ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin'];
const READY_DEADLINE_MS = 60_000;
const STOP_DEADLINE_MS = 10_000;
const BIND_ATTEMPTS = 3;
const TMP_PREFIX = 'pegaso-mariadb-';
const STALE_AGE_MS = 15 * 60_000;

/** Absolute path of an executable found in PATH or the usual sbin/bin dirs, or undefined. */
export function findBinary(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), ...EXTRA_DIRS];
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

/** True when both mariadbd and mariadb-install-db are installed. */
export function isMariadbAvailable(): boolean {
  return findBinary('mariadbd') !== undefined && findBinary('mariadb-install-db') !== undefined;
}

/** Starts a private mariadbd on a free 127.0.0.1 port with a fresh temp datadir. */
export async function startMariadb(): Promise<MariadbServer> {
  const mariadbd = findBinary('mariadbd');
  const installDb = findBinary('mariadb-install-db');
  if (!mariadbd || !installDb) {
    throw new Error(`mariadbd/mariadb-install-db not found in PATH or ${EXTRA_DIRS.join(', ')} (apt-get install -y mariadb-server)`);
  }

  await sweepStaleDirs();
  const tmpDir = await fsp.mkdtemp(path.join(os.tmpdir(), TMP_PREFIX));
  const dataDir = path.join(tmpDir, 'data');
  const logFile = path.join(tmpDir, 'mariadbd.log');
  try {
    // Shared by bootstrap and server so the redo log is not resized on first start.
    const common = [
      '--no-defaults',
      `--datadir=${dataDir}`,
      ...(process.getuid?.() === 0 ? ['--user=root'] : []),
      '--innodb-buffer-pool-size=64M',
      '--innodb-log-file-size=16M',
      '--skip-log-bin',
    ];
    await run(installDb, [...common, '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve'], logFile);

    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const args = [
        ...common,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--socket=${path.join(tmpDir, 'mysqld.sock')}`,
        `--pid-file=${path.join(tmpDir, 'mysqld.pid')}`,
        '--skip-name-resolve',
        '--performance-schema=OFF',
        // Throwaway data: trade durability for speed. Only flags valid on both 10.11 (bookworm) and 11.x (trixie).
        '--innodb-doublewrite=0',
        '--innodb-flush-log-at-trx-commit=0',
        '--character-set-server=utf8mb4',
        '--collation-server=utf8mb4_unicode_ci',
        '--default-time-zone=+00:00',
        '--max-connections=500',
      ];
      let child = spawnServer(mariadbd, args, logFile);
      const pid = child.pid;
      if (pid === undefined) throw new Error(`could not spawn ${mariadbd}\n${await logTail(logFile)}`);
      const unregister = registerLastResortKill(pid, tmpDir);
      try {
        await waitReady(child, port, logFile);
      } catch (err) {
        await terminate(child);
        unregister();
        const tail = await logTail(logFile);
        // The port probe races with other processes: retry with another port on a bind failure.
        if (attempt < BIND_ATTEMPTS && /Address already in use|Can't start server: Bind/i.test(tail)) continue;
        throw err;
      }

      let stopped: Promise<void> | undefined;
      let unregisterCurrent = unregister;
      const stop = (): Promise<void> =>
        (stopped ??= (async () => {
          await terminate(child);
          unregisterCurrent();
          await fsp.rm(tmpDir, { recursive: true, force: true });
        })());
      const halt = (): Promise<void> => terminate(child);
      const restart = async (): Promise<void> => {
        await terminate(child);
        unregisterCurrent();
        child = spawnServer(mariadbd, args, logFile);
        if (child.pid === undefined) throw new Error(`could not respawn ${mariadbd}\n${await logTail(logFile)}`);
        unregisterCurrent = registerLastResortKill(child.pid, tmpDir);
        await waitReady(child, port, logFile);
      };
      return { url: `mysql://root@127.0.0.1:${port}/`, port, pid, dataDir, tmpDir, stop, halt, restart };
    }
  } catch (err) {
    await fsp.rm(tmpDir, { recursive: true, force: true });
    throw err;
  }
}

function run(file: string, args: string[], logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: READY_DEADLINE_MS, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      fs.appendFileSync(logFile, `$ ${file} ${args.join(' ')}\n${stdout}${stderr}\n`);
      if (err) reject(new Error(`${path.basename(file)} failed: ${err.message}\n${tail(`${stdout}${stderr}`)}`));
      else resolve();
    });
  });
}

function spawnServer(mariadbd: string, args: string[], logFile: string): ChildProcess {
  const fd = fs.openSync(logFile, 'a');
  try {
    // setpriv (util-linux, always on Debian) makes the kernel SIGKILL mariadbd if jest itself is SIGKILLed.
    const setpriv = findBinary('setpriv');
    const [file, argv] = setpriv ? [setpriv, ['--pdeathsig', 'KILL', '--', mariadbd, ...args]] : [mariadbd, args];
    const child = spawn(file, argv, { detached: false, stdio: ['ignore', fd, fd] });
    child.on('error', () => undefined); // surfaced via pid === undefined / waitReady
    child.unref(); // never keep jest alive on account of mariadbd
    return child;
  } finally {
    fs.closeSync(fd);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitReady(child: ChildProcess, port: number, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_DEADLINE_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (hasExited(child)) {
      throw new Error(`mariadbd exited during startup (code ${child.exitCode}, signal ${child.signalCode})\n${await logTail(logFile)}`);
    }
    try {
      const conn = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root', connectTimeout: 2_000 });
      await conn.end();
      return;
    } catch (err) {
      lastError = err;
      await sleep(50);
    }
  }
  throw new Error(
    `mariadbd did not accept connections on 127.0.0.1:${port} within ${READY_DEADLINE_MS / 1000}s ` +
      `(last error: ${(lastError as Error | undefined)?.message})\n${await logTail(logFile)}`,
  );
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Resolves once the child is reaped, so its PID is really gone (no zombie). */
async function terminate(child: ChildProcess): Promise<void> {
  if (hasExited(child) || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  // The ref'd timer also keeps the event loop alive while we wait on the unref'd child.
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), STOP_DEADLINE_MS);
  });
  const killed = await Promise.race([exited.then(() => false), timedOut]);
  clearTimeout(timer);
  if (killed && !hasExited(child)) {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Kills mariadbd synchronously if this process exits or is interrupted before stop() ran,
 * e.g. a crashed global setup or Ctrl-C during the run. Returns the unregister function.
 */
function registerLastResortKill(pid: number, tmpDir: string): () => void {
  const killNow = (): void => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
    try {
      fs.rmSync(tmpDir, { recursive: true, force: true });
    } catch {
      // best effort on the way out
    }
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    killNow();
    unregister();
    // Our listener replaced Node's default "terminate on signal": re-raise it so the process still dies.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  process.on('exit', killNow);
  for (const s of signals) process.on(s, onSignal);
  function unregister(): void {
    process.removeListener('exit', killNow);
    for (const s of signals) process.removeListener(s, onSignal);
  }
  return unregister;
}

/** Removes temp dirs of earlier runs that were SIGKILLed before they could clean up. */
async function sweepStaleDirs(): Promise<void> {
  const root = os.tmpdir();
  const entries = await fsp.readdir(root).catch(() => [] as string[]);
  for (const name of entries.filter((n) => n.startsWith(TMP_PREFIX))) {
    const dir = path.join(root, name);
    try {
      const pid = Number((await fsp.readFile(path.join(dir, 'mysqld.pid'), 'utf8').catch(() => '')).trim());
      // A dir without pid file may be a concurrent run still bootstrapping: only sweep it once it is old.
      const stale = pid > 0 ? !isAlive(pid) : Date.now() - (await fsp.stat(dir)).mtimeMs > STALE_AGE_MS;
      if (stale) await fsp.rm(dir, { recursive: true, force: true });
    } catch {
      // another run may be sweeping the same dir
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function logTail(logFile: string, lines = 30): Promise<string> {
  try {
    return `--- tail of ${logFile} ---\n${tail(await fsp.readFile(logFile, 'utf8'), lines)}`;
  } catch {
    return `(no log at ${logFile})`;
  }
}

function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
