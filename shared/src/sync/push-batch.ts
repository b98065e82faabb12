/**
 * How a client cuts its queue into push requests. The app (web push-step.ts) and the benchmark's client
 * both use this, so the bench measures the requests the app really sends.
 *
 * A request carries as many mutations as the protocol allows (MAX_MUTATIONS_PER_PUSH) and at most
 * PUSH_BATCH_BYTES of JSON: the byte cap, not the count, is what bounds a request on a slow link (its
 * time on the wire, and what a failed request costs to send again), and the server commits a push in
 * one transaction, bounded in time by its own budget (api services/sync/push.ts). A count of 200, as
 * before, only split the queues of small mutations (a first sync, an import) into more requests and
 * more commits than their bytes needed: docs/performance.md, round 7 (push).
 */
import { MAX_MUTATIONS_PER_PUSH } from './push.ts';

export const PUSH_BATCH_MUTATIONS = MAX_MUTATIONS_PER_PUSH;
/**
 * The server refuses JSON bodies over 1 MiB (413); long narratives make big mutations, so a request
 * stops at this many bytes of UTF-8 (always at least one mutation), leaving room for the envelope.
 */
export const PUSH_BATCH_BYTES = 768 * 1024;

// Browsers and Node both have it; shared compiles without the DOM's or Node's types.
declare const TextEncoder: new () => { encodeInto(text: string, into: Uint8Array): { read: number; written: number } };
/** Made at the first use (every page imports shared; few of them push). */
let encoder: InstanceType<typeof TextEncoder> | null = null;
/** Room for any mutation of ordinary size (three bytes a UTF-16 unit at most); larger ones get their own. */
let scratch: Uint8Array | null = null;

/**
 * Bytes of `text` in UTF-8, as the server counts its body. The text's length in UTF-16 units is not
 * enough: Arabic, Cyrillic and Chinese text takes two or three bytes a character. Encoding into a
 * buffer kept for the purpose is native work (a JavaScript loop over the characters cost several times more).
 */
export function utf8Length(text: string): number {
  encoder ??= new TextEncoder();
  scratch ??= new Uint8Array(192 * 1024);
  const into = text.length * 3 <= scratch.length ? scratch : new Uint8Array(text.length * 3);
  return encoder.encodeInto(text, into).written;
}

/**
 * How many of the queued mutations, in order, go into the next request, given each one's JSON text
 * (read lazily: only as many as the request can take). Always at least one while any is left: a single
 * mutation too large for the server is the server's to refuse.
 *
 * A UTF-16 unit is one to three bytes of UTF-8, so the texts' lengths bound the request's size both
 * ways: texts past the lower bound's cap can never join, and a list whose upper bound fits needs no
 * counting. Otherwise the list is counted in one call (encoding 500 texts one by one cost a push of
 * 500 submissions 7 ms in its profile) and one by one only when it does not fit whole.
 */
export function pushBatchLength(texts: Iterable<string>): number {
  const taken: string[] = [];
  let units = 0;
  for (const text of texts) {
    if (taken.length > 0 && units + text.length + 1 > PUSH_BATCH_BYTES) break;
    taken.push(text);
    units += text.length + 1; // and its comma in the list
    if (taken.length === PUSH_BATCH_MUTATIONS) break;
  }
  if (units * 3 <= PUSH_BATCH_BYTES || utf8Length(taken.join(',')) + 1 <= PUSH_BATCH_BYTES) return taken.length;
  let count = 0;
  let bytes = 0;
  for (const text of taken) {
    bytes += utf8Length(text) + 1;
    if (count > 0 && bytes > PUSH_BATCH_BYTES) break;
    count++;
  }
  return count;
}
