import { createHash, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { DEFAULT_BEARER_TOKEN, DEFAULT_WEBHOOK_SECRET, type LocalMetronomeOptions } from './config.js';
import { startAlerting } from './alerts/alerting.js';
import { registerControlRoutes } from './control/routes.js';
import { registerDashboardPages } from './dashboards/pages.js';
import { ApiError, BadRequestError, PayloadTooLargeError, UnauthorizedError } from './http/api-error.js';
import { ContractValidator, type OperationKey } from './http/contract.js';
import { FaultInjector, latencyDelay, type LatencySettings } from './http/faults.js';
import { IdempotencyStore, requestFingerprint, type StoredResponse } from './http/idempotency.js';
import { RequestLog } from './http/request-log.js';
import type { LocalEventBus, LocalEvents, RequestContext, RouteDefinition } from './http/route.js';
import { domains } from './routes/index.js';
import { seedDemoData } from './seed/demo.js';
import { appendAuditEntry } from './store/audit-log.js';
import { Clock } from './store/clock.js';
import { clearDatabase, openDatabase, type Db } from './store/database.js';
import { ensureBaseCreditTypes } from './store/credit-types.js';

export interface LocalMetronome {
  /** The base URL once started, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly bearerToken: string;
  readonly webhookSecret: string;
  /** Signs embeddable dashboard URLs and marks the Local Metronome's requests to itself. */
  readonly signingSecret: string;
  readonly db: Db;
  readonly clock: Clock;
  readonly events: LocalEventBus;
  readonly requestLog: RequestLog;
  readonly faults: FaultInjector;
  readonly latency: LatencySettings;
  /** The Fastify app; `app.inject()` runs a request in process. */
  readonly app: FastifyInstance;
  start(port?: number, host?: string): Promise<string>;
  /** Empties the database; `seed: 'demo'` loads the demo data again. */
  reset(seed?: 'demo' | 'none'): Promise<void>;
  stop(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/** Marks a request the Local Metronome makes to itself; its value is the signing secret. */
export const INTERNAL_REQUEST_HEADER = 'x-local-metronome-internal';

function operationPath(template: string): string {
  return template.replace(/\{(\w+)\}/g, ':$1');
}

function send(reply: FastifyReply, response: StoredResponse): FastifyReply {
  reply.code(response.status);
  return response.body === undefined ? reply.send() : reply.send(response.body);
}

/**
 * Builds a Local Metronome: a stateful, SQLite-backed implementation of the Metronome REST API. Nothing listens
 * until `start()`.
 */
export async function createLocalMetronome(options: LocalMetronomeOptions = {}): Promise<LocalMetronome> {
  const bearerToken = options.bearerToken ?? DEFAULT_BEARER_TOKEN;
  const webhookSecret = options.webhookSecret ?? DEFAULT_WEBHOOK_SECRET;
  const db = openDatabase(options.dbPath ?? ':memory:', domains.flatMap((d) => d.schemas ?? []));
  ensureBaseCreditTypes(db);
  const clock = new Clock();
  const events: LocalEventBus = new EventEmitter();
  const requestLog = new RequestLog();
  const faults = new FaultInjector();
  const latency: LatencySettings = { latencyMs: options.latencyMs ?? 0, jitterMs: options.latencyJitterMs ?? 0 };
  const validator = new ContractValidator();
  const signingSecret = createHash('sha256').update(`local-metronome-signing:${bearerToken}`).digest('hex');
  const idempotency = new IdempotencyStore(db);

  const app = Fastify({
    logger: options.logRequests ?? false,
    bodyLimit: options.bodyLimitBytes ?? 4 * 1024 * 1024,
    genReqId: () => randomUUID(),
    // Path segments are matched exactly as the contract spells them.
    routerOptions: { ignoreTrailingSlash: true },
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, _request, reply) => {
    if (error instanceof ApiError) return reply.code(error.status).send(error.body);
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.code(413).send({ message: new PayloadTooLargeError('Request body is too large').message });
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
      return reply.code(error.statusCode === 415 ? 400 : error.statusCode).send({ message: error.message });
    reply.log.error(error);
    return reply.code(500).send({ message: 'Internal server error' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ message: `No route for ${request.method} ${request.url.split('?')[0]}` });
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });

  const serve = async (route: RouteDefinition, request: FastifyRequest, reply: FastifyReply) => {
    const operation = route.operation;
    // The Local Metronome's own reads (dashboard pages) are not upstream calls anyone should count.
    if (request.headers[INTERNAL_REQUEST_HEADER] !== signingSecret) {
      const logged = requestLog.record({
        operation,
        method: request.method,
        url: request.url,
        body: request.body,
        at: new Date().toISOString(),
      });
      reply.raw.on('finish', () => (logged.status = reply.statusCode));
    }

    const authorization = request.headers.authorization;
    if (authorization !== `Bearer ${bearerToken}`)
      throw new UnauthorizedError(authorization ? 'Invalid bearer token' : 'Missing Authorization: Bearer <token> header');

    if (latency.latencyMs || latency.jitterMs) await sleep(latencyDelay(latency));

    const fault = faults.take(operation);
    if (fault?.kind === 'drop') return reply.hijack(), request.raw.socket.destroy();
    if (fault?.kind === 'error') return reply.code(fault.status).send({ message: `Injected fault: ${fault.status}` });
    if (fault?.kind === 'rate_limit')
      return reply
        .code(429)
        .header('retry-after', String(fault.retry_after_seconds))
        .send({ message: 'Too many requests' });

    const validated = validator.validate(operation, {
      params: request.params as Record<string, string>,
      query: request.query as Record<string, string | string[]>,
      body: request.body,
    });

    const now = clock.now();
    const idempotencyKey = request.method === 'POST' && route.kind === 'write' ? request.headers['idempotency-key'] : undefined;
    const key = typeof idempotencyKey === 'string' && idempotencyKey !== '' ? idempotencyKey : undefined;
    const fingerprint = key ? requestFingerprint(operation, validated.params, validated.body) : '';
    if (key) {
      const replay = idempotency.lookup(key, fingerprint, now.getTime());
      if (replay) return send(reply.header('idempotent-replayed', 'true'), replay);
    }

    const afterCommit: (() => void)[] = [];
    const ctx: RequestContext = {
      ...validated,
      db,
      clock,
      now,
      requestId: request.id,
      publicUrl: options.publicUrl ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`,
      signingSecret,
      afterCommit: (task) => afterCommit.push(task),
      emit: <E extends keyof LocalEvents>(event: E, ...args: LocalEvents[E]) =>
        afterCommit.push(() => (events.emit as (e: E, ...a: LocalEvents[E]) => boolean)(event, ...args)),
    };
    const auditRequest = { id: request.id, ip: request.ip, user_agent: request.headers['user-agent'] ?? '' };
    const audit = (result: unknown, status: 'success' | 'failure') => {
      if (!route.audit) return;
      const body = validated.body as Record<string, unknown> | undefined;
      const resourceId =
        route.audit.resourceId?.(ctx, result) ??
        ((result as { data?: { id?: unknown } } | undefined)?.data?.id as string | undefined) ??
        (body?.id as string | undefined) ??
        ((validated.params.customer_id ?? body?.customer_id) as string | undefined);
      appendAuditEntry(db, {
        timestamp: now,
        action: route.audit.action,
        resourceType: route.audit.resourceType,
        resourceId: typeof resourceId === 'string' ? resourceId : undefined,
        status,
        request: auditRequest,
      });
    };

    let response: StoredResponse;
    try {
      response = db.transaction((): StoredResponse => {
        const body = route.handle(ctx);
        if (route.kind === 'write') audit(body, 'success');
        const result = { status: 200, body };
        if (key) idempotency.save(key, fingerprint, result, now.getTime());
        return result;
      })();
    } catch (error) {
      if (error instanceof ApiError && route.kind === 'write') {
        const failed = { status: error.status, body: error.body };
        db.transaction(() => {
          audit(undefined, 'failure');
          if (key) idempotency.save(key, fingerprint, failed, now.getTime());
        })();
      }
      throw error;
    }
    for (const task of afterCommit) task();

    if (fault?.kind === 'drop_after_commit') return reply.hijack(), request.raw.socket.destroy();
    if (fault?.kind === 'fail_after_commit')
      return reply.code(fault.status).send({ message: `Injected fault after commit: ${fault.status}` });
    return send(reply, response);
  };

  const served = new Set<OperationKey>();
  for (const route of domains.flatMap((d) => d.routes)) {
    if (!validator.has(route.operation)) throw new Error(`Route ${route.operation} is not in the contract`);
    if (served.has(route.operation)) throw new Error(`Route ${route.operation} is defined twice`);
    served.add(route.operation);
    const [method, path] = route.operation.split(' ') as [string, string];
    app.route({
      method: method as 'GET',
      url: operationPath(path),
      handler: (request, reply) => serve(route, request, reply),
    });
  }
  // An empty JSON body on a POST is treated as `{}` rather than a parse error, as the real API does.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = (body as string).trim();
    if (text === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new BadRequestError('Request body is not valid JSON'), undefined);
    }
  });

  let url = '';
  const local: LocalMetronome = {
    get url() {
      if (!url) throw new Error('The Local Metronome has not been started');
      return url;
    },
    bearerToken,
    webhookSecret,
    signingSecret,
    db,
    clock,
    events,
    requestLog,
    faults,
    latency,
    app,
    async start(port = 0, host = '127.0.0.1') {
      await app.listen({ port, host });
      const address = app.server.address();
      if (!address || typeof address === 'string') throw new Error('Local Metronome did not bind a TCP port');
      url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
      return url;
    },
    async reset(seed = 'none') {
      clearDatabase(db);
      ensureBaseCreditTypes(db);
      clock.reset();
      faults.clear();
      if (seed === 'demo') await seedDemoData(local);
      requestLog.clear();
    },
    async stop() {
      await alerting.stop();
      await app.close();
      db.close();
    },
    [Symbol.asyncDispose]() {
      return this.stop();
    },
  };

  registerControlRoutes(local);
  registerDashboardPages(local);
  const alerting = startAlerting(local, options);
  await app.ready();
  const isEmpty = (db.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number) === 0;
  if (options.seed === 'demo' && isEmpty) {
    await seedDemoData(local);
    requestLog.clear();
  }
  return local;
}

