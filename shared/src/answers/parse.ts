/**
 * Reading an answer at the client's boundary: parsed by the schema the server answers with, instead of
 * trusted as a type. A client built for this API never sees a mismatch; one that does is talking to
 * another version (or a proxy's error page) and says so plainly rather than misreading the answer.
 */
import * as v from 'valibot';

/** An answer outside its schema. `issues` names the paths that did not match, for the log. */
export class AnswerShapeError extends Error {
  constructor(
    readonly what: string,
    readonly issues: string[],
  ) {
    super(`${what}: the server's answer does not have the expected shape (${issues.slice(0, 3).join('; ')}).`);
    this.name = 'AnswerShapeError';
  }
}

const describe = (issues: readonly v.BaseIssue<unknown>[]) => issues.map((i) => `${v.getDotPath(i) ?? '(answer)'}: ${i.message}`);

/*
 * Both return the value as it came once it has passed, not valibot's copy: `v.object` leaves out keys
 * it does not list, and a field a newer server adds must reach the client as sent, never be dropped on
 * the way. Answer schemas hold no transforms, so the value is what the schema's type describes.
 */

/** The answer once checked, or an AnswerShapeError naming `what` was asked. */
export function parseAnswer<S extends v.GenericSchema>(schema: S, value: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new AnswerShapeError(what, describe(result.issues));
  return value as v.InferOutput<S>;
}

/** The value once checked, or null when it does not match (a value kept in storage by an older version). */
export function parsedOrNull<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> | null {
  return v.is(schema, value) ? (value as v.InferOutput<S>) : null;
}
