import { beforeEach, describe, expect, it } from 'vitest';
import { ArchiveBillableMetricDocument, BillableMetricNamesDocument, CreateBillableMetricDocument } from './__generated__/graphql.js';
import { create } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const NOW = '2025-05-01T00:00:00.000Z';

beforeEach(async () => {
  await server.local.reset();
  await server.api('POST', '/_local/clock', { body: { now: NOW, frozen: true } });
});

const TOKENS = {
  name: 'Tokens',
  aggregationType: 'SUM' as const,
  aggregationKey: 'tokens',
  eventTypeFilter: { inValues: ['completion'] },
  propertyFilters: [
    { name: 'tokens', exists: true },
    { name: 'model', inValues: ['small', 'large'] },
  ],
  groupKeys: [['model']],
};

describe('createBillableMetric', () => {
  it('creates a billable metric and answers it as Metronome stored it', async () => {
    await server.api('POST', '/v1/customFields/addKey', { body: { entity: 'billable_metric', key: 'team', enforce_uniqueness: false } });
    const { body } = await harness.execute(CreateBillableMetricDocument, { input: { ...TOKENS, customFields: { team: 'ml' } } });
    expect(body.errors).toBeUndefined();
    const id = body.data!.createBillableMetric.metronomeId;
    expect(body.data!.createBillableMetric).toEqual({
      id: Buffer.from(`BillableMetric:${id}`).toString('base64'),
      metronomeId: id,
      name: 'Tokens',
      aggregationType: 'SUM',
      aggregationKey: 'tokens',
      eventTypeFilter: { in_values: ['completion'] },
      propertyFilters: [
        { name: 'tokens', exists: true },
        { name: 'model', in_values: ['small', 'large'] },
      ],
      groupKeys: [['model']],
      sql: null,
      customFields: { team: 'ml' },
      archivedAt: null,
    });
    expect((await server.api('GET', `/v1/billable-metrics/${id}`)).body.data.name).toBe('Tokens');
  });

  it('creates once when the same idempotency key is sent twice', async () => {
    const variables = { input: TOKENS, idempotencyKey: 'tokens-metric-1' };
    const first = await harness.execute(CreateBillableMetricDocument, variables);
    const second = await harness.execute(CreateBillableMetricDocument, variables);
    expect(second.body.data!.createBillableMetric.metronomeId).toBe(first.body.data!.createBillableMetric.metronomeId);
    expect((await server.api('GET', '/v1/billable-metrics')).body.data).toHaveLength(1);
  });

  it('answers BAD_USER_INPUT with Metronome’s reason when sql comes with an aggregation', async () => {
    const { body } = await harness.execute(CreateBillableMetricDocument, {
      input: { name: 'Mixed', sql: 'SELECT count(*) FROM events', aggregationType: 'COUNT' },
    });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'sql is mutually exclusive with aggregation_type'],
    ]);
  });
});

describe('archiveBillableMetric', () => {
  it('archives a metric, which then lists only with includeArchived', async () => {
    const tokens = await create(server.api, '/v1/billable-metrics/create', { name: 'Tokens', aggregation_type: 'COUNT' });
    const seats = await create(server.api, '/v1/billable-metrics/create', { name: 'Seats', aggregation_type: 'COUNT' });
    const { body } = await harness.execute(ArchiveBillableMetricDocument, { billableMetricId: tokens });
    expect(body).toEqual({ data: { archiveBillableMetric: { metronomeId: tokens, name: 'Tokens', archivedAt: NOW } } });
    const active = await harness.execute(BillableMetricNamesDocument, {});
    const all = await harness.execute(BillableMetricNamesDocument, { includeArchived: true });
    expect(active.body.data!.billableMetrics.nodes).toEqual([{ metronomeId: seats, name: 'Seats', archivedAt: null }]);
    expect(all.body.data!.billableMetrics.nodes).toEqual([
      { metronomeId: tokens, name: 'Tokens', archivedAt: NOW },
      { metronomeId: seats, name: 'Seats', archivedAt: null },
    ]);
  });

  it('answers NOT_FOUND for a metric that does not exist', async () => {
    const { body } = await harness.execute(ArchiveBillableMetricDocument, { billableMetricId: '00000000-0000-4000-8000-000000000000' });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
