/** A file attached to an item. The bytes travel separately (PUT /api/blobs/{sha256}); records only name them. */
import * as v from 'valibot';
import { textSchema } from './common.ts';

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export const attachmentSchema = v.object(
  {
    sha256: v.pipe(v.string('must be text'), v.regex(SHA256_HEX, 'must be 64 lowercase hexadecimal characters')),
    name: v.pipe(textSchema(255), v.minLength(1, 'must not be empty')),
    type: v.pipe(
      v.string('must be text'),
      v.regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, 'must be a media type such as application/pdf'),
    ),
    size: v.pipe(v.number('must be a number'), v.safeInteger('must be a whole number'), v.minValue(0, 'must not be negative')),
  },
  'must be an attachment {sha256, name, type, size}',
);
export type Attachment = v.InferOutput<typeof attachmentSchema>;
