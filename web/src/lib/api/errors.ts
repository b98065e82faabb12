import type { ErrorBody, FieldError } from '@clearinghouse/shared';

/** The server answered with an error envelope (or an error status without one). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly FieldError[] = [],
    /** False when the body was not an error envelope (a proxy page, an empty body): `message` is technical. */
    readonly enveloped = true,
  ) {
    super(message);
  }
}

/** No answer from the server: offline, DNS, connection reset, or a timeout. Safe to retry. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(
    message: string,
    readonly timedOut = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** Builds an ApiError from a response body; a body that is not an envelope still gives a usable error. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) {
    const { code, message, details } = body.error;
    return new ApiError(status, code, message, Array.isArray(details) ? details : []);
  }
  const code = status >= 500 ? 'internal-error' : status === 401 ? 'not-signed-in' : 'bad-request';
  return new ApiError(status, code, `HTTP ${status} without an error envelope`, [], false);
}
