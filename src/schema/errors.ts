import { GraphQLError } from 'graphql';
import {
  MetronomeApiError,
  MetronomeAuthenticationError,
  MetronomeBadRequestError,
  MetronomeClientStatusError,
  MetronomeConflictError,
  MetronomeConnectionError,
  MetronomeError,
  MetronomeNotFoundError,
  MetronomePermissionDeniedError,
  MetronomeRateLimitError,
  MetronomeServerError,
  MetronomeTimeoutError,
} from '../metronome-client/errors.js';

/**
 * The `extensions.code` of every error the gateway returns on purpose. Anything else is masked as
 * `INTERNAL_SERVER_ERROR` with a generic message.
 */
export const ErrorCode = {
  /** The request broke a rule (Metronome's 400/422, or a bad argument such as a cursor or global id). */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** Metronome rejected the gateway's credentials (401/403). Says nothing about them. */
  UPSTREAM_AUTH: 'UPSTREAM_AUTH',
  /** The object does not exist; the field is null. */
  NOT_FOUND: 'NOT_FOUND',
  /** A uniqueness conflict (409): retrying the same request cannot succeed. */
  CONFLICT: 'CONFLICT',
  /** A transient conflict (409 marked retryable) that outlasted the gateway's retries: try again later. */
  TRANSIENT_CONFLICT: 'TRANSIENT_CONFLICT',
  /** Metronome is rate limiting (429) beyond the gateway's retries; `extensions.retryAfter` in seconds. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** No usable answer from Metronome: timeouts, dropped connections, 5xx. */
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** A bad argument of the GraphQL request itself. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
}

interface Mapped {
  message: string;
  extensions: Record<string, unknown>;
}

/** The client error → GraphQL error table; the only place that knows it. */
function mapUpstreamError(error: MetronomeError): Mapped {
  const upstream =
    error instanceof MetronomeApiError ? { upstreamStatus: error.status, upstreamRequestId: error.requestId ?? null } : {};
  if (error instanceof MetronomeBadRequestError)
    return { message: error.upstreamMessage, extensions: { code: ErrorCode.BAD_USER_INPUT, ...upstream } };
  if (error instanceof MetronomeAuthenticationError || error instanceof MetronomePermissionDeniedError)
    return {
      message: 'Metronome rejected the gateway’s API credentials',
      extensions: { code: ErrorCode.UPSTREAM_AUTH, ...upstream },
    };
  if (error instanceof MetronomeNotFoundError)
    return { message: error.upstreamMessage, extensions: { code: ErrorCode.NOT_FOUND, ...upstream } };
  if (error instanceof MetronomeConflictError)
    return error.transient
      ? { message: error.upstreamMessage, extensions: { code: ErrorCode.TRANSIENT_CONFLICT, retryable: true, ...upstream } }
      : { message: error.upstreamMessage, extensions: { code: ErrorCode.CONFLICT, ...upstream } };
  if (error instanceof MetronomeRateLimitError)
    return {
      message: 'Metronome is rate limiting requests; retry later',
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        retryAfter: error.retryAfterMs === undefined ? null : Math.ceil(error.retryAfterMs / 1000),
        ...upstream,
      },
    };
  if (error instanceof MetronomeClientStatusError && error.status !== 408)
    return { message: error.upstreamMessage, extensions: { code: ErrorCode.BAD_USER_INPUT, ...upstream } };
  if (
    error instanceof MetronomeServerError ||
    error instanceof MetronomeClientStatusError ||
    error instanceof MetronomeTimeoutError ||
    error instanceof MetronomeConnectionError
  )
    return {
      message: 'Metronome is unavailable; retry later',
      extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, reason: error.code, ...upstream },
    };
  return { message: 'Unexpected answer from Metronome', extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, ...upstream } };
}

/**
 * By name rather than `instanceof`: GraphQL Armor ships CommonJS only, so under Node its errors come from
 * graphql's CommonJS build while the schema uses the ES module build — same class, another realm.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/**
 * Yoga's `maskError`: every error of an operation passes here once. Metronome client errors become GraphQL
 * errors with a stable `extensions.code`; errors the schema raised on purpose (GraphQLError, e.g.
 * {@link badUserInput}, validation, GraphQL Armor) pass unchanged; anything else is masked. Nothing from the
 * original error (stack, cause, headers) is kept.
 */
export function maskError(error: unknown, genericMessage: string): Error {
  const located = isGraphQLError(error) ? error : undefined;
  const original = located ? (located.originalError ?? undefined) : error;
  if (original instanceof MetronomeError) {
    const { message, extensions } = mapUpstreamError(original);
    return new GraphQLError(message, {
      nodes: located?.nodes,
      source: located?.source,
      positions: located?.positions,
      path: located?.path,
      extensions,
    });
  }
  // A rejected operation (GraphQL Armor's limits) arrives without a code or a path: name it as Yoga names
  // validation failures, and answer 400.
  if (located && original === undefined && !located.path && !located.extensions?.code)
    return new GraphQLError(located.message, {
      nodes: located.nodes,
      source: located.source,
      positions: located.positions,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
    });
  // Errors raised on purpose carry a code; graphql-js' own (validation, coercion) have no original error.
  if (located && (original === undefined || (isGraphQLError(original) && original.extensions?.code))) return located;
  return new GraphQLError(genericMessage, {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    path: located?.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  });
}
