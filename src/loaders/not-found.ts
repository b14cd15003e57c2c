import { MetronomeNotFoundError } from '../metronome-client/errors.js';

/**
 * The error for one key of a batch that Metronome did not return. Batch endpoints answer 200 with fewer items
 * rather than 404, so the loader names the missing key itself, as a 404 would have.
 */
export function notFound(operation: string, message: string): MetronomeNotFoundError {
  return new MetronomeNotFoundError(operation, {
    status: 404,
    upstreamMessage: message,
    requestId: undefined,
    headers: {},
    retryAfterMs: undefined,
  });
}
