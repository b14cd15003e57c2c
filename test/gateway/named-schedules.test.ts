import { beforeEach, describe, expect, it } from 'vitest';
import {
  NamedScheduleReadDocument,
  NamedSchedulesOfCustomersDocument,
  NamedScheduleUpdateContractDocument,
  NamedScheduleUpdateCustomerDocument,
  NamedScheduleUpdateRateCardDocument,
} from './__generated__/graphql.js';
import { create, createPricedCustomer, type PricedCustomer } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const JAN = '2025-01-01T00:00:00.000Z';
const MAR = '2025-03-01T00:00:00.000Z';
const APR = '2025-04-01T00:00:00.000Z';
const JUN = '2025-06-01T00:00:00.000Z';
const UNKNOWN = '00000000-0000-4000-8000-000000000009';

const codes = (errors: { extensions?: Record<string, any>; message: string }[] | undefined) =>
  errors?.map((e) => [e.extensions?.code, e.message]);

let ids: PricedCustomer;

beforeEach(async () => {
  await server.local.reset();
  await server.api('POST', '/_local/clock', { body: { now: '2025-05-01T00:00:00Z', frozen: true } });
  ids = await createPricedCustomer(server.api, 'Acme');
});

describe('customer named schedules', () => {
  it('sets a value over a window, cutting the segment it overlaps, and answers the customer with the schedule', async () => {
    await harness.execute(NamedScheduleUpdateCustomerDocument, {
      customerId: ids.customerId,
      scheduleName: 'reserved-capacity',
      startingAt: JAN,
      value: { units: 100 },
    });
    const { body } = await harness.execute(NamedScheduleUpdateCustomerDocument, {
      customerId: ids.customerId,
      scheduleName: 'reserved-capacity',
      startingAt: MAR,
      endingBefore: JUN,
      value: { units: 150 },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.updateCustomerNamedSchedule).toEqual({
      metronomeId: ids.customerId,
      namedSchedule: [
        { startingAt: JAN, endingBefore: MAR, value: { units: 100 } },
        { startingAt: MAR, endingBefore: JUN, value: { units: 150 } },
        { startingAt: JUN, endingBefore: null, value: { units: 100 } },
      ],
    });
  });

  it('reads only the segment covering a date, and none before the schedule starts', async () => {
    await server.api('POST', '/v1/customers/updateNamedSchedule', {
      body: { customer_id: ids.customerId, schedule_name: 'tier', starting_at: MAR, ending_before: JUN, value: 'gold' },
    });
    const read = (coveringDate: string) =>
      harness
        .execute(NamedScheduleReadDocument, { customerId: ids.customerId, contractId: ids.contractId, rateCardId: ids.rateCardId, name: 'tier', coveringDate })
        .then(({ body }) => body.data?.customer?.namedSchedule);
    expect(await read(APR)).toEqual([{ startingAt: MAR, endingBefore: JUN, value: 'gold' }]);
    expect(await read(JAN)).toEqual([]);
  });

  it('answers NOT_FOUND for a customer that does not exist', async () => {
    const { body } = await harness.execute(NamedScheduleUpdateCustomerDocument, {
      customerId: UNKNOWN,
      scheduleName: 'tier',
      startingAt: JAN,
      value: 'gold',
    });
    expect(body.data).toBeNull();
    expect(codes(body.errors)).toEqual([['NOT_FOUND', `Customer not found: ${UNKNOWN}`]]);
  });

  it('answers BAD_USER_INPUT for a window that ends before it starts', async () => {
    const { body } = await harness.execute(NamedScheduleUpdateCustomerDocument, {
      customerId: ids.customerId,
      scheduleName: 'tier',
      startingAt: JUN,
      endingBefore: MAR,
      value: 'gold',
    });
    expect(codes(body.errors)).toEqual([['BAD_USER_INPUT', 'ending_before must be after starting_at']]);
  });
});

describe('contract named schedules', () => {
  it('sets a contract’s named schedule and answers the contract with it', async () => {
    const { body } = await harness.execute(NamedScheduleUpdateContractDocument, {
      customerId: ids.customerId,
      contractId: ids.contractId,
      scheduleName: 'committed-seats',
      startingAt: JAN,
      endingBefore: JUN,
      value: 42,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.updateContractNamedSchedule).toEqual({
      metronomeId: ids.contractId,
      namedSchedule: [{ startingAt: JAN, endingBefore: JUN, value: 42 }],
    });
  });

  it('answers NOT_FOUND for a contract of another customer', async () => {
    const other = await create(server.api, '/v1/customers', { name: 'Other' });
    const { body } = await harness.execute(NamedScheduleUpdateContractDocument, {
      customerId: other,
      contractId: ids.contractId,
      scheduleName: 'committed-seats',
      startingAt: JAN,
      value: 42,
    });
    expect(codes(body.errors)).toEqual([['NOT_FOUND', `Contract not found: ${ids.contractId} (customer ${other})`]]);
  });
});

describe('rate card named schedules', () => {
  it('sets a rate card’s named schedule and answers the rate card with it', async () => {
    const { body } = await harness.execute(NamedScheduleUpdateRateCardDocument, {
      rateCardId: ids.rateCardId,
      scheduleName: 'discount-band',
      startingAt: MAR,
      value: { band: 'B', floor: 0.1 },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.updateRateCardNamedSchedule).toEqual({
      metronomeId: ids.rateCardId,
      namedSchedule: [{ startingAt: MAR, endingBefore: null, value: { band: 'B', floor: 0.1 } }],
    });
  });

  it('answers NOT_FOUND for a rate card that does not exist', async () => {
    const { body } = await harness.execute(NamedScheduleUpdateRateCardDocument, {
      rateCardId: UNKNOWN,
      scheduleName: 'discount-band',
      startingAt: MAR,
      value: 'B',
    });
    expect(codes(body.errors)).toEqual([['NOT_FOUND', `Rate card not found: ${UNKNOWN}`]]);
  });
});

describe('reading named schedules', () => {
  it('keeps the schedules of a customer, its contract and its rate card apart, and reads the rate card’s once for both paths to it', async () => {
    const set = (path: string, body: object, value: unknown) =>
      server.api('POST', path, { body: { ...body, schedule_name: 'limit', starting_at: JAN, value } });
    await set('/v1/customers/updateNamedSchedule', { customer_id: ids.customerId }, 1);
    await set('/v1/contracts/updateNamedSchedule', { customer_id: ids.customerId, contract_id: ids.contractId }, 2);
    await set('/v1/contract-pricing/rate-cards/updateNamedSchedule', { rate_card_id: ids.rateCardId }, 3);
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(NamedScheduleReadDocument, {
      customerId: ids.customerId,
      contractId: ids.contractId,
      rateCardId: ids.rateCardId,
      name: 'limit',
    });
    const segment = (value: number) => [{ startingAt: JAN, endingBefore: null, value }];
    expect(body).toEqual({
      data: {
        customer: { namedSchedule: segment(1) },
        contract: { namedSchedule: segment(2), rateCard: { namedSchedule: segment(3) } },
        rateCard: { namedSchedule: segment(3) },
      },
    });
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'POST /v1/customers/getNamedSchedule': 1,
      'POST /v1/contracts/list': 1,
      'POST /v1/contracts/getNamedSchedule': 1,
      'POST /v1/contract-pricing/rate-cards/get': 1,
      'POST /v1/contract-pricing/rate-cards/getNamedSchedule': 1,
    });
  });

  it('answers a schedule that was never set with no segments', async () => {
    const { body } = await harness.execute(NamedScheduleReadDocument, {
      customerId: ids.customerId,
      contractId: ids.contractId,
      rateCardId: ids.rateCardId,
      name: 'never-set',
    });
    expect(body.data?.customer?.namedSchedule).toEqual([]);
    expect(body.data?.rateCard?.namedSchedule).toEqual([]);
  });

  it('reads three customers’ schedules and their contracts’: one call per owner, none repeated', async () => {
    const others = [await createPricedCustomer(server.api, 'Globex'), await createPricedCustomer(server.api, 'Initech')];
    for (const [index, customer] of [ids, ...others].entries())
      await server.api('POST', '/v1/customers/updateNamedSchedule', {
        body: { customer_id: customer.customerId, schedule_name: 'limit', starting_at: JAN, value: index },
      });
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(NamedSchedulesOfCustomersDocument, { name: 'limit' });
    expect(body.errors).toBeUndefined();
    expect(body.data?.customers.nodes).toEqual(
      ['Acme', 'Globex', 'Initech'].map((name, index) => ({
        name,
        namedSchedule: [{ value: index }],
        again: [{ startingAt: JAN }],
        contracts: { nodes: [{ namedSchedule: [] }] },
      })),
    );
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'POST /v1/customers/getNamedSchedule': 3,
      'POST /v1/contracts/list': 3,
      'POST /v1/contracts/getNamedSchedule': 3,
    });
  });
});
