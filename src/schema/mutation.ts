import { builder } from './builder.js';

/**
 * Every Metronome write is a mutation, named verb-first after the REST operation (`createCustomer`,
 * `archiveContract`, `addRate`, …). Each domain module declares its own with `builder.mutationField`. By convention:
 * - the arguments mirror the REST body in camelCase, with typed input objects for the shapes a frontend fills in
 *   and `JSON` for deep structures passed through as the REST body has them (their description says so);
 * - every mutation takes an optional `idempotencyKey`, sent as Metronome's `Idempotency-Key`, so a client that
 *   retries a mutation after a dropped response cannot apply it twice (without one, the gateway makes its own);
 * - a mutation returns the object it changed, read again through its loader (cleared first), so the response
 *   shows the state after the write; writes Metronome answers with nothing return their parent object.
 */
builder.mutationType({
  description: 'Changes to Metronome: every write of the REST API, one mutation each.',
});

/** The optional argument every mutation takes. */
export const idempotencyKeyArg = {
  type: 'String',
  required: false,
  description:
    'Sent as Metronome’s `Idempotency-Key`: the same key with the same arguments within 24 hours replays the first response instead of writing again.',
} as const;
