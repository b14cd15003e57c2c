import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalMetronome } from '../support/local-metronome.js';
import { conformanceRecorder } from '../support/openapi-responses.js';
import { createSeatTeam } from '../support/seat-team.js';
import { billingFixtures, lineRows } from './billing-fixtures.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);
const f = billingFixtures(api);

beforeEach(async () => {
  await server.local.reset();
  await f.setClock('2025-04-20T00:00:00Z');
});

/** A customer with `calls` at 1 cent each, a fixed product for commits, and a rate card with a $10/month seat. */
async function world() {
  const customerId = await f.customer();
  const metricId = await f.metric('calls', 'api', { group_keys: [['user_id']] });
  const usage = await f.product({ name: 'API calls', type: 'USAGE', billable_metric_id: metricId, presentation_group_key: ['user_id'] });
  const fixed = await f.product({ name: 'Monthly allowance', type: 'FIXED' });
  const seat = await f.product({ name: 'Seat', type: 'SUBSCRIPTION' });
  const rateCardId = await f.rateCard();
  await f.addRate(rateCardId, usage, { rate_type: 'FLAT', price: 1 });
  await f.addRate(rateCardId, seat, { rate_type: 'SUBSCRIPTION', price: 1000, billing_frequency: 'MONTHLY' });
  return { customerId, usage, fixed, seat, rateCardId };
}

async function getContract(customerId: string, contractId: string, extra: Record<string, unknown> = {}) {
  return (await f.ok('POST', '/v1/contracts/get', { customer_id: customerId, contract_id: contractId, ...extra })).data;
}

const segmentOf = (balance: any) => {
  const [segment] = balance.access_schedule.schedule_items;
  return [segment.starting_at, segment.ending_before, segment.amount];
};

const USD = '2714e483-4ff1-48e4-9e25-ac732e8f24f2';

/** A recurring commit (or credit) of `unitPrice` cents a period on `productId` from `startingAt`, each one period long. */
function recurring(productId: string, startingAt: string, unitPrice: number, extra: Record<string, unknown> = {}) {
  return {
    product_id: productId,
    priority: 1,
    starting_at: startingAt,
    access_amount: { unit_price: unitPrice, quantity: 1, credit_type_id: USD },
    commit_duration: { value: 1 },
    ...extra,
  };
}

/** A {@link world} customer's contract over the window, with the terms `terms` builds from the world's products. */
async function contractWith(window: { starting_at: string; ending_before?: string }, terms: (w: Awaited<ReturnType<typeof world>>) => Record<string, unknown>) {
  const w = await world();
  const contractId = await f.contract({ customer_id: w.customerId, rate_card_id: w.rateCardId, ...window, ...terms(w) });
  return { ...w, contractId };
}

const SECOND_QUARTER = { starting_at: '2025-04-01T00:00:00Z', ending_before: '2025-07-01T00:00:00Z' };

describe('recurring commits', () => {
  it('create one prepaid commit per usage statement period, prorating the partial first one', async () => {
    const { customerId, contractId, fixed } = await contractWith(SECOND_QUARTER, (w) => ({
      recurring_commits: [
        recurring(w.fixed, '2025-04-16T00:00:00Z', 1000, {
          name: 'Allowance',
          invoice_amount: { unit_price: 800, quantity: 1, credit_type_id: USD },
          commit_duration: { value: 1, unit: 'PERIODS' },
        }),
      ],
    }));
    const contract = await getContract(customerId, contractId);
    const recurringId = contract.current.recurring_commits[0].id;
    expect(contract.current.commits.map(segmentOf)).toEqual([
      ['2025-04-16T00:00:00.000Z', '2025-05-01T00:00:00.000Z', 500],
      ['2025-05-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z', 1000],
      ['2025-06-01T00:00:00.000Z', '2025-07-01T00:00:00.000Z', 1000],
    ]);
    expect(contract.current.commits.map((c: any) => [c.type, c.name, c.priority, c.recurring_commit_id, c.product.id])).toEqual([
      ['PREPAID', 'Allowance', 1, recurringId, fixed],
      ['PREPAID', 'Allowance', 1, recurringId, fixed],
      ['PREPAID', 'Allowance', 1, recurringId, fixed],
    ]);
    expect(contract.current.commits[0].invoice_schedule.schedule_items).toEqual([
      expect.objectContaining({ timestamp: '2025-04-16T00:00:00.000Z', unit_price: 800, quantity: 1, amount: 400 }),
    ]);
  });

  it('keep the ids of the commits they create from one read to the next', async () => {
    const { customerId, contractId } = await contractWith({ starting_at: '2025-04-01T00:00:00Z', ending_before: '2025-06-01T00:00:00Z' }, (w) => ({
      recurring_commits: [recurring(w.fixed, '2025-04-01T00:00:00Z', 200)],
    }));
    const ids = (c: any) => c.current.commits.map((commit: any) => [commit.id, commit.access_schedule.schedule_items[0].id]);
    const first = ids(await getContract(customerId, contractId));
    await f.setClock('2025-05-20T00:00:00Z');
    expect(ids(await getContract(customerId, contractId))).toEqual(first);
    expect(first).toHaveLength(2);
  });

  it('bill the invoice amount of each commit on a scheduled invoice when its period starts', async () => {
    const { customerId } = await contractWith({ starting_at: '2025-04-01T00:00:00Z', ending_before: '2025-06-01T00:00:00Z' }, (w) => ({
      recurring_commits: [
        recurring(w.fixed, '2025-04-01T00:00:00Z', 1000, { name: 'Allowance', invoice_amount: { unit_price: 800, quantity: 1, credit_type_id: USD } }),
      ],
    }));
    const scheduled = (await f.invoices(customerId)).data.filter((invoice) => invoice.type === 'SCHEDULED');
    expect(scheduled.map((invoice) => [invoice.issued_at, invoice.status, invoice.total, lineRows(invoice)])).toEqual([
      ['2025-04-01T00:00:00.000Z', 'FINALIZED', 800, [['commit_purchase', 'Allowance', 1, 800]]],
      ['2025-05-01T00:00:00.000Z', 'DRAFT', 800, [['commit_purchase', 'Allowance', 1, 800]]],
    ]);
  });

  it('draw usage from the commit of the period it was incurred in', async () => {
    const { customerId, contractId } = await contractWith(SECOND_QUARTER, (w) => ({
      recurring_commits: [recurring(w.fixed, '2025-04-01T00:00:00Z', 100)],
    }));
    await f.ingest([{ n: 30, at: '2025-04-05T00:00:00Z' }]);
    await f.setClock('2025-05-10T00:00:00Z');
    await f.ingest([{ n: 150, at: '2025-05-05T00:00:00Z' }]);
    const commits = (await getContract(customerId, contractId, { include_balance: true })).current.commits;
    expect(commits.map((c: any) => [c.access_schedule.schedule_items[0].starting_at, c.balance])).toEqual([
      ['2025-04-01T00:00:00.000Z', 0],
      ['2025-05-01T00:00:00.000Z', 0],
      ['2025-06-01T00:00:00.000Z', 0],
    ]);
    const usageInvoices = (await f.invoices(customerId)).data.filter((invoice) => invoice.type === 'USAGE');
    expect(usageInvoices.map((invoice) => [invoice.start_timestamp, invoice.total])).toEqual([
      ['2025-04-01T00:00:00.000Z', 0],
      ['2025-05-01T00:00:00.000Z', 50],
    ]);
  });

  it('on an open-ended contract, create commits for the periods that have started, and the next one when it starts', async () => {
    const { customerId, contractId } = await contractWith({ starting_at: '2025-01-01T00:00:00Z' }, (w) => ({
      recurring_credits: [recurring(w.fixed, '2025-01-01T00:00:00Z', 300, { recurrence_frequency: 'QUARTERLY', commit_duration: { value: 2 } })],
    }));
    const windows = async () => (await getContract(customerId, contractId)).current.credits.map(segmentOf);
    expect(await windows()).toEqual([
      ['2025-01-01T00:00:00.000Z', '2025-07-01T00:00:00.000Z', 300],
      ['2025-04-01T00:00:00.000Z', '2025-10-01T00:00:00.000Z', 300],
    ]);
    await f.setClock('2025-07-01T00:00:00Z');
    expect((await windows())[2]).toEqual(['2025-07-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 300]);
    expect((await getContract(customerId, contractId)).current.credits.map((c: any) => c.type)).toEqual(['CREDIT', 'CREDIT', 'CREDIT']);
  });

  it('with proration NONE, grant a partial first period in full', async () => {
    const { customerId, contractId } = await contractWith({ starting_at: '2025-04-01T00:00:00Z', ending_before: '2025-05-01T00:00:00Z' }, (w) => ({
      recurring_commits: [recurring(w.fixed, '2025-04-16T00:00:00Z', 1000, { proration: 'NONE' })],
    }));
    expect((await getContract(customerId, contractId)).current.commits.map(segmentOf)).toEqual([
      ['2025-04-16T00:00:00.000Z', '2025-05-01T00:00:00.000Z', 1000],
    ]);
  });

  it('with a pooled subscription, grant the unit price for every seat of the subscription', async () => {
    const { customerId, contractId } = await contractWith({ starting_at: '2025-04-01T00:00:00Z', ending_before: '2025-05-01T00:00:00Z' }, (w) => ({
      subscriptions: [
        {
          temporary_id: 'seats',
          subscription_rate: { product_id: w.seat, billing_frequency: 'MONTHLY' },
          collection_schedule: 'ADVANCE',
          proration: {},
          quantity_management_mode: 'SEAT_BASED',
          seat_config: { seat_group_key: 'user_id', initial_seat_ids: ['alice', 'bob'], initial_unassigned_seats: 1 },
        },
      ],
      recurring_credits: [
        {
          ...recurring(w.fixed, '2025-04-01T00:00:00Z', 200),
          access_amount: { unit_price: 200, credit_type_id: USD },
          subscription_config: { subscription_id: 'seats', allocation: 'POOLED', apply_seat_increase_config: { is_prorated: true } },
        },
      ],
    }));
    const contract = await getContract(customerId, contractId);
    expect(contract.current.credits.map(segmentOf)).toEqual([['2025-04-01T00:00:00.000Z', '2025-05-01T00:00:00.000Z', 600]]);
    expect(contract.current.credits[0].subscription_config).toEqual({
      subscription_id: contract.subscriptions[0].id,
      allocation: 'POOLED',
      apply_seat_increase_config: { is_prorated: true },
    });
  });

  it('stop creating commits at an earlier contract end', async () => {
    const { customerId, contractId } = await contractWith(SECOND_QUARTER, (w) => ({
      recurring_commits: [recurring(w.fixed, '2025-04-01T00:00:00Z', 100)],
    }));
    await f.ok('POST', '/v1/contracts/updateEndDate', { customer_id: customerId, contract_id: contractId, ending_before: '2025-06-16T00:00:00Z' });
    expect((await getContract(customerId, contractId)).current.commits.map(segmentOf)).toEqual([
      ['2025-04-01T00:00:00.000Z', '2025-05-01T00:00:00.000Z', 100],
      ['2025-05-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z', 100],
      ['2025-06-01T00:00:00.000Z', '2025-06-16T00:00:00.000Z', 50],
    ]);
  });

  it('answer 400 for a fractional commit duration and for a second DAILY recurrence', async () => {
    const { customerId, fixed, rateCardId } = await world();
    const create = (terms: Record<string, unknown>) =>
      api('POST', '/v1/contracts/create', { body: { customer_id: customerId, rate_card_id: rateCardId, ...SECOND_QUARTER, ...terms } });
    expect(await create({ recurring_commits: [recurring(fixed, '2025-04-01T00:00:00Z', 100, { commit_duration: { value: 1.5 } })] })).toMatchObject({
      status: 400,
      body: { message: 'recurring_commits[0].commit_duration.value must be a whole number of periods' },
    });
    const daily = recurring(fixed, '2025-04-01T00:00:00Z', 100, { recurrence_frequency: 'DAILY' });
    expect(await create({ recurring_commits: [daily], recurring_credits: [daily] })).toMatchObject({
      status: 400,
      body: { message: 'A contract can have at most one DAILY recurring commit or credit' },
    });
  });

  it('round a prorated amount as proration_rounding says', async () => {
    const { customerId, contractId } = await contractWith({ starting_at: '2025-05-01T00:00:00Z', ending_before: '2025-06-01T00:00:00Z' }, (w) => ({
      recurring_commits: [
        recurring(w.fixed, '2025-05-17T00:00:00Z', 100, {
          invoice_amount: { unit_price: 100, quantity: 1, credit_type_id: USD },
          proration_rounding: { access: { rounding_method: 'HALF_UP', decimal_places: 0 }, invoice: { rounding_method: 'FLOOR', decimal_places: 1 } },
        }),
      ],
    }));
    const [commit] = (await getContract(customerId, contractId)).current.commits;
    // 15 of May's 31 days: 48.387...
    expect([commit.access_schedule.schedule_items[0].amount, commit.invoice_schedule.schedule_items[0].amount]).toEqual([48, 48.3]);
  });
});


describe('recurring credits allocated to each seat', () => {
  /** April and May on seats (alice, bob and one unassigned) with $1 per seat per month, and a $10 seat price. */
  async function seatWorld() {
    const { customerId, contractId } = await createSeatTeam(api, {
      startingAt: '2025-04-01T00:00:00Z',
      endingBefore: '2025-06-01T00:00:00Z',
      seatIds: ['alice', 'bob'],
      unassignedSeats: 1,
      seatPrice: 1000,
    });
    const contract = await getContract(customerId, contractId);
    return { customerId, contractId, credit: contract.current.credits[0] };
  }

  const userCalls = (user: string, n: number, at = '2025-04-05T00:00:00Z') => ({ n, at, properties: { user_id: user } });

  it('grant the unit price for each assigned seat: an unassigned seat has no user to draw a share', async () => {
    const { credit } = await seatWorld();
    expect(segmentOf(credit)).toEqual(['2025-04-01T00:00:00.000Z', '2025-05-01T00:00:00.000Z', 200]);
    expect(credit.subscription_config.allocation).toBe('INDIVIDUAL');
  });

  it("let each seat's usage draw only that seat's share", async () => {
    const { customerId, contractId } = await seatWorld();
    await f.ingest([userCalls('alice', 150), userCalls('bob', 30), userCalls('carol', 10)]);
    const [draft] = (await f.invoices(customerId)).data.filter((invoice) => invoice.type === 'USAGE');
    // 3 seats at $10 in advance, plus usage: alice's share pays 100 of her 150, bob's all his 30, carol holds no seat.
    expect(draft.total).toBe(3000 + 50 + 10);
    expect(lineRows(draft).filter(([type]) => type === 'applied_commit_or_credit')).toEqual([['applied_commit_or_credit', 'Seat allowance', undefined, -130]]);
    const [credit] = (await getContract(customerId, contractId, { include_balance: true, include_ledgers: true })).current.credits;
    expect(credit.balance).toBe(70);
    expect(credit.ledger.map((entry: any) => [entry.type, entry.amount])).toEqual([
      ['CREDIT_SEGMENT_START', 200],
      ['CREDIT_AUTOMATED_INVOICE_DEDUCTION', -130],
    ]);
  });

  it("add a manual entry to the seats per_group_amounts names", async () => {
    const { customerId, contractId, credit } = await seatWorld();
    await f.ok('POST', '/v1/contracts/addManualBalanceLedgerEntry', {
      customer_id: customerId,
      contract_id: contractId,
      id: credit.id,
      segment_id: credit.access_schedule.schedule_items[0].id,
      amount: 50,
      per_group_amounts: { alice: 50 },
      reason: 'Goodwill for alice',
    });
    await f.ingest([userCalls('alice', 150), userCalls('bob', 150)]);
    const [draft] = (await f.invoices(customerId)).data.filter((invoice) => invoice.type === 'USAGE');
    // 3 seats at $10, plus usage: alice has 150 to spend, bob 100.
    expect(draft.total).toBe(3000 + 50);
  });

  it('answer 400 for a manual entry on a seat-allocated credit without per_group_amounts, or naming a seat it has no share for', async () => {
    const { customerId, contractId, credit } = await seatWorld();
    const entry = (extra: Record<string, unknown>) =>
      api('POST', '/v1/contracts/addManualBalanceLedgerEntry', {
        body: { customer_id: customerId, contract_id: contractId, id: credit.id, segment_id: credit.access_schedule.schedule_items[0].id, amount: 10, reason: 'x', ...extra },
      });
    expect(await entry({})).toMatchObject({
      status: 400,
      body: { message: `per_group_amounts is required: ${credit.id} is allocated to each seat of subscription ${credit.subscription_config.subscription_id}` },
    });
    expect(await entry({ per_group_amounts: { carol: 10 } })).toMatchObject({
      status: 400,
      body: { message: `per_group_amounts names seats segment ${credit.access_schedule.schedule_items[0].id} has no share for: carol` },
    });
  });

  it('answer 400 for per_group_amounts on a commit not allocated to seats', async () => {
    const { customerId, fixed, rateCardId } = await world();
    const contractId = await f.contract({ customer_id: customerId, rate_card_id: rateCardId, starting_at: '2025-04-01T00:00:00Z', commits: [f.commit(fixed, 100)] });
    const [commit] = (await getContract(customerId, contractId)).current.commits;
    const response = await api('POST', '/v1/contracts/addManualBalanceLedgerEntry', {
      body: { customer_id: customerId, contract_id: contractId, id: commit.id, segment_id: commit.access_schedule.schedule_items[0].id, amount: 10, per_group_amounts: { alice: 10 }, reason: 'x' },
    });
    expect(response).toMatchObject({
      status: 400,
      body: { message: `per_group_amounts is only for commits and credits allocated to each seat of a subscription; ${commit.id} is not` },
    });
  });

  it('answer 400 for an INDIVIDUAL allocation on a QUANTITY_ONLY subscription, and for a DAILY recurrence on seats', async () => {
    const { customerId, fixed, seat, rateCardId } = await world();
    const create = (subscription: Record<string, unknown>, recurring: Record<string, unknown>) =>
      api('POST', '/v1/contracts/create', {
        body: {
          customer_id: customerId,
          rate_card_id: rateCardId,
          starting_at: '2025-04-01T00:00:00Z',
          subscriptions: [{ temporary_id: 's', subscription_rate: { product_id: seat, billing_frequency: 'MONTHLY' }, collection_schedule: 'ADVANCE', proration: {}, ...subscription }],
          recurring_credits: [
            {
              product_id: fixed,
              priority: 1,
              starting_at: '2025-04-01T00:00:00Z',
              access_amount: { unit_price: 100, credit_type_id: USD },
              commit_duration: { value: 1 },
              subscription_config: { subscription_id: 's', allocation: 'INDIVIDUAL', apply_seat_increase_config: { is_prorated: false } },
              ...recurring,
            },
          ],
        },
      });
    expect(await create({ initial_quantity: 3 }, {})).toMatchObject({
      status: 400,
      body: { message: 'recurring_credits[0].subscription_config.allocation INDIVIDUAL needs a SEAT_BASED subscription; s is QUANTITY_ONLY' },
    });
    const seats = { quantity_management_mode: 'SEAT_BASED', seat_config: { seat_group_key: 'user_id', initial_seat_ids: ['alice'] } };
    expect(await create(seats, { recurrence_frequency: 'DAILY' })).toMatchObject({
      status: 400,
      body: { message: 'recurring_credits[0].recurrence_frequency DAILY is not available with a seat-based subscription' },
    });
    expect(await create({ ...seats, initial_quantity: 1 }, {})).toMatchObject({
      status: 400,
      body: { message: "subscriptions[0].initial_quantity is not allowed when quantity_management_mode is SEAT_BASED; the seats set the quantity" },
    });
  });
});

const specPath = process.env.METRONOME_OPENAPI_SPEC;

describe.skipIf(!specPath)('conformance of recurring, seat, true-up and rollover responses to the OpenAPI spec', () => {
  it('answers with bodies the spec allows', async () => {
    const { call, findings } = conformanceRecorder(api, specPath!);
    const { customerId, contractId, rateCardId } = await createSeatTeam(api, { startingAt: '2025-04-01T00:00:00Z', seatIds: ['alice', 'bob'] });
    const fixed = await f.product({ name: 'Commitment', type: 'FIXED' });
    await f.ok('POST', '/v1/contracts/amend', {
      customer_id: customerId,
      contract_id: contractId,
      starting_at: '2025-04-01T00:00:00Z',
      commits: [{ ...f.commit(fixed, 500, {}, { starting_at: '2025-04-01T00:00:00Z', ending_before: '2025-06-01T00:00:00Z' }), rollover_fraction: 0.5 }],
    });
    await f.ingest([{ n: 150, at: '2025-04-05T00:00:00Z', properties: { user_id: 'alice' } }]);
    const renewing = await f.contract({
      customer_id: customerId,
      rate_card_id: rateCardId,
      starting_at: '2025-04-10T00:00:00Z',
      transition: { type: 'RENEWAL', from_contract_id: contractId },
      commits: [
        {
          type: 'POSTPAID',
          product_id: fixed,
          priority: 1,
          access_schedule: { schedule_items: [{ amount: 1000, starting_at: '2025-04-10T00:00:00Z', ending_before: '2025-04-15T00:00:00Z' }] },
          invoice_schedule: { schedule_items: [{ amount: 1000, timestamp: '2025-04-15T00:00:00Z' }] },
        },
      ],
    });
    await f.setClock('2025-05-02T00:00:00Z');
    for (const id of [contractId, renewing])
      await call('POST /v1/contracts/get', '/v1/contracts/get', { body: { customer_id: customerId, contract_id: id, include_ledgers: true, include_balance: true } });
    const balances = await call('POST /v1/contracts/customerBalances/list', '/v1/contracts/customerBalances/list', {
      body: { customer_id: customerId, include_contract_balances: true, include_ledgers: true, include_balance: true },
    });
    await call('GET /v1/customers/{customer_id}/invoices', `/v1/customers/${customerId}/invoices`);
    expect(findings).toEqual([]);
    const entryTypes = new Set(balances.body.data.flatMap((balance: any) => balance.ledger.map((entry: any) => entry.type)));
    expect([...entryTypes].filter((type) => /ROLLOVER|TRUEUP/.test(type as string)).sort()).toEqual(['POSTPAID_COMMIT_TRUEUP', 'PREPAID_COMMIT_ROLLOVER']);
  });
});
