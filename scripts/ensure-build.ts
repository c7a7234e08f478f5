/**
 * `npm start` serves the built web app. This builds it when there is no build yet or when a
 * source file changed since the last build, so a fresh clone needs only `npm ci && npm start`.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const distIndex = join('dist', 'index.html');
const inputs = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

const builtAt = existsSync(distIndex) ? statSync(distIndex).mtimeMs : 0;
const changedAt = Math.max(...inputs.map(newestChange));
if (builtAt < changedAt) {
  console.log(
    builtAt
      ? 'Sources changed since the last build: rebuilding the web app…'
      : 'Building the web app…',
  );
  execSync('npx vite build --logLevel warn && npx tsx scripts/compress-assets.ts', {
    stdio: 'inherit',
  });
}
