import { beforeEach, describe, expect, it } from 'vitest';
import { AuditLogsDocument, ServicesDocument } from './__generated__/graphql.js';
import { create } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const T1 = '2025-05-01T00:00:00.000Z';
const T2 = '2025-05-02T00:00:00.000Z';
const T3 = '2025-05-03T00:00:00.000Z';
const MISSING = '00000000-0000-4000-8000-000000000000';

beforeEach(async () => {
  await server.local.reset();
  await setClock(T1);
});

async function setClock(now: string) {
  await server.api('POST', '/_local/clock', { body: { now, frozen: true } });
}

/** The entries as the REST API lists them, in the graph's shape. */
async function restEntries(query: Record<string, string> = {}) {
  const { body } = await server.api('GET', '/v1/auditLogs', { query });
  return body.data.map((log: any) => ({
    metronomeId: log.id,
    timestamp: log.timestamp,
    action: log.action,
    description: log.description,
    resourceType: log.resource_type,
    resourceId: log.resource_id ?? null,
    status: log.status,
    actor: { metronomeId: log.actor.id, name: log.actor.name, email: log.actor.email ?? null },
    request: { metronomeId: log.request.id, ip: log.request.ip ?? null, userAgent: log.request.user_agent ?? null },
  }));
}

/** Five entries: a customer created and renamed, a failed archive, a billable metric created and archived. */
async function fiveEntries() {
  const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
  await server.api('POST', `/v1/customers/${customerId}/setName`, { body: { name: 'Acme Inc.' } });
  await server.api('POST', '/v1/customers/archive', { body: { id: MISSING } });
  const metricId = await create(server.api, '/v1/billable-metrics/create', { name: 'Seats', aggregation_type: 'COUNT' });
  await server.api('POST', '/v1/billable-metrics/archive', { body: { id: metricId } });
  return { customerId, metricId };
}

async function walk(variables: Parameters<typeof harness.execute<any, any>>[1]) {
  const pages: { actions: (string | null)[]; hasNextPage: boolean }[] = [];
  let after: string | undefined;
  let endCursor: string | null = null;
  do {
    const { body } = await harness.execute(AuditLogsDocument, { ...variables, after });
    expect(body.errors).toBeUndefined();
    const { nodes, pageInfo } = body.data!.auditLogs;
    pages.push({ actions: nodes.map((n) => `${n.resourceType}.${n.action}`), hasNextPage: pageInfo.hasNextPage });
    endCursor = pageInfo.endCursor ?? endCursor;
    after = pageInfo.hasNextPage ? pageInfo.endCursor! : undefined;
  } while (after);
  return { pages, endCursor };
}

describe('Query.auditLogs', () => {
  it('lists every entry oldest first, with its resource, action, status, actor and request', async () => {
    const { customerId, metricId } = await fiveEntries();
    const { body } = await harness.execute(AuditLogsDocument, { first: 10 });
    expect(body.errors).toBeUndefined();
    expect(body.data!.auditLogs.nodes).toEqual(await restEntries());
    expect(body.data!.auditLogs.nodes.map((n) => [n.resourceType, n.resourceId, n.action, n.status, n.timestamp])).toEqual([
      ['customer', customerId, 'create', 'success', T1],
      ['customer', customerId, 'setName', 'success', T1],
      ['customer', MISSING, 'archive', 'failure', T1],
      ['billable_metric', metricId, 'create', 'success', T1],
      ['billable_metric', metricId, 'archive', 'success', T1],
    ]);
    expect(body.data!.auditLogs.nodes[0]!.actor).toEqual({ metronomeId: 'local-api-token', name: 'Local API token', email: 'api@local.metronome' });
  });

  it('pages forward and ends at the first short page, although Metronome always returns a token', async () => {
    await fiveEntries();
    await harness.resetUpstreamCounts();
    const { pages } = await walk({ first: 2 });
    expect(pages).toEqual([
      { actions: ['customer.create', 'customer.setName'], hasNextPage: true },
      { actions: ['customer.archive', 'billable_metric.create'], hasNextPage: true },
      { actions: ['billable_metric.archive'], hasNextPage: false },
    ]);
    // The last page is short of the limit: the walk has caught up with the log and asks no more.
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/auditLogs': 3 });
  });

  it('returns the entries logged since when asked again after the last cursor', async () => {
    await fiveEntries();
    const { endCursor } = await walk({ first: 10 });
    await create(server.api, '/v1/customers', { name: 'Later' });
    const { body } = await harness.execute(AuditLogsDocument, { first: 10, after: endCursor });
    expect(body.data!.auditLogs.nodes.map((n) => `${n.resourceType}.${n.action}`)).toEqual(['customer.create']);
    expect(body.data!.auditLogs.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by resource and sorts newest first', async () => {
    const { metricId } = await fiveEntries();
    const { body } = await harness.execute(AuditLogsDocument, { resourceType: 'billable_metric', resourceId: metricId, sort: 'date_desc' });
    expect(body.data!.auditLogs.nodes.map((n) => n.action)).toEqual(['archive', 'create']);
    const [call] = (await server.api('GET', '/_local/requests')).body.requests.filter((r: { url: string }) => r.url.startsWith('/v1/auditLogs'));
    expect(call.url).toBe(`/v1/auditLogs?limit=20&sort=date_desc&resource_type=billable_metric&resource_id=${metricId}`);
  });

  it('keeps to the date range on later pages, whose calls carry only the token', async () => {
    await create(server.api, '/v1/customers', { name: 'Day 1' });
    await setClock(T2);
    for (const name of ['Day 2 a', 'Day 2 b', 'Day 2 c']) await create(server.api, '/v1/customers', { name });
    await setClock(T3);
    await create(server.api, '/v1/customers', { name: 'Day 3' });
    await server.api('DELETE', '/_local/requests');
    const { body } = await harness.execute(AuditLogsDocument, { first: 2, startingOn: T2, endingBefore: T3 });
    const second = await harness.execute(AuditLogsDocument, {
      first: 2,
      startingOn: T2,
      endingBefore: T3,
      after: body.data!.auditLogs.pageInfo.endCursor,
    });
    expect([body.data!.auditLogs, second.body.data!.auditLogs].map((page) => [page.nodes.map((n) => n.timestamp), page.pageInfo.hasNextPage])).toEqual([
      [[T2, T2], true],
      [[T2], false],
    ]);
    const urls = (await server.api('GET', '/_local/requests')).body.requests.map((r: { url: string }) => r.url);
    expect(urls.map((url: string) => url.replace(/next_page=[^&]+/, 'next_page=…'))).toEqual([
      `/v1/auditLogs?limit=2&starting_on=${encodeURIComponent(T2)}&ending_before=${encodeURIComponent(T3)}`,
      '/v1/auditLogs?limit=2&next_page=…',
    ]);
  });
});

describe('Query.services', () => {
  it('lists Metronome’s services and their addresses', async () => {
    const { body } = await harness.execute(ServicesDocument, {});
    expect(body).toEqual({
      data: {
        services: [
          { name: 'api', usage: 'accepts_connections_at', ips: ['127.0.0.1', '::1'] },
          { name: 'webhooks', usage: 'makes_connections_from', ips: ['127.0.0.1', '::1'] },
        ],
      },
    });
  });
});
