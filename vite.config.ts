import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': src } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    // The budget check reads the manifest to find what the landing route loads.
    manifest: true,
    sourcemap: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The form controls and surfaces the catalog (the landing route) shares with the
          // editor, the service-level pages and others, in one chunk: left to the automatic
          // split they became many small chunks, each paying its own overhead on the landing.
          groups: [
            {
              name: 'form-controls',
              test: /@mantine[\\/]core[\\/]esm[\\/]components[\\/](Input|TextInput|Checkbox|Button|Stack|Alert|Title|InlineInput|Pagination|Card|Paper|Skeleton)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['server/**/*.test.ts', 'src/catalog/**/*.test.ts', 'scripts/**/*.test.ts'],
          globalSetup: ['server/testing/postgres-global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          // One module graph per worker instead of per file: importing Mantine and the app for
          // every file cost more than the tests themselves. src/testing/setup.ts gives each
          // file a fresh mock catalog and empty storage.
          isolate: false,
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'src/catalog/**'],
          setupFiles: ['src/testing/setup.ts'],
        },
      },
    ],
  },
});
