/**
 * POST /api/submissions/import: information received by other channels (a focal point's export file,
 * export-file.ts, whose parts it takes as they are; a note verbale typed in from paper). Records keep
 * their ids, so a second import creates nothing; the server drops the fields only it sets
 * (SERVER_SUBMISSION_FIELDS) and checks the rest like a push.
 */
import * as v from 'valibot';

export const submissionImportBodySchema = v.object({
  submissions: v.pipe(v.array(v.record(v.string(), v.unknown())), v.maxLength(1000)),
  items: v.pipe(v.array(v.record(v.string(), v.unknown())), v.maxLength(20_000)),
  attachments: v.optional(
    v.array(v.object({ sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)), type: v.optional(v.string()), data: v.string() })),
  ),
});
export type SubmissionImportBody = v.InferOutput<typeof submissionImportBodySchema>;
