import Ajv2019 from 'ajv/dist/2019.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { DocumentIssue, PathSegment } from './document-issue';
import { formatPath, hasErrors } from './document-issue';
import { anyListLimit, documentLimits, listLimits } from './document-limits';
import { describeIdProblem } from './identifiers';
import type { OdcsContract } from '../standards/odcs';
import type { OdpsProduct } from '../standards/odps';
import { productStatuses } from '../standards/odps';
import { parseYaml } from './parse-yaml';
import type { PlaceStep, Siblings } from './schema-fields';
import { fieldsAt } from './schema-fields';
import { compareVersions } from './version-order';
import odcsSchema from '../standards/odcs-json-schema-v3.1.0.json';
import odcsDraftSchema from '../standards/odcs-json-schema-v3.2.0-draft.json';
import odpsSchema from '../standards/odps-json-schema-v1.0.0.json';

export type DocumentKind = 'product' | 'contract';

export type ValidationResult<T> =
  | {
      ok: true;
      document: T;
      issues: DocumentIssue[];
      /**
       * Lines of the places the API checks against the catalog after validation (each port and
       * the contract it names), by path (`outputPorts[0].contractId`). Plain data, so a result
       * can come from a worker thread.
       */
      lines: Record<string, number>;
    }
  | {
      ok: false;
      /** The first problems (at most `documentLimits.reportedProblems`), errors first. */
      issues: DocumentIssue[];
      /** How many problems there are in all. */
      total: number;
    };

/** One schema Meshport checks documents against, for the `apiVersion`s it applies to. */
interface Schema {
  apiVersion: string;
  schema: object;
  /** A schema of a version the standard has not released yet: documents get a warning. */
  draft?: string;
}

interface Standard {
  label: string;
  kind: string;
  /** The released version older documents are checked against and advised to move to. */
  currentApiVersion: string;
  schemas: Schema[];
}

const standards: Record<DocumentKind, Standard> = {
  product: {
    label: 'ODPS',
    kind: 'DataProduct',
    currentApiVersion: 'v1.0.0',
    schemas: [{ apiVersion: 'v1.0.0', schema: odpsSchema }],
  },
  contract: {
    label: 'ODCS',
    kind: 'DataContract',
    currentApiVersion: 'v3.1.0',
    schemas: [
      { apiVersion: 'v3.1.0', schema: odcsSchema },
      { apiVersion: 'v3.2.0', schema: odcsDraftSchema, draft: 'the draft of June 2026' },
    ],
  },
};

const validators = new Map<object, ValidateFunction>();

/** Compiling the ODCS schema takes a moment, so each validator is built once, on first use. */
function getValidator(schema: object): ValidateFunction {
  let validator = validators.get(schema);
  if (!validator) {
    const ajv = new Ajv2019({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
    validators.set(schema, validator);
  }
  return validator;
}

/**
 * The schema a document is checked against, by the `apiVersion` it declares: its own when
 * Meshport has it (the ODCS v3.2.0 draft included), the current release otherwise. A version
 * newer than any Meshport knows is checked against the newest it has, as that version, so the
 * document gets one clear warning instead of an error on `apiVersion` beside a warning that
 * contradicts it.
 */
function chooseSchema(standard: Standard, apiVersion: unknown) {
  const declared = typeof apiVersion === 'string' ? apiVersion : undefined;
  const own = standard.schemas.find((entry) => entry.apiVersion === declared);
  if (own) {
    return {
      schema: own,
      ...(own.draft
        ? {
            note: `${standard.label} ${own.apiVersion} is not released yet: this document is checked against ${own.draft} of its schema, which may still change before release`,
          }
        : {}),
    };
  }
  const current = standard.schemas.find(
    (entry) => entry.apiVersion === standard.currentApiVersion,
  ) as Schema;
  const newest = standard.schemas.reduce((a, b) =>
    compareVersions(a.apiVersion, b.apiVersion) >= 0 ? a : b,
  );
  if (
    declared &&
    /^v?\d+(\.\d+)*$/.test(declared) &&
    compareVersions(declared, newest.apiVersion) > 0
  ) {
    return {
      schema: current,
      checkAs: current.apiVersion,
      note: `${standard.label} ${declared} is newer than the versions Meshport knows (up to ${newest.apiVersion}${newest.draft ? ', a draft' : ''}): the document is checked against ${current.apiVersion}, so fields added since then are reported as not defined by the standard`,
    };
  }
  return { schema: current };
}

export function validateProductText(text: string): ValidationResult<OdpsProduct> {
  return validateDocumentText<OdpsProduct>('product', text);
}

export function validateContractText(text: string): ValidationResult<OdcsContract> {
  return validateDocumentText<OdcsContract>('contract', text);
}

/**
 * Parses and checks a document against its standard's official JSON Schema and Meshport's own
 * rules (every document needs an `id` and a `version`, as versions are immutable). Every problem
 * is reported, each with the path and line where it is, not only the first one.
 */
export function validateDocumentText<T>(kind: DocumentKind, text: string): ValidationResult<T> {
  const standard = standards[kind];
  if (text.trim() === '') return refuse([issue('', 'The document is empty', 'error')]);
  const parsed = parseYaml(text);
  const issues = [...parsed.issues];
  // Unreadable: nothing more to check. A readable text with duplicate keys is checked on, so
  // every problem shows at once; it is refused below all the same.
  if (parsed.value === undefined) return refuse(issues);

  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push(
      issue('', `A ${standard.label} document must be a mapping of keys to values`, 'error', 1),
    );
    return refuse(issues);
  }

  // Lists beyond the limits are refused before the schema is checked, so that a document with
  // 100,000 ports costs one count, not 100,000 schema checks.
  const sizeIssues = checkListSizes(kind, value as Record<string, unknown>);
  if (sizeIssues.length) return refuse(locate(sizeIssues, parsed.lineOf));

  const chosen = chooseSchema(standards[kind], (value as Record<string, unknown>).apiVersion);
  const validate = getValidator(chosen.schema.schema);
  const checked = chosen.checkAs ? { ...value, apiVersion: chosen.checkAs } : value;
  const schemaIssues = validate(checked)
    ? []
    : describeSchemaErrors(
        dropBranchCascades(validate.errors ?? [], chosen.schema.schema, checked),
      );
  if (chosen.note) schemaIssues.push(located(['apiVersion'], chosen.note, 'warning'));
  const schemaErrorPaths = new Set(
    schemaIssues.filter((found) => found.severity === 'error').map((found) => found.path),
  );
  const ruleIssues = checkMeshportRules(
    kind,
    value as Record<string, unknown>,
    chosen.schema.apiVersion,
    Boolean(chosen.note),
  ).filter(
    // The schema may already require what a rule checks (ODCS requires `version`).
    (rule) => !(rule.severity === 'error' && schemaErrorPaths.has(rule.path)),
  );
  issues.push(...locate([...schemaIssues, ...ruleIssues], parsed.lineOf));

  const unique = dedupe(issues);
  if (hasErrors(unique)) return refuse(unique);
  return {
    ok: true,
    document: value as T,
    issues: unique,
    lines: referenceLines(kind, value as Record<string, unknown>, parsed.lineOf),
  };
}

function referenceLines(
  kind: DocumentKind,
  value: Record<string, unknown>,
  lineOf: (path: readonly PathSegment[]) => number | undefined,
): Record<string, number> {
  const lines: Record<string, number> = {};
  if (kind !== 'product') return lines;
  for (const list of ['inputPorts', 'outputPorts'] as const) {
    const ports = value[list];
    if (!Array.isArray(ports)) continue;
    ports.forEach((_port, index) => {
      for (const segments of [
        [list, index],
        [list, index, 'contractId'],
      ]) {
        const line = lineOf(segments);
        if (line !== undefined) lines[formatPath(segments)] = line;
      }
    });
  }
  return lines;
}

/**
 * A refusal lists the first problems, errors before warnings, and counts them all: a document
 * with 25,000 unknown keys needs a message and a place to start, not 25,000 lines.
 */
function refuse(issues: DocumentIssue[]): ValidationResult<never> {
  const errors = issues.filter((found) => found.severity === 'error');
  const warnings = issues.filter((found) => found.severity !== 'error');
  return {
    ok: false,
    issues: [...errors, ...warnings].slice(0, documentLimits.reportedProblems),
    total: issues.length,
  };
}

function locate(
  found: readonly LocatedIssue[],
  lineOf: (path: readonly PathSegment[]) => number | undefined,
): DocumentIssue[] {
  return found.map(({ segments, ...rest }) => {
    const line = lineOf(segments);
    return line === undefined ? rest : { ...rest, line };
  });
}

interface LocatedIssue extends DocumentIssue {
  segments: PathSegment[];
}

function issue(
  path: string,
  message: string,
  severity: DocumentIssue['severity'],
  line?: number,
): DocumentIssue {
  return line === undefined ? { path, message, severity } : { path, message, severity, line };
}

function located(
  segments: PathSegment[],
  message: string,
  severity: DocumentIssue['severity'],
): LocatedIssue {
  return { segments, path: formatPath(segments), message, severity };
}

function checkMeshportRules(
  kind: DocumentKind,
  value: Record<string, unknown>,
  checkedAgainst: string,
  apiVersionExplained: boolean,
): LocatedIssue[] {
  const standard = standards[kind];
  const found: LocatedIssue[] = [];
  const version = value.version;
  if (version === undefined || (typeof version === 'string' && version.trim() === '')) {
    // ODPS makes `version` optional and most published descriptors have none: they are kept
    // as numbered revisions. ODCS requires it (its schema says so too).
    found.push(
      kind === 'product'
        ? located(
            ['version'],
            'No version declared: Meshport keeps this descriptor as the next numbered revision (r1, r2, …). Declare `version: 1.0.0` to have versions compared and checked for breaking changes',
            'warning',
          )
        : located(
            ['version'],
            'version is required: Meshport keeps every version of a document and tells them apart by id and version (add, for example, `version: 1.0.0`)',
            'error',
          ),
    );
  }
  if (typeof value.id === 'string') found.push(...checkId(['id'], value.id));
  found.push(...checkLengths(value));
  if (
    (typeof version === 'string' || typeof version === 'number') &&
    String(version).length > documentLimits.versionLength
  ) {
    found.push(
      located(
        ['version'],
        `version is ${String(version).length} characters long; at most ${documentLimits.versionLength} are allowed`,
        'error',
      ),
    );
  }
  const apiVersion = value.apiVersion;
  if (
    typeof apiVersion === 'string' &&
    apiVersion !== checkedAgainst &&
    !apiVersionExplained &&
    /^v?\d+(\.\d+)*$/.test(apiVersion) &&
    compareVersions(apiVersion, standard.currentApiVersion) < 0
  ) {
    found.push(
      located(
        ['apiVersion'],
        `Written for ${standard.label} ${apiVersion}; Meshport checks it against ${standard.label} ${standard.currentApiVersion}, so consider updating apiVersion`,
        'warning',
      ),
    );
  }
  const status = value.status;
  if (typeof status === 'string' && !(productStatuses as readonly string[]).includes(status)) {
    found.push(
      located(
        ['status'],
        `status "${status}" is not one of the standard's values (${productStatuses.join(', ')})`,
        'warning',
      ),
    );
  }
  if (kind === 'product') {
    for (const list of ['inputPorts', 'outputPorts'] as const) {
      const ports = value[list];
      if (!Array.isArray(ports)) continue;
      ports.forEach((port: unknown, index) => {
        const contractId = (port as { contractId?: unknown } | null)?.contractId;
        if (typeof contractId === 'string')
          found.push(...checkId([list, index, 'contractId'], contractId));
      });
    }
    const outputPorts = value.outputPorts;
    if (!Array.isArray(outputPorts) || outputPorts.length === 0) {
      found.push(
        located(
          ['outputPorts'],
          'The product has no output port, so consumers have nothing to read from it',
          'warning',
        ),
      );
    }
  }
  if (kind === 'contract' && Array.isArray(value.team)) {
    found.push(
      located(
        ['team'],
        'team as a list of members is deprecated in ODCS v3.1.0; use `team: { name, members: [...] }`',
        'warning',
      ),
    );
  }
  return found;
}

function checkId(segments: PathSegment[], id: string): LocatedIssue[] {
  const name = formatPath(segments);
  if (id.trim() === '') return [located(segments, `${name} must not be empty`, 'error')];
  if (id.length > documentLimits.idLength) {
    return [
      located(
        segments,
        `${name} is ${id.length.toLocaleString('en')} characters long; at most ${documentLimits.idLength} are allowed`,
        'error',
      ),
    ];
  }
  const problem = describeIdProblem(id);
  return problem ? [located(segments, `${name} ${problem}`, 'error')] : [];
}

/** Names and labels short enough to index, sort and show (a 1 MB domain is not a domain). */
function checkLengths(value: Record<string, unknown>): LocatedIssue[] {
  const found: LocatedIssue[] = [];
  const check = (segments: PathSegment[], text: unknown, limit: number) => {
    if (typeof text === 'string' && text.length > limit) {
      found.push(
        located(
          segments,
          `${formatPath(segments)} is ${text.length.toLocaleString('en')} characters long; at most ${limit} are allowed`,
          'error',
        ),
      );
    }
  };
  check(['name'], value.name, documentLimits.nameLength);
  for (const field of ['status', 'domain', 'tenant'])
    check([field], value[field], documentLimits.labelLength);
  const team = value.team;
  if (team && typeof team === 'object' && !Array.isArray(team))
    check(['team', 'name'], (team as Record<string, unknown>).name, documentLimits.labelLength);
  if (Array.isArray(value.tags))
    value.tags.forEach((tag, index) => check(['tags', index], tag, documentLimits.labelLength));
  return found;
}

/** Every list longer than its limit, walking only the lists (not every value). */
function checkListSizes(kind: DocumentKind, value: Record<string, unknown>): LocatedIssue[] {
  const limits = listLimits[kind];
  const found: LocatedIssue[] = [];
  const stack: { node: unknown; segments: PathSegment[]; pattern: string }[] = [
    { node: value, segments: [], pattern: '' },
  ];
  while (stack.length) {
    const { node, segments, pattern } = stack.pop() as (typeof stack)[number];
    if (Array.isArray(node)) {
      const limit = limits[pattern] ?? anyListLimit;
      if (node.length > limit) {
        found.push(
          located(
            segments,
            `has ${node.length.toLocaleString('en')} items; at most ${limit.toLocaleString('en')} are allowed here`,
            'error',
          ),
        );
        continue;
      }
      node.forEach((item, index) =>
        stack.push({ node: item, segments: [...segments, index], pattern: `${pattern}.*` }),
      );
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (typeof child === 'object' && child !== null) {
          stack.push({
            node: child,
            segments: [...segments, key],
            pattern: pattern ? `${pattern}.${key}` : key,
          });
        }
      }
    }
  }
  return found;
}

/**
 * When one field of an entry is wrong (a server's `port` is not a number), the branch its `type`
 * selects fails, and `unevaluatedProperties` then reports every other field of the entry as
 * unknown. Those reports are dropped for fields that the selected branch does define, so what
 * is left is the real problem, and fields that are really unknown.
 */
function dropBranchCascades(
  errors: readonly ErrorObject[],
  schema: object,
  value: unknown,
): ErrorObject[] {
  const real = errors.filter(
    (error) => error.keyword !== 'unevaluatedProperties' && error.keyword !== 'if',
  );
  return errors.filter((error) => {
    if (error.keyword !== 'unevaluatedProperties') return true;
    const inside = real.some(
      (other) =>
        other.instancePath === error.instancePath ||
        other.instancePath.startsWith(`${error.instancePath}/`),
    );
    if (!inside) return true;
    const segments = pointerToSegments(error.instancePath);
    let object: unknown = value;
    for (const segment of segments)
      object = (object as Record<string, unknown> | undefined)?.[segment];
    const siblings = (typeof object === 'object' && object !== null ? object : {}) as Siblings;
    const known = new Set(
      fieldsAt(
        schema,
        segments.map((segment): PlaceStep => (typeof segment === 'number' ? '-' : segment)),
        siblings,
      ).map((field) => field.name),
    );
    const name = String((error.params as Record<string, unknown>).unevaluatedProperty);
    return !known.has(name);
  });
}

function pointerToSegments(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Turns ajv's errors into one message per problem. A failed `oneOf`/`anyOf` makes ajv report the
 * failure of every branch; those are folded into a single message that lists what would be
 * accepted, and `if` errors (which only repeat their `then` branch) are dropped.
 */
function describeSchemaErrors(errors: readonly ErrorObject[]): LocatedIssue[] {
  // Indexed once, so that deciding about each error is a few look-ups, not a scan of all the
  // others: a document with 25,000 problems must not take 25,000² steps to describe.
  const alternatives = new Set(
    errors
      .filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf')
      .map((error) => `${error.schemaPath}|${error.instancePath}`),
  );
  const insideAlternative = (error: ErrorObject) => {
    const schemaParts = error.schemaPath.split('/');
    const instanceParts = error.instancePath.split('/');
    for (let end = schemaParts.length - 1; end > 0; end -= 1) {
      const keyword = schemaParts[end - 1];
      if (keyword !== 'oneOf' && keyword !== 'anyOf') continue;
      const schemaPath = schemaParts.slice(0, end).join('/');
      for (let depth = instanceParts.length; depth >= 1; depth -= 1) {
        if (alternatives.has(`${schemaPath}|${instanceParts.slice(0, depth).join('/')}`))
          return true;
      }
    }
    return false;
  };
  const missingByAlternative = new Map<string, string[]>();
  for (const error of errors) {
    if (error.keyword !== 'required') continue;
    const parts = error.schemaPath.split('/');
    for (let end = parts.length - 1; end > 0; end -= 1) {
      const keyword = parts[end - 1];
      if (keyword !== 'oneOf' && keyword !== 'anyOf') continue;
      const key = `${parts.slice(0, end).join('/')}|${error.instancePath}`;
      const list = missingByAlternative.get(key) ?? [];
      list.push(String((error.params as Record<string, unknown>).missingProperty));
      missingByAlternative.set(key, list);
    }
  }

  const found: LocatedIssue[] = [];
  for (const error of errors) {
    if (error.keyword === 'if' || insideAlternative(error)) continue;
    const segments = pointerToSegments(error.instancePath);
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'required': {
        const missing = String(params.missingProperty);
        found.push(located([...segments, missing], `${missing} is required`, 'error'));
        break;
      }
      case 'additionalProperties':
      case 'unevaluatedProperties': {
        const extra = String(params.additionalProperty ?? params.unevaluatedProperty);
        found.push(
          located(
            [...segments, extra],
            `${extra} is not a field the standard defines here (put your own data in customProperties)`,
            'error',
          ),
        );
        break;
      }
      case 'enum': {
        const allowed = (params.allowedValues as unknown[]).map(String).join(', ');
        found.push(located(segments, `must be one of: ${allowed}`, 'error'));
        break;
      }
      case 'type':
        found.push(located(segments, `must be ${article(String(params.type))}`, 'error'));
        break;
      case 'format':
        found.push(located(segments, `must be a valid ${String(params.format)}`, 'error'));
        break;
      case 'oneOf':
      case 'anyOf': {
        const options = missingByAlternative.get(`${error.schemaPath}|${error.instancePath}`) ?? [];
        const hint = options.length
          ? `needs one of: ${[...new Set(options)].join(', ')}`
          : 'does not match any of the forms the standard allows here';
        found.push(located(segments, hint, 'error'));
        break;
      }
      default:
        found.push(located(segments, error.message ?? 'is not valid', 'error'));
    }
  }
  return found;
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'a string (text)',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping of keys to values',
    array: 'a list',
    null: 'empty',
  };
  return type
    .split(',')
    .map((part) => names[part] ?? part)
    .join(' or ');
}

function dedupe(issues: DocumentIssue[]): DocumentIssue[] {
  const seen = new Set<string>();
  return issues.filter((entry) => {
    const key = `${entry.severity}|${entry.path}|${entry.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
