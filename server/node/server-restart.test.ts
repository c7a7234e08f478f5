import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const workDir = mkdtempSync(join(tmpdir(), 'meshport-restart-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts `npm start`'s server on the embedded store in `workDir`, and stops it on request. */
async function startServer(port: number) {
  const distDir = join(workDir, 'dist');
  mkdirSync(distDir, { recursive: true });
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Meshport</title>');
  // Node itself (not npx) receives the SIGTERM, so the graceful stop is what is tested.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/node/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      MESHPORT_DATA_DIR: join(workDir, 'data'),
      MESHPORT_DIST_DIR: distDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (!output.includes('Meshport is running at')) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`The server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    stop: () =>
      new Promise<number | null>((resolve) => {
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

describe('the embedded store across restarts', () => {
  it(
    'keeps what was written, and loads the demo mesh only on the first start',
    { timeout: 150_000 },
    async () => {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}/api`;
      const total = async () =>
        ((await (await fetch(`${base}/data-products`)).json()) as { total: number }).total;

      const first = await startServer(port);
      const seeded = await total();
      expect(seeded).toBeGreaterThanOrEqual(40);
      const created = await fetch(`${base}/data-products`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/yaml', 'X-Meshport-Persona': 'owner' },
        body: 'apiVersion: v1.0.0\nkind: DataProduct\nid: survives-restart\nversion: 1.0.0\nstatus: draft\noutputPorts:\n  - name: out\n    version: 1.0.0\nteam:\n  name: Customer 360\n',
      });
      expect(created.status).toBe(201);
      expect(await first.stop()).toBe(0);

      const second = await startServer(port);
      expect(await total()).toBe(seeded + 1);
      const product = (await (await fetch(`${base}/data-products/survives-restart`)).json()) as {
        versions: { createdBy: string }[];
      };
      expect(product.versions[0]?.createdBy).toBe('olivia.owner');
      expect(await second.stop()).toBe(0);
    },
  );
});
