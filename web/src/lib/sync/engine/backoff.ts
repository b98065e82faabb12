/**
 * When to try again after a failed sync: capped exponential backoff with jitter. The jitter keeps a
 * whole delegation's devices, back online at the same moment after a conference room's Wi-Fi returns,
 * from hitting the server in lockstep.
 */
export interface BackoffOptions {
  /** The first retry's nominal delay. */
  baseMs?: number;
  /** The longest delay, however many failures. */
  maxMs?: number;
  /** A number in [0, 1); tests pass a fixed one. */
  random?: () => number;
}

export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/**
 * The delay before the next attempt after `failures` consecutive failures (1 = the first failure).
 * "Equal jitter": half the nominal delay is fixed, half random, so a retry never comes too early to
 * help and never later than the cap.
 */
export function backoffDelay(failures: number, options: BackoffOptions = {}): number {
  const { baseMs = BACKOFF_BASE_MS, maxMs = BACKOFF_MAX_MS, random = Math.random } = options;
  if (failures <= 0) return 0;
  // 2 ** 30 already exceeds any sane cap; bounding the exponent avoids Infinity.
  const nominal = Math.min(maxMs, baseMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(nominal / 2 + random() * (nominal / 2));
}
