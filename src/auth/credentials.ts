import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/**
 * The Metronome bearer token. It prints as `[redacted]` everywhere — `String()`, template literals,
 * `JSON.stringify`, `console.log`/`util.inspect` — so that a config dump, a log line or an error can never carry
 * it; only the transport, which builds the `Authorization` header, calls `reveal()`.
 */
export class BearerToken {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}
