import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Collection } from '../../src/local-metronome/store/documents.js';
import { customFieldsOf } from '../../src/local-metronome/store/custom-fields.js';
import { OpenApiResponses } from '../support/openapi-responses.js';
import { useLocalMetronome } from '../support/local-metronome.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

beforeEach(async () => {
  await server.local.reset();
});

async function addKey(entity: string, key: string, enforce_uniqueness = false) {
  const response = await api('POST', '/v1/customFields/addKey', { body: { entity, key, enforce_uniqueness } });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

async function createCustomer(name: string): Promise<string> {
  return (await api('POST', '/v1/customers', { body: { name } })).body.data.id;
}

async function customerFields(id: string) {
  return (await api('GET', `/v1/customers/${id}`)).body.data.custom_fields;
}

/** A document of another domain, stored where that domain keeps it (its module may not serve it yet). */
function storeDocument(kind: string, parentId?: string): string {
  const id = randomUUID();
  new Collection(server.local.db, kind).insert({ id }, parentId);
  return id;
}

const setValues = (entity: string, entity_id: string, custom_fields: Record<string, string>) =>
  api('POST', '/v1/customFields/setValues', { body: { entity, entity_id, custom_fields } });

describe('POST /v1/customFields/addKey and listKeys', () => {
  it('adds a key that listKeys then answers', async () => {
    const added = await api('POST', '/v1/customFields/addKey', {
      body: { entity: 'customer', key: 'x_account_id', enforce_uniqueness: true },
    });
    expect(added.status).toBe(200);
    expect(added.body).toBeUndefined();
    const listed = await api('POST', '/v1/customFields/listKeys', { body: {} });
    expect(listed.body).toEqual({
      data: [{ entity: 'customer', key: 'x_account_id', enforce_uniqueness: true }],
      next_page: null,
    });
  });

  it('answers 409 when the key already exists for the entity', async () => {
    await addKey('customer', 'region');
    const again = await api('POST', '/v1/customFields/addKey', { body: { entity: 'customer', key: 'region', enforce_uniqueness: true } });
    expect(again).toMatchObject({ status: 409, body: { message: 'Custom field key "region" already exists for entity customer' } });
  });

  it('allows the same key on different entity types', async () => {
    await addKey('customer', 'region');
    await addKey('contract', 'region', true);
    const listed = await api('POST', '/v1/customFields/listKeys', { body: {} });
    expect(listed.body.data).toEqual([
      { entity: 'customer', key: 'region', enforce_uniqueness: false },
      { entity: 'contract', key: 'region', enforce_uniqueness: true },
    ]);
  });

  it('answers 400 for a key longer than 100 characters', async () => {
    const response = await api('POST', '/v1/customFields/addKey', {
      body: { entity: 'customer', key: 'k'.repeat(101), enforce_uniqueness: false },
    });
    expect(response).toMatchObject({ status: 400, body: { message: 'key must be at most 100 characters' } });
  });

  it('answers 400 for an entity type outside the contract', async () => {
    const response = await api('POST', '/v1/customFields/addKey', { body: { entity: 'widget', key: 'k', enforce_uniqueness: false } });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/^entity must be one of: alert, billable_metric, charge,/);
  });

  it('filters listKeys by entity types', async () => {
    await addKey('customer', 'a');
    await addKey('product', 'b');
    await addKey('contract', 'c');
    await addKey('customer', 'd');
    const listed = await api('POST', '/v1/customFields/listKeys', { body: { entities: ['customer', 'contract'] } });
    expect(listed.body.data.map((k: { key: string }) => k.key)).toEqual(['a', 'c', 'd']);
  });

  it('pages listKeys 100 keys at a time through next_page', async () => {
    for (let i = 0; i < 101; i++) await addKey('customer', `key_${i}`);
    const first = await api('POST', '/v1/customFields/listKeys', { body: {} });
    expect(first.body.data).toHaveLength(100);
    expect(first.body.data[99].key).toBe('key_99');
    const second = await api('POST', '/v1/customFields/listKeys', { body: {}, query: { next_page: first.body.next_page } });
    expect(second.body).toEqual({ data: [{ entity: 'customer', key: 'key_100', enforce_uniqueness: false }], next_page: null });
  });

  it('answers 400 for a next_page token it did not issue', async () => {
    const response = await api('POST', '/v1/customFields/listKeys', { body: {}, query: { next_page: 'garbage' } });
    expect(response).toMatchObject({ status: 400, body: { message: 'Invalid next_page cursor' } });
  });
});

describe('POST /v1/customFields/setValues', () => {
  it('sets values that the customer then carries in every response', async () => {
    await addKey('customer', 'x_account_id');
    const id = await createCustomer('Acme');
    const response = await setValues('customer', id, { x_account_id: 'KyVnHhSBWl7eY2bl' });
    expect(response.status).toBe(200);
    expect(response.body).toBeUndefined();
    expect(await customerFields(id)).toEqual({ x_account_id: 'KyVnHhSBWl7eY2bl' });
    expect((await api('GET', '/v1/customers')).body.data[0].custom_fields).toEqual({ x_account_id: 'KyVnHhSBWl7eY2bl' });
    expect((await api('POST', `/v1/customers/${id}/setName`, { body: { name: 'Acme 2' } })).body.data.custom_fields).toEqual({
      x_account_id: 'KyVnHhSBWl7eY2bl',
    });
  });

  it('overwrites the keys it names and leaves the others untouched', async () => {
    await addKey('customer', 'a');
    await addKey('customer', 'b');
    const id = await createCustomer('Acme');
    await setValues('customer', id, { a: '1', b: '2' });
    await setValues('customer', id, { b: '3' });
    expect(await customerFields(id)).toEqual({ a: '1', b: '3' });
  });

  it('answers 400 for a key not added for the entity type and sets none of the values', async () => {
    await addKey('customer', 'a');
    await addKey('contract', 'only_on_contracts');
    const id = await createCustomer('Acme');
    const response = await setValues('customer', id, { a: '1', only_on_contracts: '2' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: 'Custom field key "only_on_contracts" has not been added for entity customer; add it with /v1/customFields/addKey',
    });
    expect(await customerFields(id)).toEqual({});
  });

  it('answers 400 for a value longer than 200 characters', async () => {
    await addKey('customer', 'note');
    const id = await createCustomer('Acme');
    const response = await setValues('customer', id, { note: 'v'.repeat(201) });
    expect(response).toMatchObject({ status: 400, body: { message: 'custom_fields.note must be at most 200 characters' } });
    expect((await setValues('customer', id, { note: 'v'.repeat(200) })).status).toBe(200);
  });

  it('answers 409 when a unique key already holds the value on another entity of the type', async () => {
    await addKey('customer', 'crm_id', true);
    const first = await createCustomer('First');
    const second = await createCustomer('Second');
    await setValues('customer', first, { crm_id: 'c-1' });
    const response = await setValues('customer', second, { crm_id: 'c-1' });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      message: `Custom field "crm_id" must be unique for entity customer: value "c-1" is already set on ${first}`,
    });
    expect(await customerFields(second)).toEqual({});
  });

  it('lets an entity set the unique value it already holds again', async () => {
    await addKey('customer', 'crm_id', true);
    const id = await createCustomer('First');
    await setValues('customer', id, { crm_id: 'c-1' });
    expect((await setValues('customer', id, { crm_id: 'c-1' })).status).toBe(200);
  });

  it('lets a unique value be reused once its holder deleted it', async () => {
    await addKey('customer', 'crm_id', true);
    const first = await createCustomer('First');
    const second = await createCustomer('Second');
    await setValues('customer', first, { crm_id: 'c-1' });
    await api('POST', '/v1/customFields/deleteValues', { body: { entity: 'customer', entity_id: first, keys: ['crm_id'] } });
    expect((await setValues('customer', second, { crm_id: 'c-1' })).status).toBe(200);
  });

  it('allows the same value on many entities when the key does not enforce uniqueness', async () => {
    await addKey('customer', 'tier', false);
    const first = await createCustomer('First');
    const second = await createCustomer('Second');
    await setValues('customer', first, { tier: 'gold' });
    expect((await setValues('customer', second, { tier: 'gold' })).status).toBe(200);
    expect(await customerFields(second)).toEqual({ tier: 'gold' });
  });

  it('scopes uniqueness to one entity type', async () => {
    await addKey('customer', 'ref', true);
    await addKey('rate_card', 'ref', true);
    const customer = await createCustomer('Customer');
    const rateCard = storeDocument('rate_card');
    await setValues('customer', customer, { ref: 'same' });
    expect((await setValues('rate_card', rateCard, { ref: 'same' })).status).toBe(200);
  });

  it('answers 404 for a customer that does not exist', async () => {
    await addKey('customer', 'a');
    const response = await setValues('customer', UNKNOWN_ID, { a: '1' });
    expect(response).toMatchObject({ status: 404, body: { message: `customer not found: ${UNKNOWN_ID}` } });
  });

  it.each([
    ['contract', 'contract'],
    ['contract_product', 'product'],
    ['product', 'product'],
    ['rate_card', 'rate_card'],
    ['billable_metric', 'billable_metric'],
    ['plan', 'plan'],
    ['customer_plan', 'customer_plan'],
    ['credit_grant', 'credit_grant'],
    ['alert', 'alert'],
  ])('checks that a %s exists among the %s documents', async (entity, kind) => {
    await addKey(entity, 'ref');
    expect(await setValues(entity, UNKNOWN_ID, { ref: 'x' })).toMatchObject({
      status: 404,
      body: { message: `${entity} not found: ${UNKNOWN_ID}` },
    });
    const id = storeDocument(kind);
    expect((await setValues(entity, id, { ref: 'x' })).status).toBe(200);
    expect(customFieldsOf(server.local.db, entity, id)).toEqual({ ref: 'x' });
  });

  it('accepts ids of entities nested in other documents (commits, credits, charges) as given', async () => {
    await addKey('commit', 'po_number');
    const commitId = randomUUID();
    expect((await setValues('commit', commitId, { po_number: 'PO-1' })).status).toBe(200);
    expect(customFieldsOf(server.local.db, 'commit', commitId)).toEqual({ po_number: 'PO-1' });
  });

  it('records the change in the audit log under the entity id', async () => {
    await addKey('customer', 'a');
    const id = await createCustomer('Acme');
    await setValues('customer', id, { a: '1' });
    const log = await api('GET', '/v1/auditLogs', { query: { resource_type: 'custom_field_values', resource_id: id } });
    expect(log.body.data).toMatchObject([{ resource_id: id, action: 'setValues', status: 'success' }]);
  });
});

describe('POST /v1/customFields/deleteValues', () => {
  it('deletes the named keys only', async () => {
    await addKey('customer', 'a');
    await addKey('customer', 'b');
    const id = await createCustomer('Acme');
    await setValues('customer', id, { a: '1', b: '2' });
    const response = await api('POST', '/v1/customFields/deleteValues', {
      body: { entity: 'customer', entity_id: id, keys: ['a', 'never_set'] },
    });
    expect(response.status).toBe(200);
    expect(await customerFields(id)).toEqual({ b: '2' });
  });

  it('answers 404 for an entity that does not exist', async () => {
    const response = await api('POST', '/v1/customFields/deleteValues', {
      body: { entity: 'customer', entity_id: UNKNOWN_ID, keys: ['a'] },
    });
    expect(response).toMatchObject({ status: 404, body: { message: `customer not found: ${UNKNOWN_ID}` } });
  });
});

describe('POST /v1/customFields/removeKey', () => {
  it('removes the key from the allow list and its values from every entity', async () => {
    await addKey('customer', 'a');
    await addKey('customer', 'b');
    const first = await createCustomer('First');
    const second = await createCustomer('Second');
    await setValues('customer', first, { a: '1', b: '2' });
    await setValues('customer', second, { a: '3' });
    const removed = await api('POST', '/v1/customFields/removeKey', { body: { entity: 'customer', key: 'a' } });
    expect(removed.status).toBe(200);
    expect(await customerFields(first)).toEqual({ b: '2' });
    expect(await customerFields(second)).toEqual({});
    expect((await api('POST', '/v1/customFields/listKeys', { body: {} })).body.data).toEqual([
      { entity: 'customer', key: 'b', enforce_uniqueness: false },
    ]);
  });

  it('refuses values for the removed key, and a key added again starts empty', async () => {
    await addKey('customer', 'a');
    const id = await createCustomer('Acme');
    await setValues('customer', id, { a: '1' });
    await api('POST', '/v1/customFields/removeKey', { body: { entity: 'customer', key: 'a' } });
    expect((await setValues('customer', id, { a: '2' })).status).toBe(400);
    await addKey('customer', 'a');
    expect(await customerFields(id)).toEqual({});
  });

  it('keeps the same key of other entity types', async () => {
    await addKey('customer', 'ref');
    await addKey('commit', 'ref');
    const commitId = randomUUID();
    await setValues('commit', commitId, { ref: 'r' });
    await api('POST', '/v1/customFields/removeKey', { body: { entity: 'customer', key: 'ref' } });
    expect(customFieldsOf(server.local.db, 'commit', commitId)).toEqual({ ref: 'r' });
  });

  it('answers 404 for a key that does not exist for the entity', async () => {
    await addKey('contract', 'a');
    const response = await api('POST', '/v1/customFields/removeKey', { body: { entity: 'customer', key: 'a' } });
    expect(response).toMatchObject({ status: 404, body: { message: 'Custom field key "a" not found for entity customer' } });
  });
});

const specPath = process.env.METRONOME_OPENAPI_SPEC;
describe.skipIf(!specPath)('conformance of custom field responses to the OpenAPI spec', () => {
  it('answers every custom field operation with a body the spec allows', async () => {
    const responses = new OpenApiResponses(specPath!);
    const findings: string[] = [];
    const call = async (operation: string, body: unknown) => {
      const response = await api('POST', operation.split(' ')[1]!, { body });
      findings.push(...responses.check(operation, response.status, response.body));
    };
    const id = await createCustomer('Spec');
    await call('POST /v1/customFields/addKey', { entity: 'customer', key: 'k', enforce_uniqueness: true });
    await call('POST /v1/customFields/addKey', { entity: 'customer', key: 'k', enforce_uniqueness: true });
    await call('POST /v1/customFields/listKeys', {});
    await call('POST /v1/customFields/setValues', { entity: 'customer', entity_id: id, custom_fields: { k: 'v' } });
    await call('POST /v1/customFields/setValues', { entity: 'customer', entity_id: id, custom_fields: { nope: 'v' } });
    await call('POST /v1/customFields/deleteValues', { entity: 'customer', entity_id: id, keys: ['k'] });
    await call('POST /v1/customFields/removeKey', { entity: 'customer', key: 'k' });
    expect(findings).toEqual([]);
  });
});
