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
});
