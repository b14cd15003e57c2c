import { beforeEach, describe, expect, it } from 'vitest';
import {
  drawDownCreditGrants,
  postCreditDeductions,
  releaseCreditDeductions,
} from '../../src/local-metronome/billing/credit-grant-ledger.js';
import { USD_CENTS } from '../../src/local-metronome/store/credit-types.js';
import { conformanceRecorder } from '../support/openapi-responses.js';
import { useLocalMetronome } from '../support/local-metronome.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);

const NOW = '2025-03-15T12:00:00.000Z';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const USD = { id: USD_CENTS.id, name: 'USD (cents)' };
/** A customer on no plan bills by calendar month: the current period ends on April 1. */
const PERIOD_END = '2025-04-01T00:00:00.000Z';
const INVOICE = '11111111-1111-4111-8111-111111111111';

beforeEach(async () => {
  await server.local.reset();
  await api('POST', '/_local/clock', { body: { now: NOW, frozen: true } });
});

async function createCustomer(name: string): Promise<string> {
  const response = await api('POST', '/v1/customers', { body: { name } });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.id;
}

async function createCreditType(name: string): Promise<{ id: string; name: string }> {
  const response = await api('POST', '/_local/credit-types', { body: { name } });
  return { id: response.body.data.id, name };
}

function grantBody(customerId: string, overrides: Record<string, unknown> = {}) {
  return {
    customer_id: customerId,
    name: 'Promo',
    grant_amount: { amount: 1000, credit_type_id: USD_CENTS.id },
    paid_amount: { amount: 0, credit_type_id: USD_CENTS.id },
    priority: 1,
    effective_at: '2025-03-01T00:00:00Z',
    expires_at: '2025-06-01T00:00:00Z',
    ...overrides,
  };
}

async function createGrant(customerId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await api('POST', '/v1/credits/createGrant', { body: grantBody(customerId, overrides) });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.id;
}

async function listGrants(body: Record<string, unknown> = {}, query: Record<string, string | number | undefined> = {}) {
  const response = await api('POST', '/v1/credits/listGrants', { body, query });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

async function listEntries(body: Record<string, unknown> = {}, query: Record<string, string | undefined> = {}) {
  const response = await api('POST', '/v1/credits/listEntries', { body, query });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

function drawDown(customerId: string, amount: number | string, at: string, extra: Partial<Parameters<typeof drawDownCreditGrants>[1]> = {}) {
  const db = server.local.db;
  return db.transaction(() =>
    drawDownCreditGrants(db, { customerId, creditTypeId: USD_CENTS.id, amount, at: new Date(at), invoiceId: INVOICE, now: new Date(NOW), ...extra }),
  )();
}

describe('creating a credit grant', () => {
  it('lists a new grant with its whole amount as its balance and no deductions', async () => {
    const customerId = await createCustomer('Acme');
    const id = await createGrant(customerId, {
      reason: 'Welcome offer',
      credit_grant_type: 'trial',
      paid_amount: { amount: 500, credit_type_id: USD_CENTS.id },
      uniqueness_key: 'welcome-acme',
    });
    expect(await listGrants()).toEqual({
      data: [
        {
          id,
          name: 'Promo',
          customer_id: customerId,
          invoice_id: null,
          uniqueness_key: 'welcome-acme',
          reason: 'Welcome offer',
          credit_grant_type: 'trial',
          effective_at: '2025-03-01T00:00:00.000Z',
          expires_at: '2025-06-01T00:00:00.000Z',
          priority: 1,
          grant_amount: { amount: 1000, credit_type: USD },
          paid_amount: { amount: 500, credit_type: USD },
          balance: { excluding_pending: 1000, including_pending: 1000, effective_at: PERIOD_END },
          deductions: [],
          pending_deductions: [],
          custom_fields: {},
        },
      ],
      next_page: null,
    });
  });

  it('makes a grant effective now when no effective_at is given', async () => {
    const customerId = await createCustomer('Acme');
    const { effective_at: _omitted, ...body } = grantBody(customerId);
    await api('POST', '/v1/credits/createGrant', { body });
    expect((await listGrants()).data[0].effective_at).toBe(NOW);
  });

  it('serves uniqueness_key as null when the grant was made without one', async () => {
    const customerId = await createCustomer('Acme');
    await createGrant(customerId);
    expect((await listGrants()).data[0]).toMatchObject({ uniqueness_key: null, reason: null, credit_grant_type: null });
  });

  it('names the products a product-specific grant applies to', async () => {
    const customerId = await createCustomer('Acme');
    const product = await api('POST', '/v1/contract-pricing/products/create', { body: { name: 'Support', type: 'FIXED' } });
    expect(product.status, JSON.stringify(product.body)).toBe(200);
    await createGrant(customerId, { product_ids: [product.body.data.id] });
    expect((await listGrants()).data[0].products).toEqual([{ id: product.body.data.id, name: 'Support' }]);
  });

  it('stores custom fields whose keys are on the allow list', async () => {
    const customerId = await createCustomer('Acme');
    const refused = await api('POST', '/v1/credits/createGrant', { body: grantBody(customerId, { custom_fields: { ticket: 'T-1' } }) });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      message: 'Custom field key "ticket" has not been added for entity credit_grant; add it with /v1/customFields/addKey',
    });
    await api('POST', '/v1/customFields/addKey', { body: { entity: 'credit_grant', key: 'ticket', enforce_uniqueness: false } });
    await createGrant(customerId, { custom_fields: { ticket: 'T-1' } });
    expect((await listGrants()).data[0].custom_fields).toEqual({ ticket: 'T-1' });
  });

  it('answers 404 for an unknown customer, pricing unit or product', async () => {
    const customerId = await createCustomer('Acme');
    const cases: [Record<string, unknown>, string][] = [
      [grantBody(UNKNOWN_ID), `Customer not found: ${UNKNOWN_ID}`],
      [grantBody(customerId, { grant_amount: { amount: 10, credit_type_id: UNKNOWN_ID } }), `credit type not found: ${UNKNOWN_ID}`],
      [grantBody(customerId, { product_ids: [UNKNOWN_ID] }), `product not found: ${UNKNOWN_ID}`],
    ];
    for (const [body, message] of cases) {
      const response = await api('POST', '/v1/credits/createGrant', { body });
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ message });
    }
  });

  it('answers 400 for an expiry not after the start and for a grant of nothing', async () => {
    const customerId = await createCustomer('Acme');
    const backwards = await api('POST', '/v1/credits/createGrant', {
      body: grantBody(customerId, { expires_at: '2025-03-01T00:00:00Z' }),
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body).toEqual({ message: 'expires_at must be after effective_at' });
    const nothing = await api('POST', '/v1/credits/createGrant', {
      body: grantBody(customerId, { grant_amount: { amount: 0, credit_type_id: USD_CENTS.id } }),
    });
    expect(nothing.status).toBe(400);
    expect(nothing.body).toEqual({ message: 'grant_amount.amount must be greater than 0' });
  });
});

describe('uniqueness keys', () => {
  it('answers 409 when a uniqueness key is used again', async () => {
    const customerId = await createCustomer('Acme');
    const first = await createGrant(customerId, { uniqueness_key: 'signup' });
    const again = await api('POST', '/v1/credits/createGrant', { body: grantBody(customerId, { uniqueness_key: 'signup' }) });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ message: `A credit grant with uniqueness_key "signup" already exists: ${first}` });
    expect((await listGrants()).data).toHaveLength(1);
  });

  it('keeps a voided grant’s key unless the void releases it', async () => {
    const customerId = await createCustomer('Acme');
    const first = await createGrant(customerId, { uniqueness_key: 'signup' });
    await api('POST', '/v1/credits/voidGrant', { body: { id: first } });
    expect((await api('POST', '/v1/credits/createGrant', { body: grantBody(customerId, { uniqueness_key: 'signup' }) })).status).toBe(409);

    const second = await createGrant(customerId, { uniqueness_key: 'renewal' });
    await api('POST', '/v1/credits/voidGrant', { body: { id: second, release_uniqueness_key: true } });
    const reused = await api('POST', '/v1/credits/createGrant', { body: grantBody(customerId, { uniqueness_key: 'renewal' }) });
    expect(reused.status).toBe(200);
  });
});

describe('editing a credit grant', () => {
  it('changes the name, expiry and type', async () => {
    const customerId = await createCustomer('Acme');
    const id = await createGrant(customerId);
    const response = await api('POST', '/v1/credits/editGrant', {
      body: { id, name: 'Renamed', expires_at: '2025-09-01T00:00:00Z', credit_grant_type: 'enterprise' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { id } });
    expect((await listGrants()).data[0]).toMatchObject({
      name: 'Renamed',
      expires_at: '2025-09-01T00:00:00.000Z',
      credit_grant_type: 'enterprise',
    });
  });

  it('answers 404 for an unknown grant and 400 for a voided one or an expiry before the start', async () => {
    const customerId = await createCustomer('Acme');
    const unknown = await api('POST', '/v1/credits/editGrant', { body: { id: UNKNOWN_ID, name: 'x' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ message: `credit grant not found: ${UNKNOWN_ID}` });

    const id = await createGrant(customerId);
    const early = await api('POST', '/v1/credits/editGrant', { body: { id, expires_at: '2025-02-01T00:00:00Z' } });
    expect(early.status).toBe(400);
    expect(early.body).toEqual({ message: "expires_at must be after the grant's effective_at" });

    await api('POST', '/v1/credits/voidGrant', { body: { id } });
    const voided = await api('POST', '/v1/credits/editGrant', { body: { id, name: 'x' } });
    expect(voided.status).toBe(400);
    expect(voided.body).toEqual({ message: `credit grant ${id} is voided` });
  });
});

describe('voiding a credit grant', () => {
  it('takes the grant out of the grant list and the ledger', async () => {
    const customerId = await createCustomer('Acme');
    const kept = await createGrant(customerId, { name: 'Kept' });
    const voided = await createGrant(customerId, { name: 'Voided' });
    const response = await api('POST', '/v1/credits/voidGrant', { body: { id: voided, void_credit_purchase_invoice: true } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { id: voided } });
    expect((await listGrants()).data.map((g: { id: string }) => g.id)).toEqual([kept]);
    const ledger = (await listEntries({ customer_ids: [customerId] })).data[0].ledgers[0];
    expect(ledger.entries.map((e: { credit_grant_id: string }) => e.credit_grant_id)).toEqual([kept]);
    expect(ledger.ending_balance.excluding_pending).toBe(1000);
  });

  it('answers 400 when the grant is already voided and 404 when it does not exist', async () => {
    const customerId = await createCustomer('Acme');
    const id = await createGrant(customerId);
    await api('POST', '/v1/credits/voidGrant', { body: { id } });
    const again = await api('POST', '/v1/credits/voidGrant', { body: { id } });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ message: `credit grant ${id} is voided` });
    expect((await api('POST', '/v1/credits/voidGrant', { body: { id: UNKNOWN_ID } })).status).toBe(404);
  });
});

describe('listing credit grants', () => {
  async function fixture() {
    const acme = await createCustomer('Acme');
    const globex = await createCustomer('Globex');
    const units = await createCreditType('cloud consumption units');
    const march = await createGrant(acme, { name: 'March' });
    const april = await createGrant(acme, { name: 'April', effective_at: '2025-04-01T00:00:00Z', expires_at: '2025-05-01T00:00:00Z' });
    const units1 = await createGrant(acme, { name: 'Units', grant_amount: { amount: 50, credit_type_id: units.id } });
    const other = await createGrant(globex, { name: 'Globex' });
    return { acme, globex, units, march, april, units1, other };
  }
  const names = (body: { data: { name: string }[] }) => body.data.map((grant) => grant.name);

  it('filters by customer, pricing unit and grant id', async () => {
    const f = await fixture();
    expect(names(await listGrants({ customer_ids: [f.globex] }))).toEqual(['Globex']);
    expect(names(await listGrants({ credit_type_ids: [f.units.id] }))).toEqual(['Units']);
    expect(names(await listGrants({ customer_ids: [f.acme], credit_type_ids: [USD_CENTS.id] }))).toEqual(['March', 'April']);
    expect(names(await listGrants({ credit_grant_ids: [f.other, f.april] }))).toEqual(['April', 'Globex']);
  });

  it('keeps grants effective strictly before effective_before and expiring at or after not_expiring_before', async () => {
    await fixture();
    expect(names(await listGrants({ effective_before: '2025-04-01T00:00:00Z' }))).toEqual(['March', 'Units', 'Globex']);
    expect(names(await listGrants({ not_expiring_before: '2025-06-01T00:00:00Z' }))).toEqual(['March', 'Units', 'Globex']);
    expect(names(await listGrants({ not_expiring_before: '2025-05-01T00:00:00Z' }))).toEqual(['March', 'April', 'Units', 'Globex']);
  });

  it('answers 400 when credit_grant_ids is combined with other filters', async () => {
    const f = await fixture();
    const response = await api('POST', '/v1/credits/listGrants', { body: { credit_grant_ids: [f.march], customer_ids: [f.acme] } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'credit_grant_ids cannot be combined with customer_ids or credit_type_ids' });
  });

  it('pages grants in the order they were created', async () => {
    await fixture();
    const first = await listGrants({}, { limit: 3 });
    expect(names(first)).toEqual(['March', 'April', 'Units']);
    const second = await listGrants({}, { limit: 3, next_page: first.next_page });
    expect(names(second)).toEqual(['Globex']);
    expect(second.next_page).toBeNull();
  });
});

describe('the credit ledger', () => {
  it('opens with the grant entry and ends the period with its balance', async () => {
    const customerId = await createCustomer('Acme');
    const id = await createGrant(customerId, { reason: 'Welcome offer' });
    expect(await listEntries()).toEqual({
      data: [
        {
          customer_id: customerId,
          ledgers: [
            {
              credit_type: USD,
              starting_balance: { excluding_pending: 0, including_pending: 0, effective_at: '2025-03-01T00:00:00.000Z' },
              ending_balance: { excluding_pending: 1000, including_pending: 1000, effective_at: PERIOD_END },
              entries: [
                {
                  amount: 1000,
                  reason: 'Welcome offer',
                  running_balance: 1000,
                  effective_at: '2025-03-01T00:00:00.000Z',
                  created_by: 'Local API token',
                  credit_grant_id: id,
                  invoice_id: null,
                },
              ],
              pending_entries: [],
            },
          ],
        },
      ],
      next_page: null,
    });
  });

  it('shows an expiration due before the period ends as pending, and posts it once the clock passes it', async () => {
    const customerId = await createCustomer('Acme');
    const id = await createGrant(customerId, { expires_at: '2025-03-20T00:00:00Z' });
    drawDown(customerId, 250, '2025-03-10T00:00:00Z');

    const before = (await listEntries()).data[0].ledgers[0];
    expect(before.ending_balance).toEqual({ excluding_pending: 750, including_pending: 0, effective_at: PERIOD_END });
    expect(before.pending_entries).toEqual([
      {
        amount: -750,
        reason: 'Credit grant expiration',
        running_balance: 0,
        effective_at: '2025-03-20T00:00:00.000Z',
        created_by: 'Metronome System',
        credit_grant_id: id,
        invoice_id: null,
      },
    ]);
    expect((await listGrants()).data[0].balance).toEqual({ excluding_pending: 750, including_pending: 0, effective_at: PERIOD_END });

    await api('POST', '/_local/clock', { body: { now: '2025-03-21T00:00:00Z' } });
    const after = (await listEntries()).data[0].ledgers[0];
    expect(after.entries.map((e: { amount: number; running_balance: number; reason: string }) => [e.reason, e.amount, e.running_balance])).toEqual([
      ['Credit grant', 1000, 1000],
      ['Automated invoice deduction', -250, 750],
      ['Credit grant expiration', -750, 0],
    ]);
    expect(after.pending_entries).toEqual([]);
    const grant = (await listGrants()).data[0];
    expect(grant.balance).toEqual({ excluding_pending: 0, including_pending: 0, effective_at: PERIOD_END });
    expect(grant.deductions.map((d: { amount: number }) => d.amount)).toEqual([-250, -750]);
  });

  it('leaves an expiration after the period’s end out of the balance until that period', async () => {
    const customerId = await createCustomer('Acme');
    await createGrant(customerId, { expires_at: '2025-04-15T00:00:00Z' });
    expect((await listGrants()).data[0].balance).toEqual({ excluding_pending: 1000, including_pending: 1000, effective_at: PERIOD_END });
    await api('POST', '/_local/clock', { body: { now: '2025-04-02T00:00:00Z' } });
    expect((await listGrants()).data[0].balance).toEqual({
      excluding_pending: 1000,
      including_pending: 0,
      effective_at: '2025-05-01T00:00:00.000Z',
    });
  });

  it('lists a draft invoice’s deductions as pending until they are posted', async () => {
    const customerId = await createCustomer('Acme');
    const id = await createGrant(customerId);
    drawDown(customerId, 300, '2025-03-12T00:00:00Z', { pending: true });
    const pending = (await listEntries()).data[0].ledgers[0];
    expect(pending.pending_entries).toEqual([
      {
        amount: -300,
        reason: 'Automated invoice deduction',
        running_balance: 700,
        effective_at: '2025-03-12T00:00:00.000Z',
        created_by: 'Metronome System',
        credit_grant_id: id,
        invoice_id: INVOICE,
      },
    ]);
    expect(pending.ending_balance).toEqual({ excluding_pending: 1000, including_pending: 700, effective_at: PERIOD_END });
    expect((await listGrants()).data[0].pending_deductions.map((d: { amount: number }) => d.amount)).toEqual([-300]);

    expect(postCreditDeductions(server.local.db, INVOICE)).toBe(1);
    const posted = (await listEntries()).data[0].ledgers[0];
    expect(posted.pending_entries).toEqual([]);
    expect(posted.entries.map((e: { amount: number }) => e.amount)).toEqual([1000, -300]);
    expect(posted.ending_balance).toEqual({ excluding_pending: 700, including_pending: 700, effective_at: PERIOD_END });
  });

  it('gives a draft invoice’s pending deductions back when they are released', async () => {
    const customerId = await createCustomer('Acme');
    await createGrant(customerId);
    drawDown(customerId, 300, '2025-03-12T00:00:00Z', { pending: true });
    expect(releaseCreditDeductions(server.local.db, INVOICE)).toBe(1);
    expect((await listGrants()).data[0].balance.including_pending).toBe(1000);
  });

  it('opens a window with the balance of everything before it, and sorts newest first on request', async () => {
    const customerId = await createCustomer('Acme');
    await createGrant(customerId, { name: 'Early', effective_at: '2025-01-01T00:00:00Z' });
    await createGrant(customerId, { name: 'Later', effective_at: '2025-02-10T00:00:00Z', grant_amount: { amount: 500, credit_type_id: USD_CENTS.id } });
    drawDown(customerId, 1200, '2025-02-20T00:00:00Z');
    const window = { customer_ids: [customerId], starting_on: '2025-02-01T00:00:00Z', ending_before: '2025-03-01T00:00:00Z' };
    const ledger = (await listEntries(window, { sort: 'desc' })).data[0].ledgers[0];
    expect(ledger.starting_balance).toEqual({ excluding_pending: 1000, including_pending: 1000, effective_at: '2025-02-01T00:00:00.000Z' });
    expect(ledger.ending_balance).toEqual({ excluding_pending: 300, including_pending: 300, effective_at: '2025-03-01T00:00:00.000Z' });
    expect(ledger.entries.map((e: { amount: number; running_balance: number }) => [e.amount, e.running_balance])).toEqual([
      [-200, 300],
      [-1000, 500],
      [500, 1500],
    ]);
  });

  it('keeps a ledger per pricing unit', async () => {
    const customerId = await createCustomer('Acme');
    const units = await createCreditType('cloud consumption units');
    await createGrant(customerId);
    await createGrant(customerId, { grant_amount: { amount: 40, credit_type_id: units.id } });
    const ledgers = (await listEntries()).data[0].ledgers;
    expect(ledgers.map((l: { credit_type: unknown; ending_balance: { excluding_pending: number } }) => [l.credit_type, l.ending_balance.excluding_pending])).toEqual([
      [USD, 1000],
      [units, 40],
    ]);
    const onlyUnits = (await listEntries({ credit_type_ids: [units.id] })).data[0].ledgers;
    expect(onlyUnits.map((l: { credit_type: { id: string } }) => l.credit_type.id)).toEqual([units.id]);
  });

  it('lists only customers with grants, unless customers are asked for by id', async () => {
    const withGrant = await createCustomer('Acme');
    const without = await createCustomer('Globex');
    await createGrant(withGrant);
    expect((await listEntries()).data.map((c: { customer_id: string }) => c.customer_id)).toEqual([withGrant]);
    expect((await listEntries({ customer_ids: [without] })).data).toEqual([{ customer_id: without, ledgers: [] }]);
  });

  it('answers 400 for a window that ends in the future or before it starts, 404 for unknown ids', async () => {
    const customerId = await createCustomer('Acme');
    const future = await api('POST', '/v1/credits/listEntries', { body: { ending_before: '2025-04-01T00:00:00Z' } });
    expect(future.status).toBe(400);
    expect(future.body).toEqual({ message: 'ending_before must not be in the future' });
    const backwards = await api('POST', '/v1/credits/listEntries', {
      body: { starting_on: '2025-03-10T00:00:00Z', ending_before: '2025-03-01T00:00:00Z' },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body).toEqual({ message: 'starting_on must be before ending_before' });
    const unknownCustomer = await api('POST', '/v1/credits/listEntries', { body: { customer_ids: [customerId, UNKNOWN_ID] } });
    expect(unknownCustomer.status).toBe(404);
    expect(unknownCustomer.body).toEqual({ message: `Customer not found: ${UNKNOWN_ID}` });
    const unknownType = await api('POST', '/v1/credits/listEntries', { body: { credit_type_ids: [UNKNOWN_ID] } });
    expect(unknownType.status).toBe(404);
  });
});

describe('drawDownCreditGrants', () => {
  it('draws the highest priority first, then the grant that expires soonest', async () => {
    const customerId = await createCustomer('Acme');
    const low = await createGrant(customerId, { name: 'Low priority', priority: 2, expires_at: '2025-05-01T00:00:00Z' });
    const late = await createGrant(customerId, { name: 'Late', priority: 1, expires_at: '2025-12-01T00:00:00Z' });
    const soon = await createGrant(customerId, { name: 'Soon', priority: 1, expires_at: '2025-06-01T00:00:00Z' });
    const result = drawDown(customerId, 2500, '2025-03-10T00:00:00Z');
    expect(result.applied).toBe(2500);
    expect(result.entries).toEqual([
      { amount: -1000, reason: 'Automated invoice deduction', running_balance: 2000, effective_at: '2025-03-10T00:00:00.000Z', created_by: 'Metronome System', credit_grant_id: soon, invoice_id: INVOICE },
      { amount: -1000, reason: 'Automated invoice deduction', running_balance: 1000, effective_at: '2025-03-10T00:00:00.000Z', created_by: 'Metronome System', credit_grant_id: late, invoice_id: INVOICE },
      { amount: -500, reason: 'Automated invoice deduction', running_balance: 500, effective_at: '2025-03-10T00:00:00.000Z', created_by: 'Metronome System', credit_grant_id: low, invoice_id: INVOICE },
    ]);
    const balances = (await listGrants()).data.map((g: { name: string; balance: { excluding_pending: number } }) => [g.name, g.balance.excluding_pending]);
    expect(balances).toEqual([
      ['Low priority', 500],
      ['Late', 0],
      ['Soon', 0],
    ]);
  });

  it('applies only what the grants hold', async () => {
    const customerId = await createCustomer('Acme');
    await createGrant(customerId);
    const result = drawDown(customerId, 1500, '2025-03-10T00:00:00Z');
    expect(result.applied).toBe(1000);
    expect(drawDown(customerId, 10, '2025-03-11T00:00:00Z')).toEqual({ applied: 0, appliedExact: '0', entries: [] });
  });

  it('uses a product-specific grant only for its products', async () => {
    const customerId = await createCustomer('Acme');
    const product = await api('POST', '/v1/contract-pricing/products/create', { body: { name: 'Support', type: 'FIXED' } });
    const productId = product.body.data.id;
    const specific = await createGrant(customerId, { name: 'Support only', priority: 0.5, product_ids: [productId] });
    const general = await createGrant(customerId, { name: 'Anything', priority: 5 });
    expect(drawDown(customerId, 100, '2025-03-10T00:00:00Z').entries.map((e) => e.credit_grant_id)).toEqual([general]);
    expect(drawDown(customerId, 100, '2025-03-10T00:00:00Z', { productId }).entries.map((e) => e.credit_grant_id)).toEqual([specific]);
    expect(drawDown(customerId, 100, '2025-03-10T00:00:00Z', { productId: UNKNOWN_ID }).entries.map((e) => e.credit_grant_id)).toEqual([general]);
  });

  it('skips grants not yet effective or already expired at the charge’s time', async () => {
    const customerId = await createCustomer('Acme');
    await createGrant(customerId, { name: 'Future', priority: 0.1, effective_at: '2025-03-20T00:00:00Z' });
    await createGrant(customerId, { name: 'Expired', priority: 0.2, effective_at: '2025-02-01T00:00:00Z', expires_at: '2025-03-10T00:00:00Z' });
    const current = await createGrant(customerId, { name: 'Current', priority: 9 });
    expect(drawDown(customerId, 100, '2025-03-10T00:00:00Z').entries.map((e) => e.credit_grant_id)).toEqual([current]);
  });

  it('adds and deducts decimal amounts exactly', async () => {
    const customerId = await createCustomer('Acme');
    await createGrant(customerId, { name: 'Tenth', grant_amount: { amount: 0.1, credit_type_id: USD_CENTS.id } });
    await createGrant(customerId, { name: 'Fifth', grant_amount: { amount: 0.2, credit_type_id: USD_CENTS.id } });
    const result = drawDown(customerId, '0.3', '2025-03-10T00:00:00Z');
    expect(result.appliedExact).toBe('0.3');
    expect(result.applied).toBe(0.3);
    const ledger = (await listEntries()).data[0].ledgers[0];
    expect(ledger.entries.map((e: { running_balance: number }) => e.running_balance)).toEqual([0.1, 0.3, 0.2, 0]);
    expect(ledger.ending_balance.excluding_pending).toBe(0);
  });
});

describe('rolling over an expiring grant', () => {
  it('rolls what is left, up to the rollover cap, into a new grant when the grant expires', async () => {
    const customerId = await createCustomer('Acme');
    const id = await createGrant(customerId, {
      expires_at: '2025-04-01T00:00:00Z',
      rollover_settings: {
        expires_at: '2025-07-01T00:00:00Z',
        priority: 3,
        rollover_amount: { type: 'MAX_PERCENTAGE', value: 0.5 },
      },
    });
    drawDown(customerId, 200, '2025-03-10T00:00:00Z');
    await api('POST', '/_local/clock', { body: { now: '2025-04-02T00:00:00Z' } });
    const grants = (await listGrants()).data;
    expect(grants).toHaveLength(2);
    expect(grants[0].balance.excluding_pending).toBe(0);
    expect(grants[1]).toMatchObject({
      name: 'Promo',
      effective_at: '2025-04-01T00:00:00.000Z',
      expires_at: '2025-07-01T00:00:00.000Z',
      priority: 3,
      grant_amount: { amount: 500, credit_type: USD },
      balance: { excluding_pending: 500, including_pending: 500 },
      reason: `Rollover of credit grant ${id}`,
    });
    const ledger = (await listEntries()).data[0].ledgers[0];
    expect(ledger.entries.map((e: { amount: number; running_balance: number }) => [e.amount, e.running_balance])).toEqual([
      [1000, 1000],
      [-200, 800],
      [500, 1300],
      [-800, 500],
    ]);
  });
});

const specPath = process.env.METRONOME_OPENAPI_SPEC;
describe.skipIf(!specPath)('conformance of credit grant responses to the OpenAPI spec', () => {
  it('answers every credit grant operation with a body the spec allows', async () => {
    const { call, findings } = conformanceRecorder(api, specPath!);
    const customerId = await createCustomer('Spec');
    const created = await call('POST /v1/credits/createGrant', '/v1/credits/createGrant', {
      body: grantBody(customerId, { uniqueness_key: 'spec', expires_at: '2025-03-20T00:00:00Z', reason: 'r' }),
    });
    const id = created.body.data.id;
    await call('POST /v1/credits/createGrant', '/v1/credits/createGrant', { body: grantBody(customerId) });
    drawDown(customerId, 100, '2025-03-05T00:00:00Z');
    drawDown(customerId, 50, '2025-03-06T00:00:00Z', { pending: true });
    // listGrants is left out: the spec's `uniqueness_key` ({$ref, nullable} without a type) does not compile in
    // the response validator; its shape is asserted exactly in the tests above.
    await call('POST /v1/credits/listEntries', '/v1/credits/listEntries', { body: {} });
    await call('POST /v1/credits/editGrant', '/v1/credits/editGrant', { body: { id, name: 'Edited' } });
    await call('POST /v1/credits/voidGrant', '/v1/credits/voidGrant', { body: { id } });
    await call('POST /v1/credits/editGrant', '/v1/credits/editGrant', { body: { id, name: 'Again' } });
    await call('POST /v1/credits/voidGrant', '/v1/credits/voidGrant', { body: { id } });
    await call('POST /v1/credits/listEntries', '/v1/credits/listEntries', { body: { customer_ids: [UNKNOWN_ID] } });
    expect(findings).toEqual([]);
  });
});
