import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalMetronome } from '../support/local-metronome.js';
import { billingFixtures, lineRows } from './billing-fixtures.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);
const f = billingFixtures(api);
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeEach(async () => {
  await server.local.reset();
  await f.setClock('2025-01-10T00:00:00Z');
});

/** A customer, a rate card pricing `calls` at 1 cent, and a fixed product for commits and credits. */
async function pricedCustomer() {
  const customerId = await f.customer();
  const metricId = await f.metric();
  const usage = await f.product({ name: 'API calls', type: 'USAGE', billable_metric_id: metricId });
  const fixed = await f.product({ name: 'Commit product', type: 'FIXED' });
  const rateCardId = await f.rateCard();
  await f.addRate(rateCardId, usage, { rate_type: 'FLAT', price: 1 });
  return { customerId, usage, fixed, rateCardId };
}

/** {@link pricedCustomer} with a contract from 2025-01-01 on that rate card. */
async function world(contract: Record<string, unknown> = {}) {
  const { customerId, usage, fixed, rateCardId } = await pricedCustomer();
  const contractBody = (extra: Record<string, unknown>) => ({ customer_id: customerId, starting_at: '2025-01-01T00:00:00Z', rate_card_id: rateCardId, ...extra });
  const contractId = await f.contract(contractBody(contract));
  return { customerId, usage, fixed, rateCardId, contractId, contractBody };
}

const balances = (body: Record<string, unknown>) => f.ok('POST', '/v1/contracts/customerBalances/list', body);

describe('commit ledgers and balances', () => {
  it('records segment start, invoice deductions, a manual entry and expiration, and the balance equals the ledger', async () => {
    const customerId = await f.customer();
    const metricId = await f.metric();
    const usage = await f.product({ name: 'API calls', type: 'USAGE', billable_metric_id: metricId });
    const fixed = await f.product({ name: 'Commit product', type: 'FIXED' });
    const rateCardId = await f.rateCard();
    await f.addRate(rateCardId, usage, { rate_type: 'FLAT', price: 1 });
    const contractId = await f.contract({
      customer_id: customerId,
      starting_at: '2025-01-01T00:00:00Z',
      rate_card_id: rateCardId,
      commits: [
        {
          type: 'PREPAID',
          product_id: fixed,
          priority: 1,
          access_schedule: {
            schedule_items: [
              { amount: 100, starting_at: '2025-01-01T00:00:00Z', ending_before: '2025-02-01T00:00:00Z' },
              { amount: 100, starting_at: '2025-02-01T00:00:00Z', ending_before: '2025-03-01T00:00:00Z' },
            ],
          },
        },
      ],
    });
    await f.ingest([{ n: 30, at: '2025-01-05T00:00:00Z' }, { n: 25, at: '2025-02-05T00:00:00Z' }]);
    const first = (await balances({ customer_id: customerId, include_contract_balances: true })).data[0];
    const [january, february] = first.access_schedule.schedule_items;
    await f.ok('POST', '/v1/contracts/addManualBalanceLedgerEntry', {
      customer_id: customerId,
      contract_id: contractId,
      id: first.id,
      segment_id: january.id,
      amount: -20,
      reason: 'Outage refund reversal',
      timestamp: '2025-01-20T00:00:00Z',
    });
    await f.setClock('2025-02-10T00:00:00Z');
    const [janInvoice, febInvoice] = (await f.invoices(customerId)).data;
    const commit = (await balances({ customer_id: customerId, include_contract_balances: true, include_ledgers: true, include_balance: true })).data[0];
    expect(commit.ledger).toEqual([
      { type: 'PREPAID_COMMIT_SEGMENT_START', timestamp: '2025-01-01T00:00:00.000Z', amount: 100, segment_id: january.id },
      { type: 'PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION', timestamp: '2025-01-01T00:00:00.000Z', amount: -30, segment_id: january.id, invoice_id: janInvoice.id, contract_id: contractId },
      { type: 'PREPAID_COMMIT_MANUAL', timestamp: '2025-01-20T00:00:00.000Z', amount: -20, reason: 'Outage refund reversal' },
      { type: 'PREPAID_COMMIT_EXPIRATION', timestamp: '2025-02-01T00:00:00.000Z', amount: -50, segment_id: january.id },
      { type: 'PREPAID_COMMIT_SEGMENT_START', timestamp: '2025-02-01T00:00:00.000Z', amount: 100, segment_id: february.id },
      { type: 'PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION', timestamp: '2025-02-01T00:00:00.000Z', amount: -25, segment_id: february.id, invoice_id: febInvoice.id, contract_id: contractId },
    ]);
    expect(commit.balance).toBe(75);
    expect(commit.ledger.reduce((sum: number, e: { amount: number }) => sum + e.amount, 0)).toBe(75);
  });

  it('writes credit ledgers with the credit entry types', async () => {
    const { customerId, fixed, contractBody } = await world();
    await f.contract(
      contractBody({
        credits: [{ product_id: fixed, priority: 1, access_schedule: { schedule_items: [{ amount: 10, starting_at: '2025-01-01T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' }] } }],
      }),
    );
    await f.ingest([{ n: 4, at: '2025-01-05T00:00:00Z' }]);
    const credit = (await balances({ customer_id: customerId, include_contract_balances: true, include_ledgers: true, include_balance: true })).data[0];
    expect(credit.ledger.map((e: { type: string; amount: number }) => [e.type, e.amount])).toEqual([
      ['CREDIT_SEGMENT_START', 10],
      ['CREDIT_AUTOMATED_INVOICE_DEDUCTION', -4],
    ]);
    expect(credit.balance).toBe(6);
  });

  it('counts a segment only while its access covers now', async () => {
    const { customerId, fixed, contractBody } = await world();
    await f.contract(
      contractBody({ commits: [f.commit(fixed, 500, {}, { starting_at: '2025-03-01T00:00:00Z', ending_before: '2025-04-01T00:00:00Z' })] }),
    );
    const commit = (await balances({ customer_id: customerId, include_contract_balances: true, include_ledgers: true, include_balance: true })).data[0];
    expect([commit.balance, commit.ledger]).toEqual([0, []]);
  });
});

describe('postpaid commit true-up', () => {
  /** A $10 postpaid commitment for the first quarter, trued up on April 1. */
  async function postpaidWorld() {
    const { customerId, fixed, rateCardId } = await pricedCustomer();
    const contractId = await f.contract(
      {
        customer_id: customerId,
        starting_at: '2025-01-01T00:00:00Z',
        rate_card_id: rateCardId,
        ending_before: '2025-04-01T00:00:00Z',
        commits: [
          {
            type: 'POSTPAID',
            name: 'Q1 commitment',
            product_id: fixed,
            priority: 1,
            access_schedule: { schedule_items: [{ amount: 1000, starting_at: '2025-01-01T00:00:00Z', ending_before: '2025-04-01T00:00:00Z' }] },
            invoice_schedule: { schedule_items: [{ amount: 1000, timestamp: '2025-04-01T00:00:00Z' }] },
          },
        ],
      },
    );
    return { customerId, contractId, rateCardId };
  }

  const trueupInvoices = async (customerId: string) =>
    (await f.invoices(customerId)).data.filter((invoice) => invoice.line_items.some((line: { type: string }) => line.type === 'postpaid_trueup'));

  it('bills what usage left of the commitment on the invoice date, and records it in the ledger instead of an expiration', async () => {
    const { customerId, contractId } = await postpaidWorld();
    await f.ingest([{ n: 300, at: '2025-01-05T00:00:00Z' }, { n: 200, at: '2025-02-05T00:00:00Z' }]);
    await f.setClock('2025-04-02T00:00:00Z');
    const usage = (await f.invoices(customerId)).data.filter((invoice) => invoice.type === 'USAGE');
    expect(usage.map((invoice) => invoice.total)).toEqual([300, 200, 0]);
    const [trueup] = await trueupInvoices(customerId);
    expect([trueup.type, trueup.status, trueup.issued_at, trueup.total, lineRows(trueup)]).toEqual([
      'SCHEDULED',
      'FINALIZED',
      '2025-04-01T00:00:00.000Z',
      500,
      [['postpaid_trueup', 'Q1 commitment', 1, 500]],
    ]);
    const [commit] = (await balances({ customer_id: customerId, include_contract_balances: true, include_ledgers: true })).data;
    expect(commit.ledger.map((entry: any) => [entry.type, entry.amount, entry.invoice_id ?? null])).toEqual([
      ['POSTPAID_COMMIT_INITIAL_BALANCE', 1000, null],
      ['POSTPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION', -300, usage[0].id],
      ['POSTPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION', -200, usage[1].id],
      ['POSTPAID_COMMIT_TRUEUP', -500, trueup.id],
    ]);
    expect(commit.ledger[3]).toMatchObject({ timestamp: '2025-04-01T00:00:00.000Z', contract_id: contractId });
    expect(trueup.line_items[0]).toMatchObject({ commit_id: commit.id, postpaid_commit: { id: commit.id }, commit_type: 'PostpaidCommit' });
  });

  it('shows the shortfall so far on a draft true-up invoice before the invoice date', async () => {
    const { customerId } = await postpaidWorld();
    await f.ingest([{ n: 300, at: '2025-01-05T00:00:00Z' }]);
    const [draft] = await trueupInvoices(customerId);
    expect([draft.status, draft.total]).toEqual(['DRAFT', 700]);
    const [commit] = (await balances({ customer_id: customerId, include_contract_balances: true, include_ledgers: true, include_balance: true })).data;
    expect(commit.ledger.map((entry: any) => entry.type)).toEqual(['POSTPAID_COMMIT_INITIAL_BALANCE', 'POSTPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION']);
    expect(commit.balance).toBe(700);
  });

  it('still bills the true-up of a contract renewed early, unless the renewal removes future true-ups', async () => {
    const renewed = async (trueup?: 'REMOVE' | 'AS_IS') => {
      await server.local.reset();
      await f.setClock('2025-01-10T00:00:00Z');
      const { customerId, contractId, rateCardId } = await postpaidWorld();
      await f.ingest([{ n: 300, at: '2025-01-05T00:00:00Z' }]);
      await f.contract({
        customer_id: customerId,
        rate_card_id: rateCardId,
        starting_at: '2025-03-01T00:00:00Z',
        transition: { type: 'RENEWAL', from_contract_id: contractId, ...(trueup ? { future_invoice_behavior: { trueup } } : {}) },
      });
      return (await trueupInvoices(customerId)).map((invoice) => [invoice.issued_at, invoice.total]);
    };
    expect(await renewed()).toEqual([['2025-04-01T00:00:00.000Z', 700]]);
    expect(await renewed('AS_IS')).toEqual([['2025-04-01T00:00:00.000Z', 700]]);
    expect(await renewed('REMOVE')).toEqual([]);
  });

  it('bills no true-up when usage met the commitment', async () => {
    const { customerId } = await postpaidWorld();
    await f.ingest([{ n: 1200, at: '2025-01-05T00:00:00Z' }]);
    await f.setClock('2025-04-02T00:00:00Z');
    expect(await trueupInvoices(customerId)).toEqual([]);
    const [commit] = (await balances({ customer_id: customerId, include_contract_balances: true, include_ledgers: true })).data;
    expect(commit.ledger.map((entry: any) => [entry.type, entry.amount])).toEqual([
      ['POSTPAID_COMMIT_INITIAL_BALANCE', 1000],
      ['POSTPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION', -1000],
    ]);
  });
});

describe('rollover on renewal', () => {
  /** A year's $10 prepaid commit, half of what is left rolling over, on a contract renewed on March 1. */
  async function renewal(clock: string) {
    const { customerId, fixed, rateCardId } = await pricedCustomer();
    const from = await f.contract({
      customer_id: customerId,
      rate_card_id: rateCardId,
      starting_at: '2025-01-01T00:00:00Z',
      ending_before: '2026-01-01T00:00:00Z',
      commits: [{ ...f.commit(fixed, 1000), name: 'Annual commit', rollover_fraction: 0.5 }],
    });
    await f.ingest([{ n: 300, at: '2025-01-05T00:00:00Z' }, { n: 100, at: '2025-02-05T00:00:00Z' }]);
    const to = await f.contract({
      customer_id: customerId,
      rate_card_id: rateCardId,
      starting_at: '2025-03-01T00:00:00Z',
      ending_before: '2026-03-01T00:00:00Z',
      transition: { type: 'RENEWAL', from_contract_id: from },
    });
    await f.setClock(clock);
    const get = async (id: string) =>
      (await f.ok('POST', '/v1/contracts/get', { customer_id: customerId, contract_id: id, include_ledgers: true, include_balance: true })).data;
    return { customerId, from, to, get };
  }

  it('moves the fraction of what the renewed commit has left into a commit of the renewing contract', async () => {
    const { from, to, get } = await renewal('2025-03-10T00:00:00Z');
    const [original] = (await get(from)).current.commits;
    const [rolled] = (await get(to)).current.commits;
    expect(rolled).toMatchObject({
      type: 'PREPAID',
      name: 'Annual commit',
      rolled_over_from: { commit_id: original.id, contract_id: from },
      access_schedule: { schedule_items: [{ amount: 300, starting_at: '2025-03-01T00:00:00.000Z', ending_before: '2026-01-01T00:00:00.000Z' }] },
      balance: 300,
    });
    expect(original.ledger.map((entry: any) => [entry.type, entry.amount, entry.timestamp])).toEqual([
      ['PREPAID_COMMIT_SEGMENT_START', 1000, '2025-01-01T00:00:00.000Z'],
      ['PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION', -300, '2025-01-01T00:00:00.000Z'],
      ['PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION', -100, '2025-02-01T00:00:00.000Z'],
      ['PREPAID_COMMIT_ROLLOVER', -300, '2025-03-01T00:00:00.000Z'],
      ['PREPAID_COMMIT_EXPIRATION', -300, '2025-03-01T00:00:00.000Z'],
    ]);
    expect(original.ledger[3]).toEqual({
      type: 'PREPAID_COMMIT_ROLLOVER',
      timestamp: '2025-03-01T00:00:00.000Z',
      amount: -300,
      new_contract_id: to,
      segment_id: original.access_schedule.schedule_items[0].id,
    });
  });

  it('lets the renewing contract draw the rolled-over commit', async () => {
    const { to, get } = await renewal('2025-03-10T00:00:00Z');
    await f.ingest([{ n: 50, at: '2025-03-05T00:00:00Z' }]);
    const [rolled] = (await get(to)).current.commits;
    expect(rolled.balance).toBe(250);
    expect(rolled.ledger.map((entry: any) => [entry.type, entry.amount])).toEqual([
      ['PREPAID_COMMIT_SEGMENT_START', 300],
      ['PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION', -50],
    ]);
  });

  it('rolls nothing over before the renewing contract starts', async () => {
    const { to, get } = await renewal('2025-02-20T00:00:00Z');
    expect((await get(to)).current.commits).toEqual([]);
  });
});

describe('manual balance entries', () => {
  async function withCommit() {
    const w = await world();
    const contractId = await f.contract(w.contractBody({ commits: [f.commit(w.fixed, 100)] }));
    const commit = (await balances({ customer_id: w.customerId, include_contract_balances: true })).data[0];
    return { ...w, contractId, commit, segmentId: commit.access_schedule.schedule_items[0].id };
  }

  it('adds to the balance, dated at the segment start when no timestamp is given', async () => {
    const { customerId, contractId, commit, segmentId } = await withCommit();
    const response = await api('POST', '/v1/contracts/addManualBalanceLedgerEntry', {
      body: { customer_id: customerId, contract_id: contractId, id: commit.id, segment_id: segmentId, amount: 25.5, reason: 'Goodwill' },
    });
    expect([response.status, response.body]).toEqual([200, undefined]);
    const after = (await balances({ customer_id: customerId, include_contract_balances: true, include_ledgers: true, include_balance: true })).data[0];
    expect(after.balance).toBe(125.5);
    expect(after.ledger.at(-1)).toEqual({ type: 'PREPAID_COMMIT_MANUAL', timestamp: '2025-01-01T00:00:00.000Z', amount: 25.5, reason: 'Goodwill' });
  });

  it('answers 404 for an unknown commit, segment or contract, and 400 when per-group amounts do not add up', async () => {
    const { customerId, contractId, commit, segmentId } = await withCommit();
    const entry = { customer_id: customerId, contract_id: contractId, id: commit.id, segment_id: segmentId, amount: 10, reason: 'r' };
    expect(await api('POST', '/v1/contracts/addManualBalanceLedgerEntry', { body: { ...entry, id: UNKNOWN } })).toMatchObject({
      status: 404,
      body: { message: `Commit or credit not found on contract ${contractId}: ${UNKNOWN}` },
    });
    expect(await api('POST', '/v1/contracts/addManualBalanceLedgerEntry', { body: { ...entry, segment_id: UNKNOWN } })).toMatchObject({
      status: 404,
      body: { message: `Segment not found on commit ${commit.id}: ${UNKNOWN}` },
    });
    expect(await api('POST', '/v1/contracts/addManualBalanceLedgerEntry', { body: { ...entry, contract_id: UNKNOWN } })).toMatchObject({
      status: 404,
      body: { message: `Contract not found: ${UNKNOWN}` },
    });
    expect(await api('POST', '/v1/contracts/addManualBalanceLedgerEntry', { body: { ...entry, per_group_amounts: { a: 4, b: 5 } } })).toMatchObject({
      status: 400,
      body: { message: 'per_group_amounts must sum to amount (10); they sum to 9' },
    });
  });

  it('tells alerts that the balance changed', async () => {
    const { customerId, contractId, commit, segmentId } = await withCommit();
    const reasons: string[] = [];
    const listener = (e: { reason: string }) => reasons.push(e.reason);
    server.local.events.on('customer.changed', listener);
    await f.ok('POST', '/v1/contracts/addManualBalanceLedgerEntry', { customer_id: customerId, contract_id: contractId, id: commit.id, segment_id: segmentId, amount: 1, reason: 'r' });
    server.local.events.off('customer.changed', listener);
    expect(reasons).toEqual(['balance.manual_entry']);
  });
});

describe('customer-level commits and credits', () => {
  it('creates a customer-level commit that pays invoices after contract-level ones of the same priority', async () => {
    const w = await world();
    const contractId = await f.contract(w.contractBody({ commits: [f.commit(w.fixed, 30, { name: 'Contract commit' })] }));
    const created = await f.ok('POST', '/v1/contracts/customerCommits/create', {
      customer_id: w.customerId,
      type: 'PREPAID',
      name: 'Enterprise commit',
      priority: 1,
      product_id: w.fixed,
      access_schedule: { schedule_items: [{ amount: 1000, starting_at: '2025-01-01T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' }] },
      applicable_contract_ids: [contractId],
    });
    await f.ingest([{ n: 50, at: '2025-01-05T00:00:00Z' }]);
    const invoice = (await f.invoices(w.customerId, { contract_id: contractId })).data[0];
    expect(lineRows(invoice)).toEqual([
      ['usage', 'API calls', 50, 50],
      ['applied_commit_or_credit', 'Contract commit', undefined, -30],
      ['applied_commit_or_credit', 'Enterprise commit', undefined, -20],
    ]);
    const listed = await f.ok('POST', '/v1/contracts/customerCommits/list', { customer_id: w.customerId, include_balance: true });
    expect(listed.data.map((c: any) => [c.id, c.name, c.balance, c.contract])).toEqual([[created.data.id, 'Enterprise commit', 980, undefined]]);
    const withContract = await f.ok('POST', '/v1/contracts/customerCommits/list', { customer_id: w.customerId, include_contract_commits: true });
    expect(withContract.data.map((c: any) => c.name)).toEqual(['Contract commit', 'Enterprise commit']);
  });

  it('requires an invoice contract for postpaid commits and answers 404 for an unknown customer', async () => {
    const { customerId, fixed } = await world();
    const body = {
      customer_id: customerId,
      type: 'POSTPAID',
      priority: 1,
      product_id: fixed,
      access_schedule: { schedule_items: [{ amount: 100, starting_at: '2025-01-01T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' }] },
      invoice_schedule: { schedule_items: [{ amount: 100, timestamp: '2025-12-31T00:00:00Z' }] },
    };
    expect(await api('POST', '/v1/contracts/customerCommits/create', { body })).toMatchObject({
      status: 400,
      body: { message: 'invoice_contract_id is required for POSTPAID commits' },
    });
    expect(await api('POST', '/v1/contracts/customerCommits/create', { body: { ...body, customer_id: UNKNOWN } })).toMatchObject({
      status: 404,
      body: { message: `Customer not found: ${UNKNOWN}` },
    });
  });

  it('rejects a second commit or credit with the same uniqueness key', async () => {
    const { customerId, fixed } = await world();
    const credit = {
      customer_id: customerId,
      priority: 1,
      product_id: fixed,
      uniqueness_key: 'promo-2025',
      access_schedule: { schedule_items: [{ amount: 100, starting_at: '2025-01-01T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' }] },
    };
    await f.ok('POST', '/v1/contracts/customerCredits/create', credit);
    expect(await api('POST', '/v1/contracts/customerCredits/create', { body: credit })).toMatchObject({
      status: 409,
      body: { message: 'A commit or credit with uniqueness_key "promo-2025" already exists' },
    });
  });

  it('shortens a credit, never extends it, and expires what is left at the new end', async () => {
    const { customerId, fixed } = await world();
    const created = await f.ok('POST', '/v1/contracts/customerCredits/create', {
      customer_id: customerId,
      name: 'Promo',
      priority: 1,
      product_id: fixed,
      access_schedule: { schedule_items: [{ amount: 100, starting_at: '2025-01-01T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' }] },
    });
    const id = created.data.id;
    expect(await api('POST', '/v1/contracts/customerCredits/updateEndDate', { body: { customer_id: customerId, credit_id: id, access_ending_before: '2027-01-01T00:00:00Z' } })).toMatchObject({
      status: 400,
      body: { message: "access_ending_before 2027-01-01T00:00:00.000Z is after the credit's current end 2026-01-01T00:00:00.000Z; the end date can only be moved earlier" },
    });
    expect(await f.ok('POST', '/v1/contracts/customerCredits/updateEndDate', { customer_id: customerId, credit_id: id, access_ending_before: '2025-01-20T00:00:00Z' })).toEqual({ data: { id } });
    await f.setClock('2025-01-25T00:00:00Z');
    const credit = (await f.ok('POST', '/v1/contracts/customerCredits/list', { customer_id: customerId, include_ledgers: true, include_balance: true })).data[0];
    expect(credit.access_schedule.schedule_items[0].ending_before).toBe('2025-01-20T00:00:00.000Z');
    expect(credit.ledger.map((e: any) => [e.type, e.amount])).toEqual([
      ['CREDIT_SEGMENT_START', 100],
      ['CREDIT_EXPIRATION', -100],
    ]);
    expect(credit.balance).toBe(0);
  });

  it('updates only prepaid customer-level commits', async () => {
    const { customerId, fixed, contractId } = await world();
    const postpaid = await f.ok('POST', '/v1/contracts/customerCommits/create', {
      customer_id: customerId,
      type: 'POSTPAID',
      priority: 1,
      product_id: fixed,
      invoice_contract_id: contractId,
      access_schedule: { schedule_items: [{ amount: 100, starting_at: '2025-01-01T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' }] },
      invoice_schedule: { schedule_items: [{ amount: 100, timestamp: '2025-12-31T00:00:00Z' }] },
    });
    expect(
      await api('POST', '/v1/contracts/customerCommits/updateEndDate', { body: { customer_id: customerId, commit_id: postpaid.data.id, access_ending_before: '2025-06-01T00:00:00Z' } }),
    ).toMatchObject({ status: 400, body: { message: `Commit ${postpaid.data.id} is POSTPAID; only PREPAID commits can have their end date updated` } });
    expect(
      await api('POST', '/v1/contracts/customerCommits/updateEndDate', { body: { customer_id: customerId, commit_id: UNKNOWN, access_ending_before: '2025-06-01T00:00:00Z' } }),
    ).toMatchObject({ status: 404, body: { message: `Commit not found: ${UNKNOWN}` } });
  });

  it('stops invoicing a prepaid commit at invoices_ending_before', async () => {
    const { customerId, fixed, contractId } = await world();
    const created = await f.ok('POST', '/v1/contracts/customerCommits/create', {
      customer_id: customerId,
      type: 'PREPAID',
      name: 'Monthly prepay',
      priority: 1,
      product_id: fixed,
      invoice_contract_id: contractId,
      access_schedule: { schedule_items: [{ amount: 300, starting_at: '2025-01-01T00:00:00Z', ending_before: '2025-04-01T00:00:00Z' }] },
      invoice_schedule: {
        schedule_items: [
          { amount: 100, timestamp: '2025-01-15T00:00:00Z' },
          { amount: 100, timestamp: '2025-02-15T00:00:00Z' },
          { amount: 100, timestamp: '2025-03-15T00:00:00Z' },
        ],
      },
    });
    const scheduled = async () => (await f.invoices(customerId, { type: 'SCHEDULED' })).data.map((i) => [i.issued_at, lineRows(i)]);
    expect(await scheduled()).toEqual([
      ['2025-01-15T00:00:00.000Z', [['commit_purchase', 'Monthly prepay', 1, 100]]],
      ['2025-02-15T00:00:00.000Z', [['commit_purchase', 'Monthly prepay', 1, 100]]],
      ['2025-03-15T00:00:00.000Z', [['commit_purchase', 'Monthly prepay', 1, 100]]],
    ]);
    await f.ok('POST', '/v1/contracts/customerCommits/updateEndDate', { customer_id: customerId, commit_id: created.data.id, invoices_ending_before: '2025-02-01T00:00:00Z' });
    expect((await scheduled()).map(([issuedAt]) => issuedAt)).toEqual(['2025-01-15T00:00:00.000Z']);
  });
});

describe('listing balances', () => {
  it('lists customer-level balances unless contract balances are asked for, with filters and paging', async () => {
    const { customerId, fixed, contractBody } = await world();
    await f.contract(contractBody({ commits: [f.commit(fixed, 10, { name: 'On contract' })] }));
    for (const [name, start, end] of [
      ['January', '2025-01-01T00:00:00Z', '2025-02-01T00:00:00Z'],
      ['March', '2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z'],
    ])
      await f.ok('POST', '/v1/contracts/customerCredits/create', {
        customer_id: customerId,
        name,
        priority: 1,
        product_id: fixed,
        access_schedule: { schedule_items: [{ amount: 5, starting_at: start, ending_before: end }] },
      });
    const names = async (body: Record<string, unknown>) => (await balances({ customer_id: customerId, ...body })).data.map((b: any) => b.name);
    expect(await names({})).toEqual(['January', 'March']);
    expect(await names({ include_contract_balances: true })).toEqual(['On contract', 'January', 'March']);
    expect(await names({ covering_date: '2025-03-15T00:00:00Z' })).toEqual(['March']);
    expect(await names({ effective_before: '2025-02-01T00:00:00Z' })).toEqual(['January']);
    expect(await names({ starting_at: '2025-02-01T00:00:00Z' })).toEqual(['March']);
    expect(await names({ exclude_zero_balances: true })).toEqual(['January']);
    const page = await balances({ customer_id: customerId, limit: 1 });
    expect(page.data.map((b: any) => b.name)).toEqual(['January']);
    expect((await balances({ customer_id: customerId, limit: 1, next_page: page.next_page })).data.map((b: any) => b.name)).toEqual(['March']);
  });

  it('answers 404 for an unknown customer', async () => {
    expect(await api('POST', '/v1/contracts/customerBalances/list', { body: { customer_id: UNKNOWN } })).toMatchObject({
      status: 404,
      body: { message: `Customer not found: ${UNKNOWN}` },
    });
  });
});
