import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { ErrorResponse } from '../../src/catalog/api-schemas';
import { findUnstorableText } from '../../src/catalog/documents/unstorable-text';
import type { ApiEnv } from './api-env';

type Method = 'get' | 'post' | 'put' | 'delete';

export interface ResponseSpec {
  description: string;
  /** A named schema (with `.meta({ id })`), documented as a `$ref`. */
  schema?: z.ZodMiniType;
  /** Defaults to JSON. */
  contentType?: string;
}

export interface RouteSpec<
  P extends z.ZodMiniObject | undefined,
  Q extends z.ZodMiniObject | undefined,
  B extends z.ZodMiniType | undefined = undefined,
> {
  method: Method;
  /** OpenAPI-style path below `/api`, e.g. `/data-products/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  params?: P;
  query?: Q;
  /** Optional request headers the handler reads itself, by name, with what they mean. */
  headers?: Record<string, string>;
  /** A text body (documents), read by the handler itself. */
  body?: { description: string; contentTypes: string[]; example?: string };
  /** A JSON body, validated before the handler runs; errors name the field. */
  jsonBody?: B;
  responses: Record<number, ResponseSpec>;
}

type AnyRouteSpec = RouteSpec<
  z.ZodMiniObject | undefined,
  z.ZodMiniObject | undefined,
  z.ZodMiniType | undefined
>;

type Infer<S> = S extends z.ZodMiniType ? z.infer<S> : Record<string, never>;

export interface RouteInput<P, Q, B = undefined> {
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
}

/**
 * Registers API routes on Hono and remembers them, so the OpenAPI document is generated from the
 * very zod schemas that validate each request: the documentation cannot describe an API that
 * does not exist.
 */
export class RouteRegistry {
  private readonly specs: AnyRouteSpec[] = [];

  constructor(private readonly app: Hono<ApiEnv>) {}

  add<
    P extends z.ZodMiniObject | undefined,
    Q extends z.ZodMiniObject | undefined,
    B extends z.ZodMiniType | undefined = undefined,
  >(
    spec: RouteSpec<P, Q, B>,
    handler: (c: Context<ApiEnv>, input: RouteInput<P, Q, B>) => Response | Promise<Response>,
  ): void {
    const documented =
      (spec.jsonBody || spec.body) && !spec.responses[415]
        ? {
            ...spec,
            responses: {
              ...spec.responses,
              415: { description: 'The body is not of an accepted Content-Type.' },
            },
          }
        : spec;
    this.specs.push(documented as AnyRouteSpec);
    const honoPath = spec.path.replace(/\{(\w+)\}/g, ':$1');
    this.app.on(spec.method.toUpperCase(), honoPath, async (c) => {
      const unsupported = checkContentType(spec, c.req.header('Content-Type'));
      if (unsupported) return c.json(unsupported, 415);
      const params = parseInput(spec.params, 'path', (name) => c.req.param(name));
      if (!params.ok) return c.json(params.error, 400);
      const query = parseInput(spec.query, 'query', (name, isArray) =>
        isArray ? c.req.queries(name) : c.req.query(name),
      );
      if (!query.ok) return c.json(query.error, 400);
      let body: unknown = {};
      if (spec.jsonBody) {
        const parsed = await parseJsonBody(spec.jsonBody, c.req.raw);
        if (!parsed.ok) return c.json(parsed.error, 400);
        body = parsed.value;
      }
      return handler(c, { params: params.value, query: query.value, body } as RouteInput<P, Q, B>);
    });
  }

  openApiDocument(info: { title: string; version: string; description: string }): object {
    const paths: Record<string, Record<string, object>> = {};
    for (const spec of this.specs) {
      const parameters = [
        ...describeParameters(spec.params, 'path'),
        ...describeParameters(spec.query, 'query'),
        ...Object.entries(spec.headers ?? {}).map(([name, description]) => ({
          name,
          in: 'header',
          required: false,
          description,
          schema: { type: 'string' },
        })),
      ];
      const operation: Record<string, unknown> = {
        operationId: spec.operationId,
        summary: spec.summary,
        tags: spec.tags,
        ...(spec.description ? { description: spec.description } : {}),
        ...(parameters.length ? { parameters } : {}),
        responses: Object.fromEntries(
          Object.entries(spec.responses).map(([status, response]) => [
            status,
            {
              description: response.description,
              ...(response.schema || response.contentType
                ? {
                    content: {
                      [response.contentType ?? 'application/json']: {
                        schema: response.schema ? schemaRef(response.schema) : { type: 'string' },
                      },
                    },
                  }
                : {}),
            },
          ]),
        ),
      };
      if (spec.jsonBody) {
        operation.requestBody = {
          required: true,
          content: { 'application/json': { schema: schemaRef(spec.jsonBody) } },
        };
      }
      if (spec.body) {
        operation.requestBody = {
          required: true,
          description: spec.body.description,
          content: Object.fromEntries(
            spec.body.contentTypes.map((type) => [
              type,
              {
                schema: { type: 'string' },
                ...(spec.body?.example ? { example: spec.body.example } : {}),
              },
            ]),
          ),
        };
      }
      (paths[spec.path] ??= {})[spec.method] = operation;
    }
    const { schemas } = z.toJSONSchema(z.globalRegistry, {
      uri: (id) => `#/components/schemas/${id}`,
      unrepresentable: 'any',
    });
    return {
      openapi: '3.1.0',
      info,
      servers: [{ url: '/api' }],
      paths,
      components: { schemas: stripSchemaKeyword(schemas) },
    };
  }
}

function stripSchemaKeyword(schemas: Record<string, object>): Record<string, object> {
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _ignored, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

function schemaRef(schema: z.ZodMiniType): object {
  const id = z.globalRegistry.get(schema)?.id;
  if (id) return { $ref: `#/components/schemas/${id}` };
  const { $schema: _ignored, ...inline } = z.toJSONSchema(schema, { unrepresentable: 'any' });
  return inline;
}

/** Whether a field takes a list, under any default or optional wrapper. */
function isArrayField(schema: z.ZodMiniType): boolean {
  let current: z.ZodMiniType = schema;
  while (current instanceof z.ZodMiniDefault || current instanceof z.ZodMiniOptional) {
    current = current.def.innerType as z.ZodMiniType;
  }
  return current instanceof z.ZodMiniArray;
}

function describeParameters(schema: z.ZodMiniObject | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as z.ZodMiniType;
    const {
      $schema: _ignored,
      description,
      ...json
    } = z.toJSONSchema(fieldSchema, {
      io: 'input',
      unrepresentable: 'any',
    }) as Record<string, unknown>;
    const isArray = isArrayField(fieldSchema);
    return {
      name,
      in: location,
      required: location === 'path' || !fieldSchema.safeParse(undefined).success,
      ...(description ? { description } : {}),
      ...(isArray ? { style: 'form', explode: true } : {}),
      schema: json,
    };
  });
}

/**
 * JSON endpoints take only `application/json` and document imports only the types they list.
 * Browsers send the other types (`text/plain`, forms) from any site without asking first, so
 * refusing them is also a defence against cross-site requests.
 */
function checkContentType(
  spec: AnyRouteSpec,
  header: string | undefined,
): ErrorResponse | undefined {
  const accepted = spec.jsonBody ? ['application/json'] : spec.body?.contentTypes;
  if (!accepted) return undefined;
  const type = header?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (accepted.includes(type)) return undefined;
  return {
    message: `${type ? `Content-Type ${type} is not accepted here` : 'The request has no Content-Type'}: send ${accepted.join(', ')}.`,
  };
}

type Parsed = { ok: true; value: Record<string, unknown> } | { ok: false; error: ErrorResponse };

function parseInput(
  schema: z.ZodMiniObject | undefined,
  location: 'path' | 'query',
  read: (name: string, isArray: boolean) => string | string[] | undefined,
): Parsed {
  if (!schema) return { ok: true, value: {} };
  const raw: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    const isArray = isArrayField(field as z.ZodMiniType);
    const value = read(name, isArray);
    if (Array.isArray(value)) raw[name] = value.filter((entry) => entry !== '');
    else if (value !== undefined && value !== '') raw[name] = value;
  }
  const unstorable = findUnstorableText(raw);
  if (unstorable) {
    const path = [location, ...unstorable.path.map(String)].join('.');
    return {
      ok: false,
      error: {
        message: `Invalid ${location === 'path' ? 'path' : 'query'} parameter: ${path} ${unstorable.message}`,
        errors: [{ path, message: unstorable.message, severity: 'error' }],
      },
    };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.map((issue) => ({
    path: [location, ...issue.path.map(String)].join('.'),
    message: issue.message,
    severity: 'error' as const,
  }));
  return {
    ok: false,
    error: {
      message: `Invalid ${location === 'path' ? 'path' : 'query'} parameter: ${errors
        .map((error) => `${error.path} ${error.message}`)
        .join('; ')}`,
      errors,
    },
  };
}

async function parseJsonBody(
  schema: z.ZodMiniType,
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; error: ErrorResponse }> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return { ok: false, error: { message: 'The request body must be JSON' } };
  }
  const unstorable = findUnstorableText(json);
  if (unstorable) {
    const path = unstorable.path.map(String).join('.');
    return {
      ok: false,
      error: {
        message: `Please check: ${path || 'body'}: ${unstorable.message}`,
        errors: [{ path, message: unstorable.message, severity: 'error' }],
      },
    };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    severity: 'error' as const,
  }));
  return {
    ok: false,
    error: {
      message: `Please check: ${errors.map((error) => `${error.path || 'body'}: ${error.message}`).join('; ')}`,
      errors,
    },
  };
}
