import type { Role } from '@clearinghouse/shared';
import type { Context, Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv, SessionUser } from './env.ts';
import { HttpError } from './http-error.ts';
import { readJsonBody, validate } from './validation.ts';

/**
 * Who may call a route. `public`: anyone, no session. `signed-in`: any active account. A role: only
 * accounts with that role. Finer rules (a focal point's own entity) are checked in the handler, which
 * answers 404 for records the caller may not know exist.
 */
export type Audience = 'public' | 'signed-in' | Role;
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec<B extends v.GenericSchema | undefined = undefined, Q extends v.GenericSchema | undefined = undefined> {
  method: Method;
  /** Hono path syntax (`/api/things/:id`); also the OpenAPI path after conversion. */
  path: string;
  allow: readonly Audience[];
  summary: string;
  tag: string;
  body?: B;
  query?: Q;
  /** The raw body is the handler's business (blob uploads): no JSON parsing. */
  rawBody?: boolean;
  responses: Record<number, { description: string; schema?: v.GenericSchema }>;
}

type Out<S> = S extends v.GenericSchema ? v.InferOutput<S> : undefined;

export interface HandlerInput<B, Q> {
  body: B;
  query: Q;
  user: SessionUser | null;
}

/** Every route of the API, with its audience. The only way to register an API handler is `add`. */
export class RouteTable {
  readonly specs: RouteSpec<v.GenericSchema | undefined, v.GenericSchema | undefined>[] = [];

  add<B extends v.GenericSchema | undefined = undefined, Q extends v.GenericSchema | undefined = undefined>(
    router: Hono<AppEnv>,
    spec: RouteSpec<B, Q>,
    handler: (c: Context<AppEnv>, input: HandlerInput<Out<B>, Out<Q>>) => Response | Promise<Response>,
  ): void {
    if (this.specs.some((s) => s.method === spec.method && s.path === spec.path)) {
      throw new Error(`Route ${spec.method} ${spec.path} is declared twice`);
    }
    if (spec.allow.length === 0) throw new Error(`Route ${spec.method} ${spec.path} allows nobody`);
    this.specs.push(spec as RouteSpec<v.GenericSchema | undefined, v.GenericSchema | undefined>);
    router.on(spec.method, spec.path, async (c) => {
      const user = authorize(spec.allow, c.get('user'), c.get('sessionRevoked'));
      const query = (spec.query ? validate(spec.query, c.req.query(), 'The query string') : undefined) as Out<Q>;
      const body = (spec.body && !spec.rawBody ? await readJsonBody(c.req.raw, spec.body) : undefined) as Out<B>;
      return handler(c, { body, query, user });
    });
  }

  find(method: string, path: string) {
    return this.specs.find((s) => s.method === method && s.path === path);
  }
}

export function authorize(allow: readonly Audience[], user: SessionUser | null, revoked: string | null = null): SessionUser | null {
  if (allow.includes('public')) return user;
  if (!user && revoked === 'deactivated') {
    throw new HttpError(401, 'account-disabled', 'This account has been deactivated. Its local data is being removed from this device.');
  }
  if (!user) throw new HttpError(401, 'not-signed-in', 'Sign in to continue.');
  if (allow.includes('signed-in') || allow.includes(user.role)) return user;
  throw new HttpError(403, 'forbidden', 'Your account may not do this.');
}

/** For handlers whose route requires a session: narrows the type. */
export function requireUser(user: SessionUser | null): SessionUser {
  if (!user) throw new HttpError(401, 'not-signed-in', 'Sign in to continue.');
  return user;
}

/** A path parameter the route pattern guarantees. */
export function param(c: Context<AppEnv>, name: string): string {
  const value = c.req.param(name);
  if (!value) throw new HttpError(404, 'not-found', 'Nothing is at this address.');
  return value;
}
