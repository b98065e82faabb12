import type { ErrorCode, FieldError } from '@clearinghouse/shared';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Thrown anywhere in a request; app.onError turns it into the error envelope (docs/architecture.md, "Requests through the server"). */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
  ) {
    super(message);
  }
}

export const notFound = (what = 'This resource') => new HttpError(404, 'not-found', `${what} does not exist, or you may not see it.`);
