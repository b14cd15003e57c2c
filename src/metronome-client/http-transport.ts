import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import type { BearerToken } from '../auth/credentials.js';
import {
  apiErrorFor,
  MetronomeConnectionError,
  MetronomeError,
  MetronomeTimeoutError,
} from './errors.js';
import { requestedRetryDelayMs, RetryPolicy, type RetryPolicyOptions } from './retry-policy.js';
import type { CallOptions, QueryValue, Transport, UpstreamRequest } from './transport.js';

/** What one attempt of a call did; for logs and metrics. Carries no header, body or token. */
export interface UpstreamAttempt {
  operation: string;
  /** 1 for the first attempt. */
  attempt: number;
  status: number | undefined;
  durationMs: number;
  /** The failure's code (`METRONOME_TIMEOUT`, ...), when it failed. */
  errorCode: string | undefined;
}

export interface HttpTransportOptions {
  /** `https://api.metronome.com`, or the Local Metronome's URL. A path prefix is kept. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …`, and nowhere else. */
  bearerToken: BearerToken;
  /**
   * How long one attempt may take, from sending to the last byte of the answer.
   * @default 15000
   */
  timeoutMs?: number;
  retry?: RetryPolicyOptions;
  /**
   * Keep-alive connections to Metronome.
   * @default 32
   */
  connections?: number;
  /**
   * How long an idle keep-alive connection is kept open.
   * @default 30000
   */
  keepAliveTimeoutMs?: number;
  /** Told about every attempt, after it ends. */
  onAttempt?: (attempt: UpstreamAttempt) => void;
}

/**
 * The Metronome REST API over HTTP: one keep-alive undici `Pool` per origin, a timeout per attempt, retries
 * for calls that are safe to repeat, an `Idempotency-Key` on every POST write, and typed errors.
 */
export class HttpTransport implements Transport {
  private readonly pool: Pool;
  private readonly pathPrefix: string;
  readonly #bearerToken: BearerToken;
  private readonly timeoutMs: number;
  private readonly retryPolicy: RetryPolicy;
  private readonly onAttempt: ((attempt: UpstreamAttempt) => void) | undefined;

  constructor(options: HttpTransportOptions) {
    const base = new URL(options.baseUrl);
    this.pathPrefix = base.pathname.replace(/\/+$/, '');
    this.pool = new Pool(base.origin, {
      connections: options.connections ?? 32,
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
    });
    this.#bearerToken = options.bearerToken;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.retryPolicy = new RetryPolicy(options.retry);
    this.onAttempt = options.onAttempt;
  }

  async send<T>(request: UpstreamRequest, options: CallOptions = {}): Promise<T> {
    const operation = `${request.method} ${request.template}`;
    const idempotencyKey =
      request.method === 'POST' && request.kind === 'write'
        ? options.idempotencyKey === undefined
          ? randomUUID()
          : options.idempotencyKey
        : null;
    const safeToRepeat = request.kind === 'read' || request.idempotent === true || idempotencyKey !== null;
    const url = this.pathPrefix + request.path + queryString(request.query);
    const headers: Record<string, string> = { authorization: `Bearer ${this.#bearerToken.reveal()}`, accept: 'application/json' };
    let body: string | undefined;
    if (request.method === 'POST') {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.body ?? {});
    }
    if (idempotencyKey !== null) headers['idempotency-key'] = idempotencyKey;

    for (let retriesDone = 0; ; retriesDone++) {
      try {
        return (await this.attempt(operation, retriesDone + 1, { method: request.method, url, headers, body }, options)) as T;
      } catch (error) {
        if (options.signal?.aborted) throw error;
        const decision = this.retryPolicy.decide(error, retriesDone, safeToRepeat, options.maxRetries);
        if (!decision.retry) throw error;
        await sleep(decision.delayMs, undefined, options.signal ? { signal: options.signal } : undefined);
      }
    }
  }

  /** Closes the keep-alive connections; calls in flight finish first. */
  close(): Promise<void> {
    return this.pool.close();
  }

  private async attempt(
    operation: string,
    attempt: number,
    http: { method: string; url: string; headers: Record<string, string>; body: string | undefined },
    options: CallOptions,
  ): Promise<unknown> {
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;
    const started = performance.now();
    let status: number | undefined;
    try {
      const response = await this.pool.request({
        method: http.method as 'GET',
        path: http.url,
        headers: http.headers,
        body: http.body,
        signal,
      });
      status = response.statusCode;
      const text = await response.body.text();
      if (status >= 200 && status < 300) {
        const body: unknown = text === '' ? undefined : JSON.parse(text);
        this.onAttempt?.({ operation, attempt, status, durationMs: performance.now() - started, errorCode: undefined });
        return body;
      }
      const headers = headerRecord(response.headers);
      throw apiErrorFor(operation, {
        status,
        upstreamMessage: upstreamMessage(text),
        requestId: headers['x-request-id'],
        headers,
        retryAfterMs: requestedRetryDelayMs(headers),
      });
    } catch (error) {
      const failure = this.classify(error, operation, timeout.signal.aborted, timeoutMs, options.signal);
      this.onAttempt?.({
        operation,
        attempt,
        status,
        durationMs: performance.now() - started,
        errorCode: failure instanceof MetronomeError ? failure.code : 'ABORTED',
      });
      throw failure;
    } finally {
      clearTimeout(timer);
    }
  }

  private classify(
    error: unknown,
    operation: string,
    timedOut: boolean,
    timeoutMs: number,
    callerSignal: AbortSignal | undefined,
  ): unknown {
    if (error instanceof MetronomeError) return error;
    if (timedOut) return new MetronomeTimeoutError(operation, timeoutMs);
    if (callerSignal?.aborted) return callerSignal.reason ?? error;
    // undici's own errors name the socket, never the request headers; the message is ours regardless.
    const code = (error as { code?: unknown }).code;
    return new MetronomeConnectionError(
      `${operation} failed: no response from Metronome${typeof code === 'string' ? ` (${code})` : ''}`,
      operation,
      { cause: error },
    );
  }
}

function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function headerRecord(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) record[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return record;
}

function upstreamMessage(text: string): string {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && typeof (parsed as { message?: unknown }).message === 'string')
      return (parsed as { message: string }).message;
  } catch {
    // not JSON: the raw text is the message
  }
  return text.slice(0, 500);
}
