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

/**
 * One documented answer. A JSON answer names its schema (from @clearinghouse/shared, which the web
 * parses with too); any other answer names its media type (CSV, iCalendar, bytes); a 204 names neither.
 */
export interface ResponseSpec {
  description: string;
  schema?: v.GenericSchema;
  contentType?: string;
  /** The handler streams this JSON answer itself (a large export): documented, not sent through `reply`. */
  streamed?: true;
}
export type Responses = Record<number, ResponseSpec>;

declare const answerBrand: unique symbol;
/** A JSON response whose body was typed by the route's success schema (made only by `reply`). */
export type Answer<T> = Response & { readonly [answerBrand]: T };

type SuccessStatus = 200 | 201;
/** What the handler must send: the input type of the 200/201 schema; any Response when the answer is not JSON. */
type SuccessBody<R> = R extends unknown ? SuccessBodyOf<R> : never;
type SuccessBodyOf<R> = {
  [K in keyof R]: K extends SuccessStatus | `${SuccessStatus}`
    ? R[K] extends { streamed: true }
      ? never
      : R[K] extends { schema: infer S extends v.GenericSchema }
        ? v.InferInput<S>
        : never
    : never;
}[keyof R];
type HandlerResult<R> = [SuccessBody<R>] extends [never] ? Response : Answer<SuccessBody<R>>;

export interface RouteSpec<
  B extends v.GenericSchema | undefined = undefined,
  Q extends v.GenericSchema | undefined = undefined,
  R extends Responses = Responses,
  A extends readonly Audience[] = readonly Audience[],
> {
  method: Method;
  /** Hono path syntax (`/api/things/:id`); also the OpenAPI path after conversion. */
  path: string;
  allow: A;
  summary: string;
  tag: string;
  body?: B;
  query?: Q;
  /** The raw body is the handler's business (blob uploads): no JSON parsing. */
  rawBody?: boolean;
  responses: R;
}

type Out<S> = S extends v.GenericSchema ? v.InferOutput<S> : undefined;

/** The audience guarantees a session unless the route is public. */
type UserFor<A extends readonly Audience[]> = 'public' extends A[number] ? SessionUser | null : SessionUser;

export interface HandlerInput<B, Q, R, U> {
  body: B;
  query: Q;
  user: U;
  /** Sends the JSON answer the route table declares, typed by its schema. */
  reply: (body: SuccessBody<R>, status?: SuccessStatus) => Answer<SuccessBody<R>>;
}

/** Brands a response whose body the caller built from a value of type T (the brand exists only in types). */
export const asAnswer = <T>(response: Response): Answer<T> => response as Answer<T>;

/** Every route of the API, with its audience. The only way to register an API handler is `add`. */
export class RouteTable {
  readonly specs: RouteSpec<v.GenericSchema | undefined, v.GenericSchema | undefined>[] = [];

  /**
   * `checkAnswers`: validate every JSON answer against its schema and fail loudly on a mismatch. The
   * tests turn it on, so a handler that drifts from the shared schema the web parses with fails there.
   */
  constructor(private readonly options: { checkAnswers?: boolean } = {}) {}

  add<
    B extends v.GenericSchema | undefined = undefined,
    Q extends v.GenericSchema | undefined = undefined,
    const R extends Responses = Responses,
    const A extends readonly Audience[] = readonly Audience[],
  >(
    router: Hono<AppEnv>,
    spec: RouteSpec<B, Q, R, A>,
    handler: (c: Context<AppEnv>, input: HandlerInput<Out<B>, Out<Q>, R, UserFor<A>>) => HandlerResult<R> | Promise<HandlerResult<R>>,
  ): void {
    if (this.specs.some((s) => s.method === spec.method && s.path === spec.path)) {
      throw new Error(`Route ${spec.method} ${spec.path} is declared twice`);
    }
    if (spec.allow.length === 0) throw new Error(`Route ${spec.method} ${spec.path} allows nobody`);
    // kept erased to the general spec (OpenAPI, find): its precise body, query and answer types served `add` only
    this.specs.push(spec as unknown as RouteSpec<v.GenericSchema | undefined, v.GenericSchema | undefined>);
    const responses: Responses = spec.responses;
    const checkAnswers = this.options.checkAnswers;
    router.on(spec.method, spec.path, async (c) => {
      // authorize() returns a user for every audience but 'public', which is what UserFor<A> states
      const user = authorize(spec.allow, c.get('user'), c.get('sessionRevoked')) as UserFor<A>;
      const query = (spec.query ? validate(spec.query, c.req.query(), 'The query string') : undefined) as Out<Q>;
      const body = (spec.body && !spec.rawBody ? await readJsonBody(c.req.raw, spec.body) : undefined) as Out<B>;
      const reply = (answer: SuccessBody<R>, status: SuccessStatus = spec.responses[201] && !spec.responses[200] ? 201 : 200) => {
        const schema = responses[status]?.schema;
        if (!schema) throw new Error(`Route ${spec.method} ${spec.path} declares no JSON answer for ${status}`);
        if (checkAnswers) {
          const result = v.safeParse(schema, answer);
          if (!result.success) {
            throw new Error(`Route ${spec.method} ${spec.path} answered outside its schema: ${JSON.stringify(v.flatten(result.issues))}`);
          }
        }
        return asAnswer<SuccessBody<R>>(c.json(answer as object, status));
      };
      return handler(c, { body, query, user, reply });
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

/** A path parameter the route pattern guarantees. */
export function param(c: Context<AppEnv>, name: string): string {
  const value = c.req.param(name);
  if (!value) throw new HttpError(404, 'not-found', 'Nothing is at this address.');
  return value;
}
