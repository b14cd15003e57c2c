import { beforeEach, describe, expect, it } from 'vitest';
import {
  AddCustomFieldKeyDocument,
  CustomerContractCustomFieldsDocument,
  CustomFieldKeysDocument,
  DeleteCustomFieldValuesDocument,
  RemoveCustomFieldKeyDocument,
  SetCustomFieldValuesDocument,
} from './__generated__/graphql.js';
import { create, createPricedCustomer } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const globalId = (type: string, ...parts: string[]) =>
  Buffer.from(`${type}:${parts.map(encodeURIComponent).join(':')}`).toString('base64');

beforeEach(async () => {
  await server.local.reset();
});

async function addKey(entity: string, key: string, enforceUniqueness = false) {
  const response = await server.api('POST', '/v1/customFields/addKey', { body: { entity, key, enforce_uniqueness: enforceUniqueness } });
  expect(response.status).toBe(200);
}

const errorsOf = (body: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) =>
  body.errors?.map((e) => [e.extensions?.code, e.message]);

describe('custom field keys', () => {
  it('adds a key and answers the entity’s keys after the change', async () => {
    await addKey('customer', 'region');
    await addKey('contract', 'deal');
    const { body } = await harness.execute(AddCustomFieldKeyDocument, { entity: 'customer', key: 'tier', enforceUniqueness: true });
    expect(body).toEqual({
      data: {
        addCustomFieldKey: [
          { entity: 'customer', key: 'region', enforceUniqueness: false },
          { entity: 'customer', key: 'tier', enforceUniqueness: true },
        ],
      },
    });
  });

  it('lists the keys of the entities asked for, or of all', async () => {
    await addKey('customer', 'region');
    await addKey('contract', 'deal', true);
    await addKey('product', 'sku');
    const some = await harness.execute(CustomFieldKeysDocument, { entities: ['contract', 'product'] });
    const all = await harness.execute(CustomFieldKeysDocument, {});
    expect(some.body.data!.customFieldKeys).toEqual([
      { entity: 'contract', key: 'deal', enforceUniqueness: true },
      { entity: 'product', key: 'sku', enforceUniqueness: false },
    ]);
    expect(all.body.data!.customFieldKeys.map((k) => `${k.entity}.${k.key}`).sort()).toEqual(['contract.deal', 'customer.region', 'product.sku']);
  });

  it('answers CONFLICT for a key the entity already has', async () => {
    await addKey('customer', 'region');
    const { body } = await harness.execute(AddCustomFieldKeyDocument, { entity: 'customer', key: 'region', enforceUniqueness: false });
    expect(body.data).toBeNull();
    expect(errorsOf(body)).toEqual([['CONFLICT', 'Custom field key "region" already exists for entity customer']]);
  });

  it('removes a key and answers the keys left; NOT_FOUND for a key that does not exist', async () => {
    await addKey('customer', 'region');
    await addKey('customer', 'tier');
    const removed = await harness.execute(RemoveCustomFieldKeyDocument, { entity: 'customer', key: 'region' });
    expect(removed.body).toEqual({ data: { removeCustomFieldKey: [{ key: 'tier' }] } });
    const again = await harness.execute(RemoveCustomFieldKeyDocument, { entity: 'customer', key: 'region' });
    expect(errorsOf(again.body)).toEqual([['NOT_FOUND', 'Custom field key "region" not found for entity customer']]);
  });
});

describe('custom field values', () => {
  it('sets values on a customer by its global id and answers the customer read again', async () => {
    await addKey('customer', 'region');
    await addKey('customer', 'tier');
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme', custom_fields: { region: 'eu' } });
    const id = globalId('Customer', customerId);
    const { body } = await harness.execute(SetCustomFieldValuesDocument, { id, customFields: { tier: 'gold' } });
    expect(body).toEqual({
      data: { setCustomFieldValues: { id, __typename: 'Customer', name: 'Acme', customFields: { region: 'eu', tier: 'gold' } } },
    });
  });

  it('sets values by entity and Metronome id, answering the node when the id alone names one', async () => {
    await addKey('billable_metric', 'team');
    const metricId = await create(server.api, '/v1/billable-metrics/create', { name: 'Seats', aggregation_type: 'COUNT' });
    const { body } = await harness.execute(SetCustomFieldValuesDocument, {
      entity: 'billable_metric',
      entityId: metricId,
      customFields: { team: 'growth' },
    });
    expect(body).toEqual({
      data: {
        setCustomFieldValues: { id: globalId('BillableMetric', metricId), __typename: 'BillableMetric', name: 'Seats', customFields: { team: 'growth' } },
      },
    });
  });

  it('sets values on a contract by its global id, which carries the customer it is read through', async () => {
    await addKey('contract', 'deal');
    const { customerId, contractId } = await createPricedCustomer(server.api, 'Acme');
    const id = globalId('Contract', customerId, contractId);
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(SetCustomFieldValuesDocument, { id, customFields: { deal: 'Q2-42' } });
    expect(body).toEqual({
      data: { setCustomFieldValues: { id, __typename: 'Contract', contractName: 'Acme annual', customFields: { deal: 'Q2-42' } } },
    });
    expect(await harness.upstreamCounts()).toEqual({ 'POST /v1/customFields/setValues': 1, 'POST /v1/contracts/list': 1 });
  });

  it('answers null for an entity the graph has no node for by its id alone; the values are set', async () => {
    await addKey('contract', 'deal');
    const { customerId, contractId } = await createPricedCustomer(server.api, 'Acme');
    const { body } = await harness.execute(SetCustomFieldValuesDocument, {
      entity: 'contract',
      entityId: contractId,
      customFields: { deal: 'Q2-42' },
    });
    expect(body).toEqual({ data: { setCustomFieldValues: null } });
    const read = await harness.execute(CustomerContractCustomFieldsDocument, { customerId });
    expect(read.body.data!.customer!.contracts.nodes).toEqual([{ id: globalId('Contract', customerId, contractId), customFields: { deal: 'Q2-42' } }]);
  });

  it('deletes values and answers the object without them', async () => {
    await addKey('customer', 'region');
    await addKey('customer', 'tier');
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme', custom_fields: { region: 'eu', tier: 'gold' } });
    const { body } = await harness.execute(DeleteCustomFieldValuesDocument, { id: globalId('Customer', customerId), keys: ['tier'] });
    expect(body).toEqual({ data: { deleteCustomFieldValues: { id: globalId('Customer', customerId), customFields: { region: 'eu' } } } });
  });

  it('answers BAD_USER_INPUT for a key not added for the entity, and CONFLICT for a value a unique key already has', async () => {
    await addKey('customer', 'account', true);
    const a = await create(server.api, '/v1/customers', { name: 'A', custom_fields: { account: 'X-1' } });
    const b = await create(server.api, '/v1/customers', { name: 'B' });
    const unknown = await harness.execute(SetCustomFieldValuesDocument, { id: globalId('Customer', b), customFields: { color: 'red' } });
    const taken = await harness.execute(SetCustomFieldValuesDocument, { id: globalId('Customer', b), customFields: { account: 'X-1' } });
    expect([errorsOf(unknown.body), errorsOf(taken.body)]).toEqual([
      [['BAD_USER_INPUT', 'Custom field key "color" has not been added for entity customer; add it with /v1/customFields/addKey']],
      [['CONFLICT', `Custom field "account" must be unique for entity customer: value "X-1" is already set on ${a}`]],
    ]);
  });

  it('answers BAD_USER_INPUT, without calling Metronome, for a target given twice, not at all, or without custom fields', async () => {
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
    await harness.resetUpstreamCounts();
    const both = await harness.execute(SetCustomFieldValuesDocument, {
      id: globalId('Customer', customerId),
      entity: 'customer',
      entityId: customerId,
      customFields: {},
    });
    const neither = await harness.execute(SetCustomFieldValuesDocument, { customFields: {} });
    const creditType = await harness.execute(SetCustomFieldValuesDocument, {
      id: globalId('CreditType', '2714e483-4ff1-48e4-9e25-ac732e8f24f2'),
      customFields: {},
    });
    expect([both.body, neither.body, creditType.body].map(errorsOf)).toEqual([
      [['BAD_USER_INPUT', 'Give either id, or entity and entityId, not both']],
      [['BAD_USER_INPUT', 'Give either id, or entity and entityId']],
      [['BAD_USER_INPUT', 'CreditType objects have no custom fields']],
    ]);
    expect(await harness.upstreamCounts()).toEqual({});
  });

  it('answers NOT_FOUND for an object that does not exist', async () => {
    await addKey('customer', 'region');
    const missing = '00000000-0000-4000-8000-000000000000';
    const { body } = await harness.execute(SetCustomFieldValuesDocument, { id: globalId('Customer', missing), customFields: { region: 'eu' } });
    expect(body.data).toEqual({ setCustomFieldValues: null });
    expect(errorsOf(body)).toEqual([['NOT_FOUND', `customer not found: ${missing}`]]);
  });
});
