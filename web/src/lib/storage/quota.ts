/**
 * A full disk surfaces in several shapes: a DOMException named QuotaExceededError, Dexie's wrapper of
 * it, or an AbortError (the transaction aborted) whose `inner` is the quota error. All mean the same
 * to the user: nothing new was stored, what was stored before is intact.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { name, inner, cause } = error as { name?: unknown; inner?: unknown; cause?: unknown };
  if (name === 'QuotaExceededError') return true;
  return isQuotaError(inner, depth + 1) || isQuotaError(cause, depth + 1);
}
