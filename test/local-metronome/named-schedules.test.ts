import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Collection } from '../../src/local-metronome/store/documents.js';
import { namedScheduleSegments } from '../../src/local-metronome/store/named-schedules.js';
import { OpenApiResponses } from '../support/openapi-responses.js';
import { useLocalMetronome } from '../support/local-metronome.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const JAN = '2025-01-01T00:00:00.000Z';
const FEB = '2025-02-01T00:00:00.000Z';
const MAR = '2025-03-01T00:00:00.000Z';
const APR = '2025-04-01T00:00:00.000Z';
const MAY = '2025-05-01T00:00:00.000Z';

let customerId: string;

beforeEach(async () => {
  await server.local.reset();
  customerId = (await api('POST', '/v1/customers', { body: { name: 'Scheduled' } })).body.data.id;
});

/** Contracts and rate cards are stored by their own domains; these tests place them where those domains keep them. */
function storeContract(ownerId: string): string {
  const id = randomUUID();
  new Collection(server.local.db, 'contract').insert({ id }, ownerId);
  return id;
}
function storeRateCard(): string {
  const id = randomUUID();
  new Collection(server.local.db, 'rate_card').insert({ id });
  return id;
}

const updateCustomer = (body: Record<string, unknown>) =>
  api('POST', '/v1/customers/updateNamedSchedule', { body: { customer_id: customerId, schedule_name: 'tier', ...body } });
const getCustomer = async (body: Record<string, unknown> = {}) =>
  (await api('POST', '/v1/customers/getNamedSchedule', { body: { customer_id: customerId, schedule_name: 'tier', ...body } }))
    .body;

describe('customer named schedules', () => {
  it('answers an empty schedule before anything is set', async () => {
    expect(await getCustomer()).toEqual({ data: [] });
  });

  it('stores a value over a window and answers it as one segment', async () => {
    const response = await updateCustomer({ starting_at: '2025-02-01T00:00:00Z', ending_before: '2025-03-01T00:00:00Z', value: 'gold' });
    expect(response.status).toBe(200);
    expect(response.body).toBeUndefined();
    expect(await getCustomer()).toEqual({ data: [{ starting_at: FEB, ending_before: MAR, value: 'gold' }] });
  });

  it('keeps structured values as given', async () => {
    await updateCustomer({ starting_at: JAN, value: { my_key: 'my_value', limits: [1, 2] } });
    expect(await getCustomer()).toEqual({ data: [{ starting_at: JAN, value: { my_key: 'my_value', limits: [1, 2] } }] });
  });

  it('splits an open-ended segment around a window set inside it', async () => {
    await updateCustomer({ starting_at: JAN, value: 'basic' });
    await updateCustomer({ starting_at: FEB, ending_before: MAR, value: 'gold' });
    expect(await getCustomer()).toEqual({
      data: [
        { starting_at: JAN, ending_before: FEB, value: 'basic' },
        { starting_at: FEB, ending_before: MAR, value: 'gold' },
        { starting_at: MAR, value: 'basic' },
      ],
    });
  });

  it('cuts back the segments a window partly overlaps and replaces those it covers', async () => {
    await updateCustomer({ starting_at: JAN, ending_before: FEB, value: 'a' });
    await updateCustomer({ starting_at: FEB, ending_before: MAR, value: 'b' });
    await updateCustomer({ starting_at: MAR, ending_before: APR, value: 'c' });
    await updateCustomer({ starting_at: '2025-01-15T00:00:00Z', ending_before: '2025-03-15T00:00:00Z', value: 'x' });
    expect(await getCustomer()).toEqual({
      data: [
        { starting_at: JAN, ending_before: '2025-01-15T00:00:00.000Z', value: 'a' },
        { starting_at: '2025-01-15T00:00:00.000Z', ending_before: '2025-03-15T00:00:00.000Z', value: 'x' },
        { starting_at: '2025-03-15T00:00:00.000Z', ending_before: APR, value: 'c' },
      ],
    });
  });

  it('replaces everything from starting_at on when the update has no ending_before', async () => {
    await updateCustomer({ starting_at: JAN, ending_before: MAR, value: 'a' });
    await updateCustomer({ starting_at: APR, ending_before: MAY, value: 'b' });
    await updateCustomer({ starting_at: FEB, value: 'c' });
    expect(await getCustomer()).toEqual({
      data: [
        { starting_at: JAN, ending_before: FEB, value: 'a' },
        { starting_at: FEB, value: 'c' },
      ],
    });
  });

  it('leaves gaps between windows uncovered', async () => {
    await updateCustomer({ starting_at: MAR, ending_before: APR, value: 'later' });
    await updateCustomer({ starting_at: JAN, ending_before: FEB, value: 'earlier' });
    expect(await getCustomer()).toEqual({
      data: [
        { starting_at: JAN, ending_before: FEB, value: 'earlier' },
        { starting_at: MAR, ending_before: APR, value: 'later' },
      ],
    });
    expect(await getCustomer({ covering_date: '2025-02-15T00:00:00Z' })).toEqual({ data: [] });
  });

  it('answers only the segment covering covering_date, with ending_before exclusive', async () => {
    await updateCustomer({ starting_at: JAN, value: 'basic' });
    await updateCustomer({ starting_at: FEB, ending_before: MAR, value: 'gold' });
    expect(await getCustomer({ covering_date: '2025-02-15T00:00:00Z' })).toEqual({
      data: [{ starting_at: FEB, ending_before: MAR, value: 'gold' }],
    });
    expect(await getCustomer({ covering_date: MAR })).toEqual({ data: [{ starting_at: MAR, value: 'basic' }] });
    expect(await getCustomer({ covering_date: '2024-12-31T23:59:59Z' })).toEqual({ data: [] });
  });

  it('keeps schedules of different names and customers apart', async () => {
    const other = (await api('POST', '/v1/customers', { body: { name: 'Other' } })).body.data.id;
    await updateCustomer({ starting_at: JAN, value: 'mine' });
    await updateCustomer({ schedule_name: 'region', starting_at: JAN, value: 'eu' });
    await api('POST', '/v1/customers/updateNamedSchedule', {
      body: { customer_id: other, schedule_name: 'tier', starting_at: JAN, value: 'theirs' },
    });
    expect((await getCustomer()).data).toEqual([{ starting_at: JAN, value: 'mine' }]);
    expect((await getCustomer({ schedule_name: 'region' })).data).toEqual([{ starting_at: JAN, value: 'eu' }]);
  });

  it('answers 400 when ending_before is not after starting_at, and changes nothing', async () => {
    await updateCustomer({ starting_at: JAN, value: 'basic' });
    const response = await updateCustomer({ starting_at: FEB, ending_before: FEB, value: 'gold' });
    expect(response).toMatchObject({ status: 400, body: { message: 'ending_before must be after starting_at' } });
    expect((await getCustomer()).data).toEqual([{ starting_at: JAN, value: 'basic' }]);
  });

  it('answers 400 when value is missing', async () => {
    const response = await updateCustomer({ starting_at: JAN });
    expect(response).toMatchObject({ status: 400, body: { message: 'value is required' } });
  });

  it('answers 404 for an unknown customer', async () => {
    const update = await api('POST', '/v1/customers/updateNamedSchedule', {
      body: { customer_id: UNKNOWN_ID, schedule_name: 'tier', starting_at: JAN, value: 1 },
    });
    expect(update).toMatchObject({ status: 404, body: { message: `Customer not found: ${UNKNOWN_ID}` } });
    const get = await api('POST', '/v1/customers/getNamedSchedule', { body: { customer_id: UNKNOWN_ID, schedule_name: 'tier' } });
    expect(get).toMatchObject({ status: 404, body: { message: `Customer not found: ${UNKNOWN_ID}` } });
  });

  it('records updates in the audit log under the customer', async () => {
    await updateCustomer({ starting_at: JAN, value: 'basic' });
    const log = await api('GET', '/v1/auditLogs', { query: { resource_type: 'customer', resource_id: customerId } });
    expect(log.body.data.map((e: { action: string }) => e.action)).toEqual(['create', 'updateNamedSchedule']);
  });
});

describe('contract named schedules', () => {
  it('stores and splits a contract’s schedule in the shared store, apart from the customer’s', async () => {
    const contractId = storeContract(customerId);
    const update = (body: Record<string, unknown>) =>
      api('POST', '/v1/contracts/updateNamedSchedule', {
        body: { customer_id: customerId, contract_id: contractId, schedule_name: 'tier', ...body },
      });
    expect((await update({ starting_at: JAN, value: 'basic' })).status).toBe(200);
    await update({ starting_at: FEB, ending_before: MAR, value: 'gold' });
    const get = await api('POST', '/v1/contracts/getNamedSchedule', {
      body: { customer_id: customerId, contract_id: contractId, schedule_name: 'tier' },
    });
    expect(get.body).toEqual({
      data: [
        { starting_at: JAN, ending_before: FEB, value: 'basic' },
        { starting_at: FEB, ending_before: MAR, value: 'gold' },
        { starting_at: MAR, value: 'basic' },
      ],
    });
    expect(namedScheduleSegments(server.local.db, { kind: 'contract', id: contractId }, 'tier')).toEqual(get.body.data);
    expect(await getCustomer()).toEqual({ data: [] });
  });

  it('answers the covering segment for covering_date', async () => {
    const contractId = storeContract(customerId);
    await api('POST', '/v1/contracts/updateNamedSchedule', {
      body: { customer_id: customerId, contract_id: contractId, schedule_name: 's', starting_at: JAN, ending_before: FEB, value: 7 },
    });
    const get = await api('POST', '/v1/contracts/getNamedSchedule', {
      body: { customer_id: customerId, contract_id: contractId, schedule_name: 's', covering_date: '2025-01-31T23:59:59Z' },
    });
    expect(get.body).toEqual({ data: [{ starting_at: JAN, ending_before: FEB, value: 7 }] });
  });

  it('keeps schedules qualified by different properties apart', async () => {
    const contractId = storeContract(customerId);
    const base = { customer_id: customerId, contract_id: contractId, schedule_name: 'rate', starting_at: JAN };
    await api('POST', '/v1/contracts/updateNamedSchedule', { body: { ...base, value: 'us', properties: { region: 'us', tier: 'a' } } });
    await api('POST', '/v1/contracts/updateNamedSchedule', { body: { ...base, value: 'eu', properties: { region: 'eu' } } });
    const get = (properties?: Record<string, string>) =>
      api('POST', '/v1/contracts/getNamedSchedule', {
        body: { customer_id: customerId, contract_id: contractId, schedule_name: 'rate', ...(properties ? { properties } : {}) },
      });
    expect((await get({ tier: 'a', region: 'us' })).body.data).toEqual([{ starting_at: JAN, value: 'us' }]);
    expect((await get({ region: 'eu' })).body.data).toEqual([{ starting_at: JAN, value: 'eu' }]);
    expect((await get()).body.data).toEqual([]);
  });

  it('answers 404 for an unknown contract, and for a contract of another customer', async () => {
    const other = (await api('POST', '/v1/customers', { body: { name: 'Other' } })).body.data.id;
    const othersContract = storeContract(other);
    for (const contractId of [UNKNOWN_ID, othersContract]) {
      const update = await api('POST', '/v1/contracts/updateNamedSchedule', {
        body: { customer_id: customerId, contract_id: contractId, schedule_name: 's', starting_at: JAN, value: 1 },
      });
      expect(update).toMatchObject({ status: 404, body: { message: `Contract not found: ${contractId} (customer ${customerId})` } });
      const get = await api('POST', '/v1/contracts/getNamedSchedule', {
        body: { customer_id: customerId, contract_id: contractId, schedule_name: 's' },
      });
      expect(get.status).toBe(404);
    }
  });

  it('answers 404 for an unknown customer', async () => {
    const contractId = storeContract(customerId);
    const response = await api('POST', '/v1/contracts/getNamedSchedule', {
      body: { customer_id: UNKNOWN_ID, contract_id: contractId, schedule_name: 's' },
    });
    expect(response).toMatchObject({ status: 404, body: { message: `Customer not found: ${UNKNOWN_ID}` } });
  });

  it('records updates in the audit log under the contract', async () => {
    const contractId = storeContract(customerId);
    await api('POST', '/v1/contracts/updateNamedSchedule', {
      body: { customer_id: customerId, contract_id: contractId, schedule_name: 's', starting_at: JAN, value: 1 },
    });
    const log = await api('GET', '/v1/auditLogs', { query: { resource_type: 'contract', resource_id: contractId } });
    expect(log.body.data).toMatchObject([{ resource_type: 'contract', action: 'updateNamedSchedule', status: 'success' }]);
  });
});

describe('rate card named schedules', () => {
  it('stores and splits a rate card’s schedule', async () => {
    const rateCardId = storeRateCard();
    const update = (body: Record<string, unknown>) =>
      api('POST', '/v1/contract-pricing/rate-cards/updateNamedSchedule', {
        body: { rate_card_id: rateCardId, schedule_name: 'discount', ...body },
      });
    await update({ starting_at: JAN, ending_before: APR, value: { pct: 10 } });
    await update({ starting_at: FEB, ending_before: MAR, value: { pct: 20 } });
    const get = await api('POST', '/v1/contract-pricing/rate-cards/getNamedSchedule', {
      body: { rate_card_id: rateCardId, schedule_name: 'discount' },
    });
    expect(get.body).toEqual({
      data: [
        { starting_at: JAN, ending_before: FEB, value: { pct: 10 } },
        { starting_at: FEB, ending_before: MAR, value: { pct: 20 } },
        { starting_at: MAR, ending_before: APR, value: { pct: 10 } },
      ],
    });
    const covering = await api('POST', '/v1/contract-pricing/rate-cards/getNamedSchedule', {
      body: { rate_card_id: rateCardId, schedule_name: 'discount', covering_date: '2025-03-10T00:00:00Z' },
    });
    expect(covering.body).toEqual({ data: [{ starting_at: MAR, ending_before: APR, value: { pct: 10 } }] });
  });

  it('answers 404 for an unknown rate card', async () => {
    const update = await api('POST', '/v1/contract-pricing/rate-cards/updateNamedSchedule', {
      body: { rate_card_id: UNKNOWN_ID, schedule_name: 's', starting_at: JAN, value: 1 },
    });
    expect(update).toMatchObject({ status: 404, body: { message: `Rate card not found: ${UNKNOWN_ID}` } });
    const get = await api('POST', '/v1/contract-pricing/rate-cards/getNamedSchedule', {
      body: { rate_card_id: UNKNOWN_ID, schedule_name: 's' },
    });
    expect(get.status).toBe(404);
  });

  it('answers 400 for a rate card id that is not a uuid', async () => {
    const response = await api('POST', '/v1/contract-pricing/rate-cards/getNamedSchedule', {
      body: { rate_card_id: 'rc-1', schedule_name: 's' },
    });
    expect(response).toMatchObject({ status: 400, body: { message: 'rate_card_id must be a valid uuid' } });
  });
});

const specPath = process.env.METRONOME_OPENAPI_SPEC;
describe.skipIf(!specPath)('conformance of named schedule responses to the OpenAPI spec', () => {
  it('answers every named schedule operation with a body the spec allows', async () => {
    const responses = new OpenApiResponses(specPath!);
    const findings: string[] = [];
    const call = async (operation: string, body: unknown) => {
      const response = await api('POST', operation.split(' ')[1]!, { body });
      findings.push(...responses.check(operation, response.status, response.body));
    };
    const contractId = storeContract(customerId);
    const rateCardId = storeRateCard();
    const window = { starting_at: JAN, ending_before: FEB, value: 'v' };
    await call('POST /v1/customers/updateNamedSchedule', { customer_id: customerId, schedule_name: 's', ...window });
    await call('POST /v1/customers/getNamedSchedule', { customer_id: customerId, schedule_name: 's' });
    await call('POST /v1/contracts/updateNamedSchedule', { customer_id: customerId, contract_id: contractId, schedule_name: 's', ...window });
    await call('POST /v1/contracts/getNamedSchedule', { customer_id: customerId, contract_id: contractId, schedule_name: 's' });
    await call('POST /v1/contract-pricing/rate-cards/updateNamedSchedule', { rate_card_id: rateCardId, schedule_name: 's', ...window });
    await call('POST /v1/contract-pricing/rate-cards/getNamedSchedule', { rate_card_id: rateCardId, schedule_name: 's' });
    await call('POST /v1/contract-pricing/rate-cards/getNamedSchedule', { rate_card_id: UNKNOWN_ID, schedule_name: 's' });
    expect(findings).toEqual([]);
  });
});
