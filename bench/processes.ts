import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** A child node process serving HTTP on a loopback port, with an RSS sampler. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Starts recording the peak RSS (bytes), sampled from /proc every 20 ms. */
  startSampling(): void;
  /** Stops sampling and returns the peak RSS seen since startSampling. */
  stopSampling(): number;
  /** The last 4 KB the process printed. */
  output(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The node flags of `npm start` (package.json), so the bench runs the server as it is deployed. */
export function startFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((w) => w.startsWith('--'));
}

/** Spawns `node script` with an environment and waits until `healthPath` answers 200. */
export async function startServer(script: string, env: Record<string, string>, healthPath = '/health'): Promise<ServerProcess> {
  if (!fs.existsSync(script)) throw new Error(`${script} is missing: build first`);
  const port = await freePort();
  // BENCH_PROFILE=<dir> writes a V8 CPU profile of each server to <dir> (read it with bench/cpu-profile.ts).
  const prof = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...prof, ...startFlags(), script], {
    env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', LOAD_SAMPLE_DATA: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out = (out + d).slice(-4000)));
  child.stderr?.on('data', (d) => (out = (out + d).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${path.basename(script)} exited with ${child.exitCode}: ${out}`);
    try {
      if ((await fetch(`${url}${healthPath}`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${path.basename(script)} did not become healthy: ${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid as number;
  let timer: NodeJS.Timeout | undefined;
  let peak = 0;
  return {
    url,
    pid,
    output: () => out,
    startSampling() {
      peak = rssOf(pid);
      timer = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 20);
    },
    stopSampling() {
      clearInterval(timer);
      return Math.max(peak, rssOf(pid));
    },
    stop: () =>
      new Promise<void>((resolve) => {
        clearInterval(timer);
        if (child.exitCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
