import { issuesToDetails } from '@clearinghouse/shared';
import * as v from 'valibot';
import { HttpError } from './http-error.ts';

/** Validates already-parsed input; a failure is a 422 that names every bad field. */
export function validate<S extends v.GenericSchema>(schema: S, input: unknown, what = 'The request'): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (!result.success) {
    throw new HttpError(422, 'validation-failed', `${what} has invalid fields.`, issuesToDetails(result.issues));
  }
  return result.output;
}

export const isJsonContentType = (value: string | undefined) => !!value && /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(value.trim());

/** Reads a JSON body: 415 if it is not JSON, 400 if it does not parse, then schema validation (422). */
export async function readJsonBody<S extends v.GenericSchema>(request: Request, schema: S): Promise<v.InferOutput<S>> {
  if (!isJsonContentType(request.headers.get('content-type') ?? undefined)) {
    throw new HttpError(415, 'unsupported-media-type', 'Send the request body as JSON (Content-Type: application/json).');
  }
  const text = await request.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'malformed-json', 'The request body is not valid JSON.');
  }
  return validate(schema, parsed);
}
