import type { OdcsServer } from '../standards/odcs';
import {
  type IdentifierRules,
  bracket,
  doubleQuote,
  doubledBacktick,
  escapedBacktick,
  oracleQuote,
} from './sql-identifiers';
import type { RowLimitStyle } from './sql-select';

/**
 * The SQL engines ODCS servers name, with what differs between them for a first query: which
 * names may stay bare, how others are quoted, what qualifies a table and how rows are limited.
 * Reserved-word lists hold each engine's common extras; over-quoting is harmless, under-quoting
 * breaks the query.
 */
/** What differs between the SQL engines a port can live on. */
export interface SqlDialect {
  dialect: string;
  title: string;
  identifiers: IdentifierRules;
  /** The server fields that qualify a table name, outermost first (e.g. database, schema). */
  namespace: readonly (keyof OdcsServer)[];
  limitStyle: RowLimitStyle;
}

const words = (text: string) => new Set(text.split(/\s+/));

// Engines that fold bare names to lower case: a bare name must already be lower case.
const lowerCaseBare = /^[a-z_][a-z0-9_]*$/;
const anyCaseBare = /^[A-Za-z_][A-Za-z0-9_]*$/;

const ansi: IdentifierRules = { plain: lowerCaseBare, quote: doubleQuote };
const postgres: SqlDialect = {
  dialect: 'postgresql',
  title: 'PostgreSQL',
  identifiers: ansi,
  namespace: ['schema'],
  limitStyle: 'limit',
};
const trino = (dialect: string, title: string): SqlDialect => ({
  dialect,
  title,
  identifiers: ansi,
  namespace: ['catalog', 'schema'],
  limitStyle: 'limit',
});
const sqlServer = (dialect: string, title: string): SqlDialect => ({
  dialect,
  title,
  // Bracketing every name is how SQL Server queries are usually written, and always safe.
  identifiers: { quote: bracket },
  namespace: ['database', 'schema'],
  limitStyle: 'top',
});

const dialects = new Map<string, SqlDialect>([
  ['postgres', postgres],
  ['postgresql', postgres],
  ['redshift', { ...postgres, dialect: 'redshift', title: 'Amazon Redshift' }],
  [
    'snowflake',
    {
      dialect: 'snowflake',
      title: 'Snowflake',
      // Bare names resolve case-insensitively (as upper case), so any case may stay bare.
      identifiers: {
        plain: /^[A-Za-z_][A-Za-z0-9_$]*$/,
        quote: doubleQuote,
        reserved: words('ilike increment minus qualify regexp rlike sample tablesample trigger'),
      },
      namespace: ['database', 'schema'],
      limitStyle: 'limit',
    },
  ],
  [
    'bigquery',
    {
      dialect: 'bigquery',
      title: 'BigQuery',
      identifiers: {
        plain: anyCaseBare,
        quote: escapedBacktick,
        reserved: words(
          'at contains cube define enum escape exclude extract following groups hash if ignore lookup merge new no nulls preceding proto qualify recursive respect rollup struct tablesample treat unbounded within',
        ),
      },
      namespace: ['project', 'dataset'],
      limitStyle: 'limit',
    },
  ],
  [
    'databricks',
    {
      dialect: 'databricks',
      title: 'Databricks SQL',
      identifiers: { plain: anyCaseBare, quote: doubledBacktick },
      namespace: ['catalog', 'schema'],
      limitStyle: 'limit',
    },
  ],
  ['trino', trino('trino', 'Trino')],
  ['presto', trino('presto', 'Presto')],
  ['athena', trino('athena', 'Amazon Athena')],
  [
    'mysql',
    {
      dialect: 'mysql',
      title: 'MySQL',
      identifiers: {
        plain: /^[A-Za-z_][A-Za-z0-9_$]*$/,
        quote: doubledBacktick,
        reserved: words('database div index key keys match mod read regexp rlike schema write'),
      },
      namespace: ['database'],
      limitStyle: 'limit',
    },
  ],
  ['sqlserver', sqlServer('sqlserver', 'SQL Server')],
  ['synapse', sqlServer('synapse', 'Azure Synapse')],
  [
    'oracle',
    {
      dialect: 'oracle',
      title: 'Oracle',
      identifiers: {
        plain: /^[A-Za-z][A-Za-z0-9_$#]*$/,
        quote: oracleQuote,
        reserved: words(
          'access audit cluster comment compress connect date file level lock long minus mode number option prior raw resource row rowid rownum size start synonym sysdate uid validate view whenever',
        ),
      },
      namespace: ['schema'],
      limitStyle: 'fetch',
    },
  ],
  [
    'duckdb',
    {
      dialect: 'duckdb',
      title: 'DuckDB',
      identifiers: { plain: anyCaseBare, quote: doubleQuote },
      namespace: ['schema'],
      limitStyle: 'limit',
    },
  ],
]);

/** Standard SQL, for engines without an entry: double quotes and FETCH FIRST. */
export const ansiDialect: SqlDialect = {
  dialect: 'ansi',
  title: 'SQL',
  identifiers: ansi,
  namespace: ['database', 'schema'],
  limitStyle: 'fetch',
};

/** The dialect of a server `type` (`postgres`, `snowflake`, …); undefined when Meshport has none. */
export function findSqlDialect(type: string): SqlDialect | undefined {
  return dialects.get(type.trim().toLowerCase());
}
