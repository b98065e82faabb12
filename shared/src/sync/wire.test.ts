import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { pushRequestSchema, pushResponseSchema } from './push.ts';
import { pullQuerySchema, pullResponseSchema } from './pull.ts';
import { isSupportedProtocol, PROTOCOL_VERSION } from './protocol-version.ts';

const uuid = (n: number) => `0190a5d4-0000-7000-8000-${String(n).padStart(12, '0')}`;
const mutation = { mid: 17, table: 'items', id: uuid(1), op: 'upsert', baseVersion: 3, fields: { description: '...', confidential: true } };

describe('push', () => {
  it('accepts the request of PROTOCOL "Push"', () => {
    expect(
      v.is(pushRequestSchema, {
        clientId: uuid(9),
        protocol: PROTOCOL_VERSION,
        mutations: [mutation, { ...mutation, mid: 18, op: 'delete', fields: undefined, baseVersion: null }],
      }),
    ).toBe(true);
    expect(v.is(pushRequestSchema, { clientId: uuid(9), protocol: 1, mutations: [{ ...mutation, resolves: [uuid(5)] }] })).toBe(true);
  });

  it('refuses mids out of order, a delete with fields, and a mid of 0', () => {
    const req = (mutations: unknown[]) => ({ clientId: uuid(9), protocol: 1, mutations });
    expect(v.is(pushRequestSchema, req([mutation, { ...mutation, mid: 17 }]))).toBe(false);
    expect(v.is(pushRequestSchema, req([{ ...mutation, op: 'delete' }]))).toBe(false);
    expect(v.is(pushRequestSchema, req([{ ...mutation, mid: 0 }]))).toBe(false);
    expect(v.is(pushRequestSchema, req([{ ...mutation, table: 'users' }]))).toBe(false);
  });

  it('accepts the response of PROTOCOL "Push"', () => {
    expect(
      v.is(pushResponseSchema, {
        results: [
          { mid: 17, status: 'applied', version: 4 },
          { mid: 18, status: 'conflict', version: 5, conflictId: uuid(3) },
          { mid: 19, status: 'rejected', error: { code: 'submission-locked', message: 'The submission was transmitted.' } },
        ],
        lastMid: 19,
      }),
    ).toBe(true);
  });

  it('knows which protocol versions it supports', () => {
    expect(isSupportedProtocol(PROTOCOL_VERSION)).toBe(true);
    expect(isSupportedProtocol(0)).toBe(false);
    expect(isSupportedProtocol(PROTOCOL_VERSION + 1)).toBe(false);
  });
});

describe('pull', () => {
  it('parses the query: default limit, and a larger limit capped rather than refused', () => {
    expect(v.parse(pullQuerySchema, {})).toEqual({ limit: 200 });
    expect(v.parse(pullQuerySchema, { cursor: 'abc', limit: '100000' })).toEqual({ cursor: 'abc', limit: 500 });
    expect(v.is(pullQuerySchema, { limit: '-1' })).toBe(false);
    expect(v.is(pullQuerySchema, { limit: '0' })).toBe(false);
  });

  it('accepts the response of PROTOCOL "Pull"', () => {
    expect(
      v.is(pullResponseSchema, {
        changes: [
          { table: 'items', id: uuid(1), version: 4, deleted: false, record: { id: uuid(1), category: 'event' } },
          { table: 'submissions', id: uuid(2), version: 2, deleted: true, record: null },
        ],
        conflicts: [
          {
            id: uuid(3),
            table: 'items',
            recordId: uuid(1),
            field: 'description',
            base: 'a',
            server: 'b',
            client: 'c',
            userId: uuid(4),
            createdAt: '2026-11-28T12:00:00.000Z',
          },
          {
            id: uuid(5),
            table: 'items',
            recordId: uuid(1),
            field: null,
            base: {},
            server: null,
            client: {},
            userId: uuid(4),
            createdAt: '2026-11-28T12:00:00Z',
          },
        ],
        cursor: 'c2',
        hasMore: false,
      }),
    ).toBe(true);
  });
});
