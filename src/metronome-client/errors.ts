/**
 * Every failure of a Metronome call is one of these classes, each with a stable string `code` that callers
 * switch on (the GraphQL layer maps codes, never messages). None of them ever carries the bearer token: the
 * request they describe is named by method and path only.
 *
 * - {@link MetronomeApiError}: Metronome answered with a non-2xx status; one subclass per status family.
 * - {@link MetronomeConnectionError}: no answer (refused, reset, dropped connection).
 * - {@link MetronomeTimeoutError}: no answer within the call's timeout.
 */
export abstract class MetronomeError extends Error {
  abstract readonly code: string;
  /** `GET /v1/customers/{customer_id}` style: the operation that failed, without ids or secrets. */
  readonly operation: string;

  constructor(message: string, operation: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.operation = operation;
  }
}

export interface UpstreamResponseDetails {
  status: number;
  /** Metronome's `{"message": "..."}`, or the raw body when it is not JSON. */
  upstreamMessage: string;
  /** Metronome's `x-request-id` header, for support tickets. */
  requestId: string | undefined;
  headers: Record<string, string>;
  /** How long Metronome asked us to wait (`retry-after-ms` or `Retry-After`), when it said so. */
  retryAfterMs: number | undefined;
}

export class MetronomeApiError extends MetronomeError {
  readonly code: string = 'METRONOME_API_ERROR';
  readonly status: number;
  readonly upstreamMessage: string;
  readonly requestId: string | undefined;
  readonly headers: Record<string, string>;
  readonly retryAfterMs: number | undefined;

  constructor(operation: string, details: UpstreamResponseDetails) {
    super(`${operation} failed with ${details.status}: ${details.upstreamMessage}`, operation);
    this.status = details.status;
    this.upstreamMessage = details.upstreamMessage;
    this.requestId = details.requestId;
    this.headers = details.headers;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** 400: the request broke a rule of the contract; the message names the field. */
export class MetronomeBadRequestError extends MetronomeApiError {
  override readonly code = 'METRONOME_BAD_REQUEST';
}

/** 401: the bearer token is missing or wrong. */
export class MetronomeAuthenticationError extends MetronomeApiError {
  override readonly code = 'METRONOME_AUTHENTICATION';
}

/** 403: the token may not do this. */
export class MetronomePermissionDeniedError extends MetronomeApiError {
  override readonly code = 'METRONOME_PERMISSION_DENIED';
}

/** 404: the id (or route) does not exist. */
export class MetronomeNotFoundError extends MetronomeApiError {
  override readonly code = 'METRONOME_NOT_FOUND';
}

/**
 * 409. Two kinds share the status: a uniqueness conflict (an ingest alias or `uniqueness_key` already taken, an
 * `Idempotency-Key` reused with another request) which no retry can fix, and a transient one (a lock held by a
 * concurrent write) which Metronome marks with `x-should-retry: true`.
 */
export class MetronomeConflictError extends MetronomeApiError {
  override readonly code = 'METRONOME_CONFLICT';
  get transient(): boolean {
    return this.headers['x-should-retry'] === 'true';
  }
}

/** 408, 413, 422 and any other 4xx without a class of its own. */
export class MetronomeClientStatusError extends MetronomeApiError {
  override readonly code = 'METRONOME_CLIENT_STATUS';
}

/** 429: too many requests; `retryAfterMs` says when to come back. */
export class MetronomeRateLimitError extends MetronomeApiError {
  override readonly code = 'METRONOME_RATE_LIMITED';
}

/** 5xx. */
export class MetronomeServerError extends MetronomeApiError {
  override readonly code = 'METRONOME_SERVER_ERROR';
}

export class MetronomeConnectionError extends MetronomeError {
  readonly code = 'METRONOME_CONNECTION';
}

export class MetronomeTimeoutError extends MetronomeError {
  readonly code = 'METRONOME_TIMEOUT';
  readonly timeoutMs: number;

  constructor(operation: string, timeoutMs: number) {
    super(`${operation} got no response within ${timeoutMs} ms`, operation);
    this.timeoutMs = timeoutMs;
  }
}

/** The error class for an upstream status. */
export function apiErrorFor(operation: string, details: UpstreamResponseDetails): MetronomeApiError {
  const { status } = details;
  if (status === 400) return new MetronomeBadRequestError(operation, details);
  if (status === 401) return new MetronomeAuthenticationError(operation, details);
  if (status === 403) return new MetronomePermissionDeniedError(operation, details);
  if (status === 404) return new MetronomeNotFoundError(operation, details);
  if (status === 409) return new MetronomeConflictError(operation, details);
  if (status === 429) return new MetronomeRateLimitError(operation, details);
  if (status >= 500) return new MetronomeServerError(operation, details);
  if (status >= 400) return new MetronomeClientStatusError(operation, details);
  return new MetronomeApiError(operation, details);
}
