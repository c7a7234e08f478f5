/**
 * Writes Brotli (.br) and gzip (.gz) copies of the built app's text files, so the server sends
 * them compressed at the best ratio without compressing on every request.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const distDir = process.argv[2] ?? 'dist';
// Source maps are left as they are: only developer tools fetch them, and Brotli-11 over them
// was most of the build time.
const compressible = /\.(js|css|html|svg|json|txt)$/;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (compressible.test(path) && statSync(path).size > 1024) yield path;
  }
}

let count = 0;
for (const path of files(distDir)) {
  const content = readFileSync(path);
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
  count += 1;
}
console.log(`Compressed ${count} files in ${distDir} with Brotli and gzip.`);
