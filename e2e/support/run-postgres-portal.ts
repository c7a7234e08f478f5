/**
 * The portal of the `postgres` journeys (`playwright.config.ts` starts it): a throwaway PostgreSQL
 * server on loopback, seeded with the demo mesh, and `npm start`'s own entry point in front of it,
 * as a company would run Meshport. Everything is removed when Playwright stops it.
 */
import { spawn } from 'node:child_process';
import {
  findPostgresBinaries,
  postgresInstallHint,
  startPostgres,
} from '../../server/testing/postgres-server';

const bin = findPostgresBinaries();
if (!bin) {
  process.stderr.write(`No PostgreSQL server to run the journeys on. ${postgresInstallHint}\n`);
  process.exit(1);
}

const postgres = await startPostgres(bin);
const portal = spawn('tsx', ['server/node/main.ts'], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: postgres.adminUrl, MESHPORT_SEED: 'demo' },
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  portal.kill('SIGTERM');
};
portal.on('exit', (code) => {
  postgres.stop();
  process.exit(stopping ? 0 : (code ?? 1));
});
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
