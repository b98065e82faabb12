import * as v from 'valibot';

/** How much of an attachment's bytes the server holds (GET status, PUT of a chunk). */
export const blobStatusSchema = v.object({ size: v.number(), received: v.number(), complete: v.boolean() });
export type BlobStatus = v.InferOutput<typeof blobStatusSchema>;
