import type { OdcsSchemaObject, OdcsServer } from '../standards/odcs';
import { nonEmptyText } from '../readable-values';
import { shellArgument, singleLine } from './sql-identifiers';
import { physicalObjectName } from './sql-select';

// ODCS has no field for a schema registry; these are the names authors use for one.
const registryKeys = new Set([
  'schemaregistryurl',
  'schemaregistry',
  'schemaregistryuri',
  'registryurl',
]);

const isRegistryKey = (key: unknown) =>
  typeof key === 'string' && registryKeys.has(key.toLowerCase().replace(/[^a-z]/g, ''));

const asHttpUrl = (value: unknown) => {
  const text = nonEmptyText(value);
  return text && /^https?:\/\/\S+$/i.test(text) ? text : undefined;
};

/** The schema registry URL a Kafka server declares, as a field or as a custom property. */
export function findSchemaRegistryUrl(server: OdcsServer): string | undefined {
  for (const [key, value] of Object.entries(server)) {
    if (isRegistryKey(key) && asHttpUrl(value)) return asHttpUrl(value);
  }
  const custom: unknown = server['customProperties'];
  for (const entry of Array.isArray(custom) ? (custom as unknown[]) : []) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { property, value } = entry as { property?: unknown; value?: unknown };
    if (isRegistryKey(property) && asHttpUrl(value)) return asHttpUrl(value);
  }
  return undefined;
}

/**
 * A kcat command that prints the first messages of the object's topic and exits, because a
 * topic has no SELECT. Every value from the document is a single-quoted shell argument, so a
 * crafted topic or host cannot run anything. Avro messages are decoded only when the server
 * names a schema registry; otherwise a comment says what to add.
 */
export function buildKafkaStarter(server: OdcsServer, object: OdcsSchemaObject, limit: number) {
  const topic = physicalObjectName(object);
  const host = nonEmptyText(server.host);
  const format = nonEmptyText(server.format)?.toLowerCase() ?? 'json';
  const registry = format === 'avro' ? findSchemaRegistryUrl(server) : undefined;
  const name = nonEmptyText(server.server) ?? 'unnamed';
  const comments = [
    `Prints the first ${limit} messages of topic ${topic} on server ${name}, then exits.`,
    'Add -X security.protocol=SASL_SSL -X sasl.mechanisms=PLAIN -X sasl.username=KEY -X sasl.password=SECRET if the cluster needs credentials.',
  ];
  if (!host) comments.push('The server gives no bootstrap host: replace BOOTSTRAP_SERVERS below.');
  if (format === 'avro' && !registry) {
    comments.push('Messages are Avro: add -s value=avro -r <schema registry URL> to decode them.');
  }
  if (format === 'protobuf') comments.push('Messages are Protobuf: kcat prints their raw bytes.');
  const lines = [
    'kcat -C',
    `-b ${shellArgument(host ?? 'BOOTSTRAP_SERVERS')}`,
    `-t ${shellArgument(topic)}`,
    ...(registry ? [`-s value=avro -r ${shellArgument(registry)}`] : []),
    `-o beginning -c ${limit} -e`,
  ];
  const code = [
    ...comments.map((comment) => `# ${singleLine(comment)}`),
    lines.join(' \\\n  '),
  ].join('\n');
  return {
    language: 'shell' as const,
    dialect: 'kcat',
    title: `kcat: first ${limit} messages of ${topic}`,
    code,
  };
}
