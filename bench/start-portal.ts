import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The real Node host (`npm start`'s server) in its own process on loopback, like a deployed
 * replica, with `env` choosing its store. A placeholder page stands in for the built web app
 * unless `distDir` names a build of it (benches that open the portal in a browser).
 */
export async function startPortal(
  env: Record<string, string>,
  workDir: string,
  { distDir }: { distDir?: string } = {},
) {
  const port = await freePort();
  const served = distDir ?? placeholderApp(workDir);
  // `BENCH_PORTAL_ARGS="--cpu-prof"` profiles the portal (Node writes the profile as it stops).
  const nodeArgs = (process.env.BENCH_PORTAL_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/node/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      MESHPORT_DIST_DIR: served,
      LOG_LEVEL: 'error',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Meshport is running at')) resolve();
      // The portal logs errors as JSON lines: a bench shows them instead of only counting them.
      for (const line of chunk.toString().split('\n')) {
        if (line.includes('"level":"error"'))
          process.stderr.write(`  portal: ${line.slice(0, 600)}\n`);
      }
    });
    child.once('exit', (code) => reject(new Error(`Meshport exited with ${code}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    /** Stops the portal and waits for it, so nothing it still does outlives its database. */
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function placeholderApp(workDir: string): string {
  const distDir = join(workDir, 'dist');
  mkdirSync(distDir, { recursive: true });
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Meshport</title>');
  return distDir;
}
