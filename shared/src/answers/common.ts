/**
 * Building blocks of the API's answers. Each answer of api/src/routes is a schema here: the route table
 * documents it in OpenAPI and checks it in tests, and the web parses it at the boundary.
 */
import * as v from 'valibot';
import { ENTITY_KINDS, REGIONAL_GROUPS } from '../schemas/entity.ts';

/** `{items, total}`: every list the API answers. */
export const answerList = <S extends v.GenericSchema>(item: S) => v.object({ items: v.array(item), total: v.number() });

/** Names in the working languages and any others the entity has, as stored answers carry them. */
export const namesAnswerSchema = v.objectWithRest({ en: v.string(), fr: v.string() }, v.string());

export const regionalGroupOrNull = v.nullable(v.picklist(REGIONAL_GROUPS));

/** An entity as the API answers it (public and Secretariat alike). */
export const entityAnswerSchema = v.object({
  id: v.string(),
  kind: v.picklist(ENTITY_KINDS),
  names: namesAnswerSchema,
  regionalGroup: regionalGroupOrNull,
});
export type EntityAnswer = v.InferOutput<typeof entityAnswerSchema>;

/** A record as stored: open, its fields checked by the record schemas where it was written. */
export const openRecordSchema = v.record(v.string(), v.unknown());

/** GET /api/openapi.json: the document itself is checked by OpenAPI tools; this names its outline. */
export const openApiDocumentSchema = v.looseObject({
  openapi: v.string(),
  info: v.looseObject({ title: v.string(), version: v.string() }),
  paths: v.record(v.string(), v.record(v.string(), v.unknown())),
});

/** The type of an `answerList` answer, for generic readers of lists. */
export type List<T> = { items: T[]; total: number };
