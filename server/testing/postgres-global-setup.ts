/**
 * Vitest global setup of the server tests: a PostgreSQL server for the store contract tests.
 * Where no server is installed the tests of that store are skipped with a message saying so,
 * except in CI (`MESHPORT_REQUIRE_POSTGRES=1`), where its absence is a failure.
 */
import type { TestProject } from 'vitest/node';
import {
  createDatabase,
  findPostgresBinaries,
  postgresInstallHint,
  startPostgres,
} from './postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database for the store tests, or '' when no PostgreSQL server could be started. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const bin = findPostgresBinaries();
  if (!bin) {
    if (process.env.MESHPORT_REQUIRE_POSTGRES === '1') {
      throw new Error(
        `The PostgreSQL store tests need a PostgreSQL server. ${postgresInstallHint}`,
      );
    }
    console.warn(
      `\nNo PostgreSQL server installed: the PostgreSQL store tests are skipped. ${postgresInstallHint}\n`,
    );
    project.provide('postgresUrl', '');
    return;
  }
  const server = await startPostgres(bin);
  project.provide('postgresUrl', await createDatabase(server, 'meshport_test'));
  return () => server.stop();
}
