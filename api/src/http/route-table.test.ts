import { describe, expect, it } from 'vitest';
import { createTestContext } from '../test/harness.ts';

describe('the route table', () => {
  it('declares every API route the server serves: nothing is served without an entry', async () => {
    const { app } = await createTestContext();
    const served = app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`);
    expect(served.length).toBeGreaterThan(3);
    for (const route of served) {
      const [method, path] = route.split(' ');
      expect(app.routeTable.find(method!, path!), `${route} has no route-table entry`).toBeTruthy();
    }
    expect(new Set(served).size).toBe(app.routeTable.specs.length);
  });

  it('generates the OpenAPI document from the same table and schemas', async () => {
    const { request, app } = await createTestContext();
    const res = await request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as any;
    expect(doc.openapi).toMatch(/^3\./);
    for (const spec of app.routeTable.specs) {
      const path = spec.path.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[spec.method.toLowerCase()], `${spec.method} ${spec.path}`).toBeTruthy();
    }
    const login = doc.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
    expect(login.responses['401'].content['application/json'].schema.properties.error).toBeTruthy();
  });

  it('documents the body of every successful answer: a JSON schema, or the media type of a file', async () => {
    const { request } = await createTestContext();
    const doc = (await (await request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
    };
    const undocumented: string[] = [];
    let routes = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        routes++;
        const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
        if (success.length === 0) undocumented.push(`${method.toUpperCase()} ${path}: no success answer`);
        for (const [status, answer] of success) {
          if (status === '204') continue; // no content, by definition
          const content = Object.values(answer.content ?? {});
          if (content.length === 0 || content.some((c) => !c.schema)) undocumented.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(routes).toBeGreaterThan(60);
    expect(undocumented).toEqual([]);
  });
});
