import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { entitySchema } from './entity.ts';
import { cycleCreateSchema, cycleSchema } from './cycle.ts';
import { treatyEventSchema } from './treaty.ts';
import { loginBodySchema, userSchema } from './user.ts';

const uuid = '0190a5d4-0000-7000-8000-000000000000';
const paths = (schema: v.GenericSchema, input: unknown) => v.safeParse(schema, input).issues?.map((i) => v.getDotPath(i)) ?? [];

describe('entity', () => {
  const benin = { id: 'BEN', kind: 'state', names: { en: 'Benin', fr: 'Bénin' }, regionalGroup: 'african' };
  it('accepts States by ISO alpha-3 and organisations by slug', () => {
    expect(v.is(entitySchema, benin)).toBe(true);
    expect(
      v.is(entitySchema, {
        id: 'african-union',
        kind: 'regional_organisation',
        names: { en: 'African Union', fr: 'Union africaine', ar: 'الاتحاد الأفريقي' },
        regionalGroup: null,
      }),
    ).toBe(true);
  });
  it('refuses a State without an alpha-3 id, an unknown group, or a missing French name', () => {
    expect(paths(entitySchema, { ...benin, id: 'benin' })).toEqual(['id']);
    expect(paths(entitySchema, { ...benin, regionalGroup: 'africa' })).toEqual(['regionalGroup']);
    expect(paths(entitySchema, { ...benin, names: { en: 'Benin' } })).toEqual(['names.fr']);
  });
});

describe('cycle', () => {
  const body = {
    reference: 'ICC-ASP/9/SP/PA/21',
    title: 'Plan of Action: information requested',
    issuedOn: '2010-08-09',
    deadline: '2010-10-30',
    categories: ['obstacle', 'legislation'],
    addressees: 'all-states-parties',
  };
  it('accepts the note verbale of 9 August 2010, and a list of addressees', () => {
    expect(v.is(cycleCreateSchema, body)).toBe(true);
    expect(v.is(cycleCreateSchema, { ...body, addressees: ['BEN', 'TCD'] })).toBe(true);
    expect(v.is(cycleSchema, { ...body, id: uuid, closedAt: null })).toBe(true);
  });
  it('refuses a deadline before issue, no categories, and empty addressees', () => {
    expect(paths(cycleCreateSchema, { ...body, deadline: '2010-08-01' })).toEqual(['deadline']);
    expect(paths(cycleCreateSchema, { ...body, categories: [] })).toEqual(['categories']);
    expect(paths(cycleCreateSchema, { ...body, addressees: [] })).toEqual(['addressees']);
  });
});

describe('treaty event', () => {
  const event = { id: uuid, entityId: 'BEN', treaty: 'rome_statute', type: 'ratification', date: '2002-01-22', source: 'UNTC' };
  it('accepts a dated event and an undated one known as of a date', () => {
    expect(v.is(treatyEventSchema, event)).toBe(true);
    expect(v.is(treatyEventSchema, { ...event, date: null, asOf: '2026-10-01' })).toBe(true);
  });
  it('refuses an undated event without asOf, and an impossible date', () => {
    expect(paths(treatyEventSchema, { ...event, date: null })).toEqual(['asOf']);
    expect(paths(treatyEventSchema, { ...event, date: '2002-02-30' })).toEqual(['date']);
    expect(paths(treatyEventSchema, { ...event, type: 'unsigned' })).toEqual(['type']);
  });
});

describe('user', () => {
  it('describes /api/auth/me and the login body', () => {
    expect(v.is(userSchema, { id: uuid, email: 'fp@gouv.bj', role: 'focal_point', entityId: 'BEN' })).toBe(true);
    expect(v.is(userSchema, { id: uuid, email: 'asp@icc-cpi.int', role: 'secretariat', entityId: null })).toBe(true);
    expect(v.is(userSchema, { id: uuid, email: 'x@y.z', role: 'admin', entityId: null })).toBe(false);
    expect(v.parse(loginBodySchema, { email: ' asp@icc-cpi.int ', password: 'p' }).email).toBe('asp@icc-cpi.int');
    expect(paths(loginBodySchema, { email: 'asp@icc-cpi.int', password: '' })).toEqual(['password']);
  });
});
