import { resolvePath } from '../path.js';
import type { CallOptions, QueryValue, Transport } from '../transport.js';

interface CallParts {
  /** Values for the template's `{name}` segments. */
  params?: Record<string, string>;
  query?: Record<string, QueryValue> | object;
  body?: unknown;
}

/** A group of Metronome endpoints; each method is one endpoint. */
export abstract class Resource {
  constructor(protected readonly transport: Transport) {}

  /** A call that changes nothing (whatever its HTTP method); safe to retry. */
  protected async read<T>(method: 'GET' | 'POST', template: string, parts: CallParts = {}, options?: CallOptions): Promise<T> {
    return this.transport.send<T>(
      { method, ...resolvePath(template, parts.params ?? {}), query: parts.query as Record<string, QueryValue>, body: parts.body, kind: 'read' },
      options,
    );
  }

  /** A call that changes state; retried only when idempotent (see `CallOptions.idempotencyKey`). */
  protected async write<T>(
    method: 'POST' | 'DELETE',
    template: string,
    parts: CallParts & { idempotent?: boolean } = {},
    options?: CallOptions,
  ): Promise<T> {
    return this.transport.send<T>(
      {
        method,
        ...resolvePath(template, parts.params ?? {}),
        query: parts.query as Record<string, QueryValue>,
        body: parts.body,
        kind: 'write',
        idempotent: parts.idempotent,
      },
      options,
    );
  }
}
