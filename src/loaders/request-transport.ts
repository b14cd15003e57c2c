import type { CallOptions, Transport, UpstreamRequest } from '../metronome-client/transport.js';

/**
 * The transport of one GraphQL operation. Reads are deduplicated: the same (method, path, query, body) is sent
 * at most once, and every resolver asking for it shares the one answer (or failure). At most `concurrency`
 * calls are in flight at once; the rest wait their turn. Writes pass through unchanged, and forget every read
 * answer kept so far (when sent and again when answered): a mutation that reads back what it wrote, or a later
 * mutation of the same operation, must see Metronome's state after the write.
 *
 * Never share one across operations: it caches answers for the lifetime of the operation only.
 */
export class RequestTransport implements Transport {
  private readonly reads = new Map<string, Promise<unknown>>();
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly upstream: Transport,
    private readonly concurrency: number,
    private readonly signal?: AbortSignal,
  ) {}

  send<T>(request: UpstreamRequest, options: CallOptions = {}): Promise<T> {
    const withSignal = this.signal && !options.signal ? { ...options, signal: this.signal } : options;
    if (request.kind !== 'read') {
      this.reads.clear();
      return this.limited(() => this.upstream.send<T>(request, withSignal)).finally(() => this.reads.clear());
    }
    const key = readKey(request);
    let pending = this.reads.get(key);
    if (!pending) {
      pending = this.limited(() => this.upstream.send<T>(request, withSignal));
      this.reads.set(key, pending);
    }
    return pending as Promise<T>;
  }

  private async limited<T>(call: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.concurrency) await new Promise<void>((resume) => this.waiting.push(resume));
    this.inFlight++;
    try {
      return await call();
    } finally {
      this.inFlight--;
      this.waiting.shift()?.();
    }
  }
}

/** Equal for calls that Metronome would answer identically: key order and undefined values do not matter. */
function readKey(request: UpstreamRequest): string {
  return JSON.stringify([request.method, request.path, canonical(request.query ?? {}), canonical(request.body ?? null)]);
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}
