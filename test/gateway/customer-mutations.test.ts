import { beforeEach, describe, expect, it } from 'vitest';
import { ArchiveCustomerDocument, CreateCustomerDocument, SetCustomerNameDocument } from './__generated__/graphql.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

beforeEach(async () => {
  await server.local.reset();
  await server.api('POST', '/_local/clock', { body: { now: '2025-05-01T00:00:00Z', frozen: true } });
});

describe('customer mutations', () => {
  it('creates a customer and answers it as Metronome stored it', async () => {
    const { body } = await harness.execute(CreateCustomerDocument, { input: { name: 'Acme', ingestAliases: ['acme'] } });
    expect(body.errors).toBeUndefined();
    const stored = (await server.api('GET', '/v1/customers', { query: { ingest_alias: 'acme' } })).body.data[0];
    expect(body.data?.createCustomer).toEqual({ metronomeId: stored.id, name: 'Acme', ingestAliases: ['acme'], customFields: {} });
  });

  it('creates once when the same idempotency key is sent twice', async () => {
    const variables = { input: { name: 'Acme', ingestAliases: ['acme'] }, idempotencyKey: 'create-acme-1' };
    const first = await harness.execute(CreateCustomerDocument, variables);
    const second = await harness.execute(CreateCustomerDocument, variables);
    expect(second.body.data?.createCustomer.metronomeId).toBe(first.body.data?.createCustomer.metronomeId);
    expect((await server.api('GET', '/v1/customers')).body.data).toHaveLength(1);
  });

  it('answers CONFLICT when the ingest alias belongs to another customer', async () => {
    await harness.execute(CreateCustomerDocument, { input: { name: 'Acme', ingestAliases: ['acme'] } });
    const { body } = await harness.execute(CreateCustomerDocument, { input: { name: 'Copycat', ingestAliases: ['acme'] } });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
  });

  it('renames a customer and answers the new name', async () => {
    const created = await harness.execute(CreateCustomerDocument, { input: { name: 'Acme' } });
    const customerId = created.body.data!.createCustomer.metronomeId;
    const { body } = await harness.execute(SetCustomerNameDocument, { customerId, name: 'Acme Inc.' });
    expect(body.data?.setCustomerName).toEqual({ metronomeId: customerId, name: 'Acme Inc.' });
  });

  it('archives a customer and answers it with its archive time', async () => {
    const created = await harness.execute(CreateCustomerDocument, { input: { name: 'Acme' } });
    const customerId = created.body.data!.createCustomer.metronomeId;
    const { body } = await harness.execute(ArchiveCustomerDocument, { customerId });
    expect(body.data?.archiveCustomer).toEqual({ metronomeId: customerId, archivedAt: '2025-05-01T00:00:00.000Z' });
  });

  it('answers BAD_USER_INPUT when Metronome rejects the input', async () => {
    const { body } = await harness.execute(CreateCustomerDocument, { input: { name: 'Acme', customFields: { unknown_key: 'x' } } });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', expect.stringContaining('unknown_key')],
    ]);
  });
});
