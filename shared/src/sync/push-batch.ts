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

const NON_ASCII = /[^\0-\x7f]/;

/**
 * Bytes of `text` in UTF-8, as the server counts its body. The text's length in UTF-16 units is not
 * enough: Arabic, Cyrillic and Chinese text takes two or three bytes a character.
 */
export function utf8Length(text: string): number {
  if (!NON_ASCII.test(text)) return text.length; // most mutations: one native scan instead of the loop
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 units
      i++;
    } else bytes += 2; // three bytes (a lone surrogate is written as U+FFFD, three bytes too)
  }
  return bytes;
}

/**
 * How many of the queued mutations, in order, go into the next request, given each one's JSON text
 * (read lazily: only as many as the request can take). Always at least one while any is left: a single
 * mutation too large for the server is the server's to refuse.
 */
export function pushBatchLength(texts: Iterable<string>): number {
  let count = 0;
  let bytes = 0;
  for (const text of texts) {
    bytes += utf8Length(text) + 1; // and its comma in the list
    if (count > 0 && bytes > PUSH_BATCH_BYTES) break;
    if (++count === PUSH_BATCH_MUTATIONS) break;
  }
  return count;
}
