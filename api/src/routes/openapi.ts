import { openApiDocumentSchema } from '@clearinghouse/shared';
import { toJsonSchema } from '@valibot/to-json-schema';
import { Hono } from 'hono';
import type * as v from 'valibot';
import type { AppEnv } from '../http/env.ts';
import type { RouteTable } from '../http/route-table.ts';

const ERROR_ENVELOPE = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'kebab-case error code' },
        message: { type: 'string' },
        details: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
      },
    },
  },
};

const jsonSchema = (schema: v.GenericSchema) => {
  const { $schema: _ignored, ...rest } = toJsonSchema(schema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return rest;
};

/** Builds the OpenAPI document from the route table: the same schemas that validate the requests. */
export function buildOpenApi(table: RouteTable) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of table.specs) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [...spec.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    if (spec.query) {
      const q = jsonSchema(spec.query) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(q.properties ?? {})) {
        parameters.push({ name, in: 'query', required: q.required?.includes(name) ?? false, schema } as never);
      }
    }
    const responses: Record<string, unknown> = {};
    for (const [status, r] of Object.entries(spec.responses)) {
      const isError = Number(status) >= 400;
      const schema = r.schema ? jsonSchema(r.schema) : isError ? ERROR_ENVELOPE : undefined;
      responses[status] = schema
        ? { description: r.description, content: { 'application/json': { schema } } }
        : r.contentType
          ? { description: r.description, content: { [r.contentType]: { schema: { type: 'string', format: 'binary' } } } }
          : { description: r.description };
    }
    (paths[path] ??= {})[spec.method.toLowerCase()] = {
      summary: spec.summary,
      tags: [spec.tag],
      'x-allow': spec.allow,
      security: spec.allow.includes('public') ? [] : [{ session: [] }],
      parameters: parameters.length ? parameters : undefined,
      requestBody: spec.body ? { required: true, content: { 'application/json': { schema: jsonSchema(spec.body) } } } : undefined,
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Plan of Action clearinghouse API',
      version: '1',
      description: 'The HTTP contract of the clearinghouse. Every error is {"error":{"code","message","details?"}}.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ch_session' } },
      schemas: { Error: ERROR_ENVELOPE },
    },
    paths,
  };
}

export function openApiRoutes(table: RouteTable) {
  const router = new Hono<AppEnv>();
  let cached: ReturnType<typeof buildOpenApi> | undefined;
  table.add(
    router,
    {
      method: 'GET',
      path: '/api/openapi.json',
      allow: ['public'],
      tag: 'meta',
      summary: 'This OpenAPI document.',
      responses: { 200: { description: 'OpenAPI 3.1 document', schema: openApiDocumentSchema } },
    },
    (_c, { reply }) => reply((cached ??= buildOpenApi(table))),
  );
  return router;
}
