import { beforeAll, describe, expect, it } from 'vitest';
import { CustomersPageDocument, type CustomersPageQuery } from './__generated__/graphql.js';
import { create } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;
const names = Array.from({ length: 250 }, (_, i) => `Customer ${String(i + 1).padStart(3, '0')}`);
let createdIds: string[] = [];

beforeAll(async () => {
  await server.local.reset();
  createdIds = [];
  for (const name of names) createdIds.push(await create(server.api, '/v1/customers', { name }));
});

describe('customers connection', () => {
  it('walks all 250 customers in pages of 100 with one upstream call per page', async () => {
    await harness.resetUpstreamCounts();
    const seen: string[] = [];
    const pages: { size: number; hasNextPage: boolean }[] = [];
    let after: string | null = null;
    do {
      const { body } = await harness.execute(CustomersPageDocument, { first: 100, after });
      const connection: CustomersPageQuery['customers'] = body.data!.customers;
      seen.push(...connection.edges.map((edge) => edge.node.metronomeId));
      pages.push({ size: connection.edges.length, hasNextPage: connection.pageInfo.hasNextPage });
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor! : null;
    } while (after);
    expect(pages).toEqual([
      { size: 100, hasNextPage: true },
      { size: 100, hasNextPage: true },
      { size: 50, hasNextPage: false },
    ]);
    expect(seen).toEqual(createdIds);
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 3 });
  });

  it('clamps first to the endpoint’s maximum of 100', async () => {
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomersPageDocument, { first: 500 });
    expect(body.data!.customers.edges).toHaveLength(100);
    const [request] = (await server.api('GET', '/_local/requests')).body.requests;
    expect(request.url).toBe('/v1/customers?limit=100');
  });

  it('returns 20 customers when first is not given', async () => {
    const { body } = await harness.execute(CustomersPageDocument, {});
    expect(body.data!.customers.edges.map((e) => e.node.name)).toEqual(names.slice(0, 20));
  });

  it('resumes after any edge’s cursor, not only the last one', async () => {
    const first = await harness.execute(CustomersPageDocument, { first: 10 });
    const fourth = first.body.data!.customers.edges[3]!;
    const next = await harness.execute(CustomersPageDocument, { first: 3, after: fourth.cursor });
    expect(next.body.data!.customers.edges.map((e) => e.node.name)).toEqual(names.slice(4, 7));
    expect(next.body.data!.customers.pageInfo.hasPreviousPage).toBe(false);
  });

  it('crosses upstream pages to fill a GraphQL page that starts mid-page', async () => {
    const first = await harness.execute(CustomersPageDocument, { first: 90 });
    await harness.resetUpstreamCounts();
    const after = first.body.data!.customers.edges[84]!.cursor;
    const next = await harness.execute(CustomersPageDocument, { first: 20, after });
    expect(next.body.data!.customers.edges.map((e) => e.node.name)).toEqual(names.slice(85, 105));
    const urls = (await server.api('GET', '/_local/requests')).body.requests.map((r: { url: string }) => r.url.split('&')[0]);
    expect(urls).toEqual(['/v1/customers?limit=90', '/v1/customers?limit=20']);
  });

  it('answers an empty page for first: 0 without calling Metronome', async () => {
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomersPageDocument, { first: 0 });
    expect(body.data!.customers).toEqual({
      edges: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
    expect(await harness.upstreamCounts()).toEqual({});
  });

  it('rejects a cursor it did not issue with BAD_USER_INPUT', async () => {
    const { body } = await harness.execute(CustomersPageDocument, { first: 5, after: 'bogus' });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => [e.message, e.extensions?.code, e.path])).toEqual([
      ['after is not a cursor of this connection', 'BAD_USER_INPUT', ['customers']],
    ]);
  });

  it('rejects a negative first with BAD_USER_INPUT', async () => {
    const { body } = await harness.execute(CustomersPageDocument, { first: -1 });
    expect(body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['first must be a non-negative integer', 'BAD_USER_INPUT'],
    ]);
  });
});

describe('following endCursor', () => {
  it('resumes at the next upstream page itself when a page ended on an upstream page boundary', async () => {
    const first = await harness.execute(CustomersPageDocument, { first: 90 });
    await harness.resetUpstreamCounts();
    const next = await harness.execute(CustomersPageDocument, { first: 20, after: first.body.data!.customers.pageInfo.endCursor });
    expect(next.body.data!.customers.edges.map((e) => e.node.name)).toEqual(names.slice(90, 110));
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 1 });
  });
});
