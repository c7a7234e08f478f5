/**
 * Which fields a standard's JSON Schema defines at a place in a document: the schema is walked
 * along the path, through `$ref`s, the branches of `allOf`, `anyOf` and `oneOf`, and the
 * `if`/`then` branches that what is written selects (a server's `type` chooses its fields).
 * The editor completes and explains fields with it; validation uses it to tell a field that is
 * really unknown from one reported only because a branch failed.
 */
type JsonSchema = {
  $ref?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  if?: { properties?: Record<string, { const?: unknown }> };
  then?: JsonSchema;
  const?: unknown;
  $defs?: Record<string, JsonSchema>;
};

/** Values already written beside the cursor (`type: postgres`), to choose `if`/`then` branches. */
export type Siblings = Record<string, unknown>;

export interface FieldInfo {
  name: string;
  description?: string;
  values?: string[];
}

/** A step into the document: a key of a mapping, or (`-`) an item of a list. */
export type PlaceStep = string | '-';

function lookUp(root: JsonSchema, ref: string): JsonSchema | undefined {
  let node: unknown = root;
  for (const part of ref.replace(/^#\//, '').split('/')) {
    node = (node as Record<string, unknown> | undefined)?.[part];
  }
  return node as JsonSchema | undefined;
}

/** Whether an `if` holds for what is written: every constant it names matches. */
function holds(condition: JsonSchema['if'], siblings: Siblings | undefined): boolean {
  if (!siblings) return true;
  return Object.entries(condition?.properties ?? {}).every(
    ([name, rule]) =>
      !('const' in rule) || siblings[name] === undefined || siblings[name] === rule.const,
  );
}

function resolve(
  root: JsonSchema,
  schema: JsonSchema | undefined,
  siblings?: Siblings,
  depth = 0,
): JsonSchema[] {
  if (!schema || depth > 20) return [];
  if (schema.$ref?.startsWith('#/')) {
    return resolve(root, lookUp(root, schema.$ref), siblings, depth + 1).map((found) => ({
      ...found,
      ...withoutRef(schema),
    }));
  }
  const branches = [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  const chosen = branches.flatMap((branch) =>
    branch.if ? (holds(branch.if, siblings) ? [branch.then ?? {}] : []) : [branch],
  );
  return [schema, ...chosen.flatMap((branch) => resolve(root, branch, siblings, depth + 1))];
}

function withoutRef(schema: JsonSchema): JsonSchema {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

/** The schemas that apply at `place` (several when alternatives apply). */
function schemasAt(
  root: JsonSchema,
  place: readonly PlaceStep[],
  siblings?: Siblings,
): JsonSchema[] {
  let current = resolve(root, root);
  place.forEach((step, index) => {
    // Only the innermost mapping's written values choose its branches.
    const here = index === place.length - 1 ? siblings : undefined;
    current = current.flatMap((schema) =>
      step === '-'
        ? resolve(root, schema.items, here)
        : resolve(root, schema.properties?.[step], here),
    );
  });
  return current;
}

/** The fields the standard defines in the mapping at `place`, with their descriptions. */
export function fieldsAt(
  root: object,
  place: readonly PlaceStep[],
  siblings?: Siblings,
): FieldInfo[] {
  const fields = new Map<string, FieldInfo>();
  for (const schema of schemasAt(root as JsonSchema, place, siblings)) {
    for (const [name, field] of Object.entries(schema.properties ?? {})) {
      if (fields.has(name)) continue;
      const resolved = resolve(root as JsonSchema, field);
      const description = resolved.find((entry) => entry.description)?.description;
      const values = resolved.flatMap((entry) => (entry.enum ?? []).map(String));
      fields.set(name, {
        name,
        ...(description ? { description } : {}),
        ...(values.length ? { values: [...new Set(values)] } : {}),
      });
    }
  }
  return [...fields.values()];
}

/** The field at the end of `place` (for hover): its description and allowed values. */
export function fieldAt(root: object, place: readonly PlaceStep[]): FieldInfo | undefined {
  const name = place[place.length - 1];
  if (name === undefined || name === '-') return undefined;
  return fieldsAt(root, place.slice(0, -1)).find((field) => field.name === name);
}
