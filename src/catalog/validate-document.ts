import Ajv2019 from 'ajv/dist/2019.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { DocumentIssue, PathSegment } from './document-issue';
import { formatPath, hasErrors } from './document-issue';
import type { OdcsContract } from './odcs';
import type { OdpsProduct } from './odps';
import { productStatuses } from './odps';
import { parseYaml } from './parse-yaml';
import odcsSchema from './standards/odcs-json-schema-v3.1.0.json';
import odpsSchema from './standards/odps-json-schema-v1.0.0.json';

export type DocumentKind = 'product' | 'contract';

export type ValidationResult<T> =
  | {
      ok: true;
      document: T;
      issues: DocumentIssue[];
      /** Line of a place in the document, for issues found later (e.g. unknown references). */
      lineOf: (path: readonly PathSegment[]) => number | undefined;
    }
  | { ok: false; issues: DocumentIssue[] };

interface Standard {
  label: string;
  kind: string;
  currentApiVersion: string;
  schema: object;
}

const standards: Record<DocumentKind, Standard> = {
  product: { label: 'ODPS', kind: 'DataProduct', currentApiVersion: 'v1.0.0', schema: odpsSchema },
  contract: {
    label: 'ODCS',
    kind: 'DataContract',
    currentApiVersion: 'v3.1.0',
    schema: odcsSchema,
  },
};

const validators = new Map<DocumentKind, ValidateFunction>();

/** Compiling the ODCS schema takes a moment, so each validator is built once, on first use. */
function getValidator(kind: DocumentKind): ValidateFunction {
  let validator = validators.get(kind);
  if (!validator) {
    const ajv = new Ajv2019({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(standards[kind].schema);
    validators.set(kind, validator);
  }
  return validator;
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
  if (text.trim() === '') {
    return { ok: false, issues: [issue('', 'The document is empty', 'error')] };
  }
  const parsed = parseYaml(text);
  const issues = [...parsed.issues];
  if (hasErrors(issues)) return { ok: false, issues };

  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push(
      issue('', `A ${standard.label} document must be a mapping of keys to values`, 'error', 1),
    );
    return { ok: false, issues };
  }

  const validate = getValidator(kind);
  const schemaIssues = validate(value) ? [] : describeSchemaErrors(validate.errors ?? []);
  const ruleIssues = checkMeshportRules(kind, value as Record<string, unknown>).filter(
    // The schema may already require what a rule checks (ODCS requires `version`).
    (rule) => !schemaIssues.some((found) => found.path === rule.path && rule.severity === 'error'),
  );
  for (const { segments, ...found } of [...schemaIssues, ...ruleIssues]) {
    const line = parsed.lineOf(segments);
    issues.push(line === undefined ? found : { ...found, line });
  }

  const unique = dedupe(issues);
  if (hasErrors(unique)) return { ok: false, issues: unique };
  return { ok: true, document: value as T, issues: unique, lineOf: parsed.lineOf };
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

function checkMeshportRules(kind: DocumentKind, value: Record<string, unknown>): LocatedIssue[] {
  const standard = standards[kind];
  const found: LocatedIssue[] = [];
  const version = value.version;
  if (version === undefined || (typeof version === 'string' && version.trim() === '')) {
    found.push(
      located(
        ['version'],
        'version is required: Meshport keeps every version of a document and tells them apart by id and version (add, for example, `version: 1.0.0`)',
        'error',
      ),
    );
  }
  if (typeof value.id === 'string' && value.id.trim() === '') {
    found.push(located(['id'], 'id must not be empty', 'error'));
  }
  const apiVersion = value.apiVersion;
  if (typeof apiVersion === 'string' && apiVersion !== standard.currentApiVersion) {
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
  const alternatives = errors.filter(
    (error) => error.keyword === 'oneOf' || error.keyword === 'anyOf',
  );
  const insideAlternative = (error: ErrorObject) =>
    alternatives.some((alt) => alt !== error && error.schemaPath.startsWith(`${alt.schemaPath}/`));

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
        const options = errors
          .filter(
            (branch) =>
              branch.keyword === 'required' &&
              branch.schemaPath.startsWith(`${error.schemaPath}/`) &&
              branch.instancePath === error.instancePath,
          )
          .map((branch) => String((branch.params as Record<string, unknown>).missingProperty));
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
