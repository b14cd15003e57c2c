import type { FastifyRequest } from 'fastify';
import { BadRequestError, UnauthorizedError } from '../http/api-error.js';
import type { FaultRuleInput } from '../http/faults.js';
import type { LocalMetronome } from '../server.js';
import { createCreditType } from '../store/credit-types.js';
import { registerWebhookControlRoutes } from '../webhooks/control-routes.js';

/**
 * Control endpoints under `/_local/`, outside the Metronome contract, for tests, demos and benchmarks. They take
 * the same bearer token as `/v1`.
 *
 * - `GET /_local/clock` → `{now, frozen}`; `POST /_local/clock` `{now?, advance_ms?, frozen?}` sets or moves it.
 * - `GET /_local/requests` → `{total, counts: {"GET /v1/customers": 3}, requests: [...]}`; `DELETE` clears it.
 * - `POST /_local/reset` `{seed?: "demo" | "none"}` empties the database (and reloads demo data).
 * - `GET|POST|DELETE /_local/faults`: list, add (`FaultRuleInput`), clear injected faults.
 * - `GET|POST /_local/latency` `{latency_ms, jitter_ms}`: the simulated round trip.
 * - `POST /_local/credit-types` `{name, is_currency?}`: adds a pricing unit (the API has no endpoint for it).
 */
export function registerControlRoutes(local: LocalMetronome): void {
  const { app } = local;

  app.register(
    async (control) => {
      control.addHook('onRequest', async (request: FastifyRequest) => {
        if (request.headers.authorization !== `Bearer ${local.bearerToken}`) throw new UnauthorizedError();
      });

      control.get('/clock', async () => ({ now: local.clock.now().toISOString(), frozen: local.clock.frozen }));
      control.post('/clock', async (request) => {
        const body = (request.body ?? {}) as { now?: string; advance_ms?: number; frozen?: boolean; real_time?: boolean };
        if (body.real_time) local.clock.reset();
        else if (body.now !== undefined) {
          const instant = new Date(body.now);
          if (Number.isNaN(instant.getTime())) throw new BadRequestError('now must be an RFC 3339 timestamp');
          local.clock.set(instant, { frozen: body.frozen ?? local.clock.frozen });
        } else if (body.advance_ms !== undefined) {
          if (typeof body.advance_ms !== 'number' || body.advance_ms < 0)
            throw new BadRequestError('advance_ms must be a non-negative number');
          local.clock.advance(body.advance_ms);
        } else if (body.frozen !== undefined) {
          local.clock.set(local.clock.now(), { frozen: body.frozen });
        } else throw new BadRequestError('Give now, advance_ms, frozen or real_time');
        return { now: local.clock.now().toISOString(), frozen: local.clock.frozen };
      });

      control.get('/requests', async () => local.requestLog.snapshot());
      control.delete('/requests', async () => {
        local.requestLog.clear();
        return {};
      });

      control.post('/reset', async (request) => {
        const seed = ((request.body ?? {}) as { seed?: 'demo' | 'none' }).seed ?? 'none';
        if (seed !== 'demo' && seed !== 'none') throw new BadRequestError('seed must be demo or none');
        await local.reset(seed);
        return {};
      });

      control.get('/faults', async () => ({ data: local.faults.list() }));
      control.post('/faults', async (request) => ({ data: local.faults.add((request.body ?? {}) as FaultRuleInput) }));
      control.delete('/faults', async () => {
        local.faults.clear();
        return {};
      });

      control.get('/latency', async () => ({ latency_ms: local.latency.latencyMs, jitter_ms: local.latency.jitterMs }));
      control.post('/latency', async (request) => {
        const body = (request.body ?? {}) as { latency_ms?: number; jitter_ms?: number };
        for (const [name, value] of Object.entries(body))
          if (typeof value !== 'number' || value < 0) throw new BadRequestError(`${name} must be a non-negative number`);
        local.latency.latencyMs = body.latency_ms ?? local.latency.latencyMs;
        local.latency.jitterMs = body.jitter_ms ?? local.latency.jitterMs;
        return { latency_ms: local.latency.latencyMs, jitter_ms: local.latency.jitterMs };
      });

      registerWebhookControlRoutes(control, local);

      control.post('/credit-types', async (request) => {
        const body = (request.body ?? {}) as { name?: string; is_currency?: boolean };
        if (typeof body.name !== 'string' || body.name === '') throw new BadRequestError('name is required');
        return { data: createCreditType(local.db, body.name, body.is_currency ?? false) };
      });
    },
    { prefix: '/_local' },
  );
}
