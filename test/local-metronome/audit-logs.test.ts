import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalMetronome } from '../support/local-metronome.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);

async function at(instant: string) {
  await api('POST', '/_local/clock', { body: { now: instant, frozen: true } });
}

async function createCustomer(name: string): Promise<string> {
  return (await api('POST', '/v1/customers', { body: { name } })).body.data.id;
}

let first: string;
let second: string;
let third: string;

beforeEach(async () => {
  await server.local.reset();
  await at('2025-01-01T10:00:00Z');
  first = await createCustomer('First');
  await at('2025-01-02T10:00:00Z');
  second = await createCustomer('Second');
  await at('2025-01-03T10:00:00Z');
  third = await createCustomer('Third');
});

const resources = (body: { data: { resource_id: string }[] }) => body.data.map((entry) => entry.resource_id);

describe('GET /v1/auditLogs', () => {
  it('records each write with its action, resource, status, actor and request id', async () => {
    const response = await api('GET', '/v1/auditLogs', { query: { limit: 1 } });
    expect(response.body.data).toEqual([
      {
        id: expect.any(String),
        timestamp: '2025-01-01T10:00:00.000Z',
        actor: { id: 'local-api-token', name: 'Local API token', email: 'api@local.metronome' },
        request: { id: expect.any(String), ip: '127.0.0.1', user_agent: 'node' },
        resource_type: 'customer',
        resource_id: first,
        action: 'create',
        status: 'success',
        description: `create customer ${first}`,
      },
    ]);
  });

  it('records a rejected write as a failure', async () => {
    await api('POST', '/v1/customers/archive', { body: { id: '00000000-0000-4000-8000-000000000000' } });
    const response = await api('GET', '/v1/auditLogs', { query: { sort: 'date_desc', limit: 1 } });
    expect(response.body.data[0]).toMatchObject({ action: 'archive', status: 'failure', resource_id: '00000000-0000-4000-8000-000000000000' });
  });

  it('pages in timestamp order and always returns a token to resume from', async () => {
    const page1 = await api('GET', '/v1/auditLogs', { query: { limit: 2 } });
    const page2 = await api('GET', '/v1/auditLogs', { query: { limit: 2, next_page: page1.body.next_page } });
    const page3 = await api('GET', '/v1/auditLogs', { query: { limit: 2, next_page: page2.body.next_page } });
    expect([resources(page1.body), resources(page2.body), resources(page3.body)]).toEqual([[first, second], [third], []]);
    expect(page3.body.next_page).toEqual(expect.any(String));
  });

  it('resumes from the last token to return entries logged since', async () => {
    const caughtUp = await api('GET', '/v1/auditLogs', { query: { limit: 10 } });
    const fourth = await createCustomer('Fourth');
    const since = await api('GET', '/v1/auditLogs', { query: { next_page: caughtUp.body.next_page } });
    expect(resources(since.body)).toEqual([fourth]);
  });

  it('sorts newest first with date_desc, and keeps that order on the next page', async () => {
    const page1 = await api('GET', '/v1/auditLogs', { query: { sort: 'date_desc', limit: 2 } });
    const page2 = await api('GET', '/v1/auditLogs', { query: { limit: 2, next_page: page1.body.next_page } });
    expect([resources(page1.body), resources(page2.body)]).toEqual([[third, second], [first]]);
  });

  it('keeps to the date range on every page of the walk', async () => {
    const page1 = await api('GET', '/v1/auditLogs', {
      query: { starting_on: '2025-01-01T00:00:00Z', ending_before: '2025-01-03T00:00:00Z', limit: 1 },
    });
    const page2 = await api('GET', '/v1/auditLogs', { query: { limit: 1, next_page: page1.body.next_page } });
    const page3 = await api('GET', '/v1/auditLogs', { query: { limit: 1, next_page: page2.body.next_page } });
    expect([resources(page1.body), resources(page2.body), resources(page3.body)]).toEqual([[first], [second], []]);
  });

  it('filters by resource type and id together', async () => {
    await api('POST', '/v1/customers/archive', { body: { id: second } });
    const response = await api('GET', '/v1/auditLogs', { query: { resource_type: 'customer', resource_id: second } });
    expect(response.body.data.map((e: { action: string }) => e.action)).toEqual(['create', 'archive']);
  });

  it('answers 400 for a date range together with next_page', async () => {
    const page1 = await api('GET', '/v1/auditLogs', { query: { limit: 1 } });
    const response = await api('GET', '/v1/auditLogs', { query: { next_page: page1.body.next_page, starting_on: '2025-01-01T00:00:00Z' } });
    expect([response.status, response.body]).toEqual([400, { message: 'starting_on cannot be used with next_page' }]);
  });

  it('answers 400 for a resource id without its type', async () => {
    const response = await api('GET', '/v1/auditLogs', { query: { resource_id: first } });
    expect([response.status, response.body]).toEqual([400, { message: 'resource_type is required when resource_id is given' }]);
  });
});
