import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_CATALOGUE_IDS, seedPlanCatalogue } from '../../src/local-metronome/seed/plan-catalogue.js';
import { OpenApiResponses } from '../support/openapi-responses.js';
import { useLocalMetronome, type ApiResponse, type RequestOptions } from '../support/local-metronome.js';

const specPath = process.env.METRONOME_OPENAPI_SPEC;
if (!specPath) {
  console.warn('OpenAPI conformance test skipped: set METRONOME_OPENAPI_SPEC to the path of metronome-openapi.json');
}

/** Every operation of the contract the Local Metronome implements, as `METHOD /path/{param}`. */
const contractOperations: string[] = (
  JSON.parse(readFileSync(new URL('../../src/local-metronome/contract/requests.json', import.meta.url), 'utf8')) as {
    operations: { method: string; path: string }[];
  }
).operations.map(({ method, path }) => `${method} ${path}`);

const USD = '2714e483-4ff1-48e4-9e25-ac732e8f24f2';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const { plans: PLANS, charges: CHARGES } = PLAN_CATALOGUE_IDS;

interface Call extends RequestOptions {
  /** Values for the `{name}` segments of the operation's path. */
  params?: Record<string, string>;
}

/**
 * Drives one scenario, as a user of the real API would, through every operation of the Local Metronome and
 * validates every response body against the official OpenAPI spec (the file METRONOME_OPENAPI_SPEC names). The
 * steps share the world they build, so they run in order; the last one proves that no response broke the spec and
 * that every operation of the contract answered 200 at least once.
 */
describe.skipIf(!specPath)('OpenAPI conformance of the Local Metronome', () => {
  const server = useLocalMetronome();
  const responses = specPath ? new OpenApiResponses(specPath) : undefined;
  const findings: string[] = [];
  const answered200 = new Set<string>();

  const call = async <T = any>(operation: string, options: Call = {}): Promise<ApiResponse<T>> => {
    const [method, template] = operation.split(' ') as [string, string];
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = options.params?.[name];
      if (value === undefined) throw new Error(`${operation}: no value for {${name}}`);
      return encodeURIComponent(value);
    });
    const response = await server.api<T>(method, path, options);
    findings.push(...responses!.check(operation, response.status, response.body));
    if (response.status === 200) answered200.add(operation);
    return response;
  };

  /** Calls an operation that must succeed; a failure names the operation and shows the whole error body. */
  const ok = async <T = any>(operation: string, options: Call = {}): Promise<T> => {
    const response = await call<T>(operation, options);
    expect(response.status, `${operation} → ${response.status} ${JSON.stringify(response.body)}`).toBe(200);
    return response.body;
  };

  const rejected = async (operation: string, options: Call = {}) => {
    const { status, body } = await call(operation, options);
    return { status, body };
  };

  const setClock = async (now: string) => {
    const response = await server.api('POST', '/_local/clock', { body: { now, frozen: true } });
    expect(response.status).toBe(200);
  };

  // The world the steps build and read.
  const w = {} as Record<
    | 'metric'
    | 'loginsMetric'
    | 'usageProduct'
    | 'commitProduct'
    | 'serviceProduct'
    | 'seatProduct'
    | 'retiredProduct'
    | 'rateCard'
    | 'retiredRateCard'
    | 'acme'
    | 'globex'
    | 'initech'
    | 'contract'
    | 'historicalContract'
    | 'subscription'
    | 'professionalService'
    | 'customerCommit'
    | 'customerCredit'
    | 'januaryInvoice'
    | 'customerPlan'
    | 'grant'
    | 'alert',
    string
  >;

  it('builds a catalogue: pricing units, billable metrics, products and a rate card with rates', async () => {
    await setClock('2025-01-10T12:00:00Z');
    await ok('GET /v1/credit-types/list');
    await ok('GET /v1/services');

    w.metric = (
      await ok('POST /v1/billable-metrics/create', {
        body: {
          name: 'API calls',
          event_type_filter: { in_values: ['api_call'] },
          aggregation_type: 'SUM',
          aggregation_key: 'n',
          property_filters: [{ name: 'n', exists: true }, { name: 'region', exists: true }],
          group_keys: [['region']],
        },
      })
    ).data.id;
    w.loginsMetric = (
      await ok('POST /v1/billable-metrics/create', {
        body: { name: 'Logins', event_type_filter: { in_values: ['login'] }, aggregation_type: 'COUNT' },
      })
    ).data.id;
    await ok('GET /v1/billable-metrics', { query: { include_archived: true } });
    await ok('GET /v1/billable-metrics/{billable_metric_id}', { params: { billable_metric_id: w.metric } });
    await ok('POST /v1/billable-metrics/archive', { body: { id: w.loginsMetric } });

    const product = async (body: Record<string, unknown>) =>
      (await ok('POST /v1/contract-pricing/products/create', { body })).data.id as string;
    w.usageProduct = await product({ name: 'API calls', type: 'USAGE', billable_metric_id: w.metric, pricing_group_key: ['region'] });
    w.commitProduct = await product({ name: 'Prepaid commit', type: 'FIXED' });
    w.serviceProduct = await product({ name: 'Implementation', type: 'PRO_SERVICE' });
    w.seatProduct = await product({ name: 'Platform seat', type: 'SUBSCRIPTION' });
    w.retiredProduct = await product({ name: 'Legacy add-on', type: 'FIXED' });
    await product({ name: 'Usage bundle', type: 'COMPOSITE', composite_product_ids: [w.usageProduct] });
    await ok('POST /v1/contract-pricing/products/get', { body: { id: w.usageProduct } });
    await ok('POST /v1/contract-pricing/products/update', {
      body: { product_id: w.usageProduct, starting_at: '2025-01-01T00:00:00Z', name: 'API calls (per call)' },
    });
    await ok('POST /v1/contract-pricing/products/archive', { body: { product_id: w.retiredProduct } });
    await ok('POST /v1/contract-pricing/products/list', { body: { archive_filter: 'ALL' } });

    // Pricing units other than USD have no endpoint of their own; the Local Metronome adds them through /_local.
    const cloudCredits = (await server.api('POST', '/_local/credit-types', { body: { name: 'cloud credits' } })).body.data.id;
    w.rateCard = (
      await ok('POST /v1/contract-pricing/rate-cards/create', {
        body: {
          name: 'Standard pricing',
          aliases: [{ name: 'standard' }],
          fiat_credit_type_id: USD,
          credit_type_conversions: [{ custom_credit_type_id: cloudCredits, fiat_per_custom_credit: 0.5 }],
        },
      })
    ).data.id;
    w.retiredRateCard = (await ok('POST /v1/contract-pricing/rate-cards/create', { body: { name: 'Old pricing' } })).data.id;
    const from = '2024-12-01T00:00:00Z';
    await ok('POST /v1/contract-pricing/rate-cards/addRate', {
      body: {
        rate_card_id: w.rateCard,
        product_id: w.usageProduct,
        starting_at: from,
        entitled: true,
        rate_type: 'FLAT',
        price: 2.5,
        pricing_group_values: { region: 'us-east-1' },
      },
    });
    await ok('POST /v1/contract-pricing/rate-cards/addRates', {
      body: {
        rate_card_id: w.rateCard,
        rates: [
          {
            product_id: w.usageProduct,
            starting_at: from,
            entitled: true,
            rate_type: 'TIERED',
            pricing_group_values: { region: 'eu-west-1' },
            tiers: [{ size: 100, price: 3 }, { price: 2 }],
          },
          { product_id: w.commitProduct, starting_at: from, entitled: true, rate_type: 'FLAT', price: 1 },
          { product_id: w.seatProduct, starting_at: from, entitled: true, rate_type: 'FLAT', price: 4900, billing_frequency: 'MONTHLY' },
        ],
      },
    });
    await ok('POST /v1/contract-pricing/rate-cards/get', { body: { id: w.rateCard } });
    await ok('POST /v1/contract-pricing/rate-cards/list', { body: {} });
    await ok('POST /v1/contract-pricing/rate-cards/update', { body: { rate_card_id: w.rateCard, description: 'List prices' } });
    await ok('POST /v1/contract-pricing/rate-cards/getRates', {
      body: { rate_card_id: w.rateCard, at: '2025-01-01T00:00:00Z', selectors: [{ product_id: w.usageProduct }] },
    });
    await ok('POST /v1/contract-pricing/rate-cards/getRateSchedule', {
      body: { rate_card_id: w.rateCard, starting_at: '2025-01-01T00:00:00Z', selectors: [{ product_id: w.usageProduct }] },
    });
    await ok('POST /v1/contract-pricing/rate-cards/setRateCardProductsOrder', {
      body: { rate_card_id: w.rateCard, product_order: [w.seatProduct, w.usageProduct, w.commitProduct] },
    });
    await ok('POST /v1/contract-pricing/rate-cards/moveRateCardProducts', {
      body: { rate_card_id: w.rateCard, product_moves: [{ product_id: w.usageProduct, position: 0 }] },
    });
    await ok('POST /v1/contract-pricing/rate-cards/updateNamedSchedule', {
      body: { rate_card_id: w.rateCard, schedule_name: 'discount-tier', starting_at: '2025-01-01T00:00:00Z', value: { tier: 'gold' } },
    });
    await ok('POST /v1/contract-pricing/rate-cards/getNamedSchedule', {
      body: { rate_card_id: w.rateCard, schedule_name: 'discount-tier' },
    });
    await ok('POST /v1/contract-pricing/rate-cards/archive', { body: { id: w.retiredRateCard } });
  });

  it('signs up customers with custom fields, ingest aliases, billing configuration and named schedules', async () => {
    await ok('POST /v1/customFields/addKey', { body: { entity: 'customer', key: 'segment', enforce_uniqueness: false } });
    await ok('POST /v1/customFields/addKey', { body: { entity: 'contract', key: 'deal_id', enforce_uniqueness: true } });
    await ok('POST /v1/customFields/addKey', { body: { entity: 'customer', key: 'legacy_id', enforce_uniqueness: false } });
    await ok('POST /v1/customFields/listKeys', { body: { entities: ['customer', 'contract'] } });

    w.acme = (
      await ok('POST /v1/customers', {
        body: {
          name: 'Acme',
          ingest_aliases: ['acme'],
          custom_fields: { segment: 'enterprise' },
          customer_billing_provider_configurations: [
            { billing_provider: 'stripe', delivery_method: 'direct_to_billing_provider', configuration: { stripe_customer_id: 'cus_acme' } },
          ],
        },
      })
    ).data.id;
    w.globex = (await ok('POST /v1/customers', { body: { name: 'Globex', ingest_aliases: ['globex'] } })).data.id;
    w.initech = (await ok('POST /v1/customers', { body: { name: 'Initech', external_id: 'initech-1' } })).data.id;
    const leaving = (await ok('POST /v1/customers', { body: { name: 'Hooli' } })).data.id;

    await ok('GET /v1/customers', { query: { limit: 10 } });
    await ok('GET /v1/customers/{customer_id}', { params: { customer_id: w.acme } });
    await ok('POST /v1/customers/{customer_id}/setName', { params: { customer_id: w.acme }, body: { name: 'Acme Corporation' } });
    await ok('POST /v1/customers/{customer_id}/setIngestAliases', {
      params: { customer_id: w.acme },
      body: { ingest_aliases: ['acme', 'acme-prod'] },
    });
    await ok('POST /v1/customers/{customer_id}/updateConfig', {
      params: { customer_id: w.acme },
      body: { salesforce_account_id: '0015500001WO1ZiABL' },
    });
    await ok('POST /v1/customFields/setValues', {
      body: { entity: 'customer', entity_id: w.acme, custom_fields: { legacy_id: 'A-17' } },
    });
    await ok('POST /v1/customFields/deleteValues', { body: { entity: 'customer', entity_id: w.acme, keys: ['legacy_id'] } });
    await ok('POST /v1/customFields/removeKey', { body: { entity: 'customer', key: 'legacy_id' } });

    const billingConfig = { customer_id: w.acme, billing_provider_type: 'stripe' };
    await ok('POST /v1/customers/{customer_id}/billing-config/{billing_provider_type}', {
      params: billingConfig,
      body: { billing_provider_customer_id: 'cus_acme', stripe_collection_method: 'charge_automatically' },
    });
    await ok('GET /v1/customers/{customer_id}/billing-config/{billing_provider_type}', { params: billingConfig });
    await ok('DELETE /v1/customers/{customer_id}/billing-config/{billing_provider_type}', { params: billingConfig });

    await ok('POST /v1/customers/updateNamedSchedule', {
      body: { customer_id: w.acme, schedule_name: 'support-tier', starting_at: '2025-01-01T00:00:00Z', value: 'premium' },
    });
    await ok('POST /v1/customers/getNamedSchedule', {
      body: { customer_id: w.acme, schedule_name: 'support-tier', covering_date: '2025-01-10T00:00:00Z' },
    });
    await ok('POST /v1/customers/archive', { body: { id: leaving } });
    await ok('GET /v1/customers', { query: { only_archived: true } });
  });

  it('puts customers on contracts with commits, credits, subscriptions and professional services, then amends them', async () => {
    w.contract = (
      await ok('POST /v1/contracts/create', {
        body: {
          customer_id: w.acme,
          name: 'Acme annual agreement',
          rate_card_id: w.rateCard,
          starting_at: '2025-01-01T00:00:00Z',
          ending_before: '2026-01-01T00:00:00Z',
          usage_statement_schedule: { frequency: 'MONTHLY', day: 'FIRST_OF_MONTH' },
          custom_fields: { deal_id: 'D-100' },
          commits: [
            {
              type: 'PREPAID',
              name: 'Annual prepaid commit',
              product_id: w.commitProduct,
              priority: 1,
              access_schedule: {
                credit_type_id: USD,
                schedule_items: [{ amount: 100_000, starting_at: '2025-01-01T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' }],
              },
            },
          ],
          credits: [
            {
              name: 'Welcome credit',
              product_id: w.commitProduct,
              priority: 0,
              access_schedule: {
                credit_type_id: USD,
                schedule_items: [{ amount: 5_000, starting_at: '2025-01-01T00:00:00Z', ending_before: '2025-07-01T00:00:00Z' }],
              },
            },
          ],
          subscriptions: [
            {
              collection_schedule: 'ADVANCE',
              initial_quantity: 3,
              proration: { invoice_behavior: 'BILL_IMMEDIATELY', is_prorated: true },
              subscription_rate: { billing_frequency: 'MONTHLY', product_id: w.seatProduct },
              starting_at: '2025-01-01T00:00:00Z',
            },
          ],
          professional_services: [
            { product_id: w.serviceProduct, max_amount: 100_000, quantity: 10, unit_price: 5_000, description: 'Onboarding hours' },
          ],
          scheduled_charges: [
            {
              product_id: w.commitProduct,
              name: 'Platform fee',
              schedule: { credit_type_id: USD, schedule_items: [{ timestamp: '2025-01-01T00:00:00Z', unit_price: 150_000, quantity: 1 }] },
            },
          ],
          discounts: [
            { product_id: w.commitProduct, name: 'Year one', schedule: { schedule_items: [{ timestamp: '2025-02-01T00:00:00Z', amount: 500 }] } },
          ],
          recurring_credits: [
            {
              product_id: w.commitProduct,
              access_amount: { unit_price: 1_000, quantity: 1, credit_type_id: USD },
              priority: 2,
              starting_at: '2025-01-01T00:00:00Z',
              commit_duration: { value: 1, unit: 'PERIODS' },
              recurrence_frequency: 'MONTHLY',
            },
          ],
          reseller_royalties: [{ reseller_type: 'AWS', fraction: 0.05, netsuite_reseller_id: 'ns-aws', applicable_product_ids: [w.usageProduct], starting_at: '2025-01-01T00:00:00Z' }],
          billing_provider_configuration: { billing_provider: 'stripe', delivery_method: 'direct_to_billing_provider' },
          prepaid_balance_threshold_configuration: {
            is_enabled: true,
            threshold_amount: 1_000,
            recharge_to_amount: 5_000,
            commit: { product_id: w.commitProduct, name: 'Top-up' },
            payment_gate_config: { payment_gate_type: 'NONE' },
          },
          spend_trackers: [
            {
              alias: 'purchases',
              credit_type_id: USD,
              reset_frequency: 'BILLING_PERIOD',
              applicable_spend_specifiers: [{ spend_type: 'COMMIT_PURCHASE', sources: ['MANUAL'] }],
            },
          ],
        },
      })
    ).data.id;
    const ids = { customer_id: w.acme, contract_id: w.contract };
    const contract = (await ok('POST /v1/contracts/get', { body: { ...ids, include_ledgers: true, include_balance: true } })).data;
    w.subscription = contract.subscriptions[0].id;
    w.professionalService = contract.current.professional_services[0].id;
    await ok('POST /v1/contracts/amend', {
      body: {
        ...ids,
        starting_at: '2025-02-01T00:00:00Z',
        overrides: [{ starting_at: '2025-02-01T00:00:00Z', product_id: w.usageProduct, type: 'MULTIPLIER', multiplier: 0.9 }],
        credits: [
          {
            product_id: w.commitProduct,
            name: 'Renewal credit',
            priority: 1,
            access_schedule: { schedule_items: [{ amount: 1_000, starting_at: '2025-02-01T00:00:00Z', ending_before: '2025-03-01T00:00:00Z' }] },
          },
        ],
      },
    });
    await ok('POST /v1/contracts/list', { body: { customer_id: w.acme, include_ledgers: true, include_balance: true } });
    await ok('POST /v1/contracts/setUsageFilter', {
      body: { ...ids, group_key: 'region', group_values: ['us-east-1'], starting_at: '2025-01-01T00:00:00Z' },
    });
    await ok('POST /v1/contracts/getContractRateSchedule', { body: { ...ids, at: '2025-01-10T00:00:00Z' } });
    await ok('POST /v1/contracts/getSubscriptionQuantityHistory', { body: { ...ids, subscription_id: w.subscription } });
    await ok('POST /v1/contracts/updateNamedSchedule', {
      body: { ...ids, schedule_name: 'ramp', starting_at: '2025-01-01T00:00:00Z', value: { step: 1 } },
    });
    await ok('POST /v1/contracts/getNamedSchedule', { body: { ...ids, schedule_name: 'ramp' } });
    await ok('POST /v1/contracts/updateEndDate', { body: { ...ids, ending_before: '2026-07-01T00:00:00Z' } });
    await ok('POST /v1/customFields/setValues', {
      body: { entity: 'contract', entity_id: w.contract, custom_fields: { deal_id: 'D-101' } },
    });

    // A contract that takes over from a legacy system: its December is invoiced historically, and then it ends.
    w.historicalContract = (
      await ok('POST /v1/contracts/create', {
        body: {
          customer_id: w.initech,
          rate_card_id: w.rateCard,
          starting_at: '2024-12-01T00:00:00Z',
          usage_statement_schedule: { frequency: 'MONTHLY', invoice_generation_starting_at: '2025-01-01T00:00:00Z' },
        },
      })
    ).data.id;
  });

  it('ingests usage and reads it back by window, by group and by transaction id', async () => {
    await ok('POST /v1/ingest', {
      body: [
        { transaction_id: 'acme-1', customer_id: 'acme', event_type: 'api_call', timestamp: '2025-01-02T10:00:00Z', properties: { n: 40, region: 'us-east-1' } },
        { transaction_id: 'acme-2', customer_id: 'acme-prod', event_type: 'api_call', timestamp: '2025-01-03T10:00:00Z', properties: { n: 60, region: 'us-east-1' } },
        { transaction_id: 'initech-1', customer_id: 'initech-1', event_type: 'api_call', timestamp: '2025-01-04T10:00:00Z', properties: { n: 5, region: 'us-east-1' } },
      ],
    });
    const january = { starting_on: '2025-01-01T00:00:00Z', ending_before: '2025-01-10T00:00:00Z' };
    await ok('POST /v1/usage', { body: { ...january, window_size: 'DAY', customer_ids: [w.acme], billable_metrics: [{ id: w.metric }] } });
    await ok('POST /v1/usage', {
      body: {
        starting_on: '2025-01-02T00:00:00Z',
        ending_before: '2025-01-03T00:00:00Z',
        window_size: 'HOUR',
        billable_metrics: [{ id: w.metric, group_by: { key: 'region' } }],
      },
    });
    await ok('POST /v1/usage/groups', {
      body: { ...january, customer_id: w.acme, billable_metric_id: w.metric, window_size: 'NONE', group_key: ['region'] },
    });
    await ok('POST /v1/events/search', { body: { transactionIds: ['acme-1', 'acme-2'] } });
    await ok('GET /v1/customers/{customer_id}/billable-metrics', { params: { customer_id: w.acme }, query: { include_archived: true } });
  });

  it('adds customer-level commits and credits and reads balances, with a manual ledger entry', async () => {
    const window = { starting_at: '2025-01-01T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' };
    w.customerCommit = (
      await ok('POST /v1/contracts/customerCommits/create', {
        body: {
          customer_id: w.acme,
          type: 'PREPAID',
          name: 'Enterprise commit',
          priority: 2,
          product_id: w.commitProduct,
          access_schedule: { credit_type_id: USD, schedule_items: [{ amount: 50_000, ...window }] },
          applicable_contract_ids: [w.contract],
        },
      })
    ).data.id;
    w.customerCredit = (
      await ok('POST /v1/contracts/customerCredits/create', {
        body: {
          customer_id: w.acme,
          name: 'Goodwill credit',
          priority: 2,
          product_id: w.commitProduct,
          uniqueness_key: 'goodwill-2025',
          access_schedule: { credit_type_id: USD, schedule_items: [{ amount: 2_000, ...window }] },
        },
      })
    ).data.id;
    await ok('POST /v1/contracts/customerCommits/create', {
      body: {
        customer_id: w.acme,
        type: 'POSTPAID',
        name: 'Minimum spend',
        priority: 3,
        product_id: w.commitProduct,
        access_schedule: { schedule_items: [{ amount: 20_000, ...window }] },
        invoice_schedule: { schedule_items: [{ amount: 20_000, timestamp: '2025-12-31T00:00:00Z' }] },
        invoice_contract_id: w.contract,
      },
    });
    await ok('POST /v1/contracts/customerCommits/list', {
      body: { customer_id: w.acme, include_balance: true, include_ledgers: true, include_contract_commits: true },
    });
    await ok('POST /v1/contracts/customerCredits/list', { body: { customer_id: w.acme, include_ledgers: true } });
    await ok('POST /v1/contracts/customerCommits/updateEndDate', {
      body: { customer_id: w.acme, commit_id: w.customerCommit, access_ending_before: '2025-12-01T00:00:00Z' },
    });
    await ok('POST /v1/contracts/customerCredits/updateEndDate', {
      body: { customer_id: w.acme, credit_id: w.customerCredit, access_ending_before: '2025-11-01T00:00:00Z' },
    });
    const balances = await ok('POST /v1/contracts/customerBalances/list', {
      body: { customer_id: w.acme, include_contract_balances: true, include_balance: true, include_ledgers: true },
    });
    const contractCommit = balances.data.find((entry: { contract?: { id: string } }) => entry.contract?.id === w.contract);
    await ok('POST /v1/contracts/addManualBalanceLedgerEntry', {
      body: {
        customer_id: w.acme,
        contract_id: w.contract,
        id: contractCommit.id,
        segment_id: contractCommit.access_schedule.schedule_items[0].id,
        amount: -500,
        reason: 'Service credit reversal',
        timestamp: '2025-01-05T00:00:00Z',
      },
    });
  });

  it('invoices: drafts, previews, breakdowns, costs, historical and professional services invoices, void and regenerate', async () => {
    const customer = { customer_id: w.acme };
    await ok('GET /v1/customers/{customer_id}/invoices', { params: customer, query: { sort: 'date_desc', skip_zero_qty_line_items: true } });
    await ok('POST /v1/customers/{customer_id}/previewEvents', {
      params: customer,
      body: {
        mode: 'merge',
        events: [{ event_type: 'api_call', timestamp: '2025-01-05T00:00:00Z', properties: { n: 7, region: 'us-east-1' } }],
      },
    });
    await ok('GET /v1/customers/{customer_id}/invoices/breakdowns', {
      params: customer,
      query: { starting_on: '2025-01-01T00:00:00Z', ending_before: '2025-01-05T00:00:00Z' },
    });
    await ok('GET /v1/customers/{customer_id}/costs', {
      params: customer,
      query: { starting_on: '2025-01-01T00:00:00Z', ending_before: '2025-01-05T00:00:00Z' },
    });
    await ok('POST /v1/contracts/scheduleProServicesInvoice', {
      body: {
        customer_id: w.acme,
        contract_id: w.contract,
        issued_at: '2025-01-31T00:00:00Z',
        line_items: [{ professional_service_id: w.professionalService, quantity: 2 }],
      },
    });
    await ok('POST /v1/contracts/createHistoricalInvoices', {
      body: {
        preview: false,
        invoices: [
          {
            customer_id: w.initech,
            contract_id: w.historicalContract,
            credit_type_id: USD,
            inclusive_start_date: '2024-12-01T00:00:00Z',
            exclusive_end_date: '2025-01-01T00:00:00Z',
            issue_date: '2025-01-01T00:00:00Z',
            usage_line_items: [
              {
                product_id: w.usageProduct,
                inclusive_start_date: '2024-12-01T00:00:00Z',
                exclusive_end_date: '2025-01-01T00:00:00Z',
                quantity: 120,
                presentation_group_values: {},
                pricing_group_values: { region: 'us-east-1' },
              },
            ],
          },
        ],
      },
    });
    await ok('POST /v1/contracts/archive', { body: { customer_id: w.initech, contract_id: w.historicalContract, void_invoices: false } });

    await setClock('2025-02-10T00:00:00Z');
    const finalized = await ok('GET /v1/customers/{customer_id}/invoices', { params: customer, query: { status: 'FINALIZED' } });
    const january = finalized.data.find((invoice: { type: string }) => invoice.type === 'USAGE');
    w.januaryInvoice = january.id;
    await ok('GET /v1/customers/{customer_id}/invoices/{invoice_id}', { params: { ...customer, invoice_id: w.januaryInvoice } });
    await ok('POST /v1/invoices/void', { body: { id: w.januaryInvoice } });
    await ok('POST /v1/invoices/regenerate', { body: { id: w.januaryInvoice } });
  });

  it('serves the plan catalogue, puts a customer on a plan with a one-time charge, then ends it', async () => {
    // Plans cannot be created through the API; the catalogue is loaded into the store, as the demo data does.
    seedPlanCatalogue(server.local.db, new Date('2024-12-01T00:00:00Z'));
    await ok('GET /v1/plans');
    await ok('GET /v1/planDetails/{plan_id}', { params: { plan_id: PLANS.standard } });
    await ok('GET /v1/planDetails/{plan_id}/charges', { params: { plan_id: PLANS.standard } });
    const customer = { customer_id: w.globex };
    w.customerPlan = (
      await ok('POST /v1/customers/{customer_id}/plans/add', {
        params: customer,
        body: { plan_id: PLANS.standard, starting_on: '2025-01-01T00:00:00Z' },
      })
    ).data.id;
    await ok('GET /v1/planDetails/{plan_id}/customers', { params: { plan_id: PLANS.standard } });
    await ok('GET /v1/customers/{customer_id}/plans', { params: customer });
    await ok('GET /v1/customers/{customer_id}/plans/{customer_plan_id}/priceAdjustments', {
      params: { ...customer, customer_plan_id: w.customerPlan },
    });
    await ok('POST /v1/customers/{customer_id}/addCharge', {
      params: customer,
      body: {
        charge_id: CHARGES.enterpriseSupport,
        customer_plan_id: w.customerPlan,
        description: 'Premium support, February',
        price: 25_000,
        quantity: 1,
        invoice_start_timestamp: '2025-02-01T00:00:00Z',
      },
    });
    await ok('POST /v1/customers/{customer_id}/plans/{customer_plan_id}/end', {
      params: { ...customer, customer_plan_id: w.customerPlan },
      body: { ending_before: '2025-03-01T00:00:00Z' },
    });
  });

  it('grants credits to a plan customer, draws them on its plan invoices, edits the grant, reads its ledger and voids it', async () => {
    w.grant = (
      await ok('POST /v1/credits/createGrant', {
        body: {
          customer_id: w.globex,
          name: 'Launch promotion',
          grant_amount: { amount: 10_000, credit_type_id: USD },
          paid_amount: { amount: 0, credit_type_id: USD },
          priority: 1,
          effective_at: '2025-01-01T00:00:00Z',
          expires_at: '2025-07-01T00:00:00Z',
          credit_grant_type: 'promotional',
        },
      })
    ).data.id;
    const globex = { customer_id: w.globex };
    const planInvoices = await ok('GET /v1/customers/{customer_id}/invoices', { params: globex });
    await ok('GET /v1/customers/{customer_id}/invoices/{invoice_id}', { params: { ...globex, invoice_id: planInvoices.data[0].id } });
    await ok('POST /v1/credits/listGrants', { body: { customer_ids: [w.globex] } });
    await ok('POST /v1/credits/editGrant', { body: { id: w.grant, name: 'Launch promotion (extended)', expires_at: '2025-09-01T00:00:00Z' } });
    await ok('POST /v1/credits/listEntries', {
      body: { customer_ids: [w.globex], starting_on: '2025-01-01T00:00:00Z', ending_before: '2025-02-01T00:00:00Z' },
    });
    await ok('POST /v1/credits/voidGrant', { body: { id: w.grant } });
  });

  it('sets up spend, usage and credit balance alerts, reads and resets one for the customer, then archives it', async () => {
    w.alert = (
      await ok('POST /v1/alerts/create', {
        body: {
          alert_type: 'spend_threshold_reached',
          name: '$1,000 spend',
          threshold: 100_000,
          credit_type_id: USD,
          customer_id: w.acme,
          uniqueness_key: 'acme-spend-1000',
        },
      })
    ).data.id;
    await ok('POST /v1/alerts/create', {
      body: {
        alert_type: 'usage_threshold_reached',
        name: 'More than 50 calls',
        threshold: 50,
        billable_metric_id: w.metric,
        customer_id: w.acme,
        evaluate_on_create: true,
      },
    });
    await ok('POST /v1/alerts/create', {
      body: { alert_type: 'low_credit_balance_reached', name: 'Credits running low', threshold: 500, credit_type_id: USD, customer_id: w.globex },
    });
    const ids = { customer_id: w.acme, alert_id: w.alert };
    await ok('POST /v1/customer-alerts/list', { body: { customer_id: w.acme } });
    await ok('POST /v1/customer-alerts/list', { body: { customer_id: w.globex } });
    await ok('POST /v1/customer-alerts/get', { body: ids });
    await ok('POST /v1/customer-alerts/reset', { body: ids });
    await ok('POST /v1/alerts/archive', { body: { id: w.alert } });
  });

  it('reads the audit log of the writes above', async () => {
    const page = await ok('GET /v1/auditLogs', { query: { resource_type: 'customer', resource_id: w.acme, limit: 5 } });
    await ok('GET /v1/auditLogs', { query: { next_page: page.next_page } });
    await ok('GET /v1/auditLogs', { query: { sort: 'date_desc' } });
  });

  it('embeds a customer’s invoices dashboard', async () => {
    await ok('POST /v1/dashboards/getEmbeddableUrl', {
      body: { customer_id: w.acme, dashboard: 'invoices', dashboard_options: [{ key: 'hide_voided_invoices', value: 'true' }] },
    });
  });

  it('answers errors with the spec’s error body: 401 without credentials, 400 for bad requests, 404 for unknown ids, 409 for conflicts', async () => {
    expect(await rejected('GET /v1/services', { token: null })).toEqual({
      status: 401,
      body: { message: 'Missing Authorization: Bearer <token> header' },
    });
    expect(await rejected('POST /v1/customers', { token: 'not-the-token', body: { name: 'Nobody' } })).toEqual({
      status: 401,
      body: { message: 'Invalid bearer token' },
    });

    expect(await rejected('GET /v1/credit-types/list', { query: { limit: 0 } })).toEqual({
      status: 400,
      body: { message: 'limit must be >= 1' },
    });
    expect(await rejected('POST /v1/customers', { body: { ingest_aliases: ['nameless'] } })).toEqual({
      status: 400,
      body: { message: 'name is required' },
    });
    expect(await rejected('POST /v1/billable-metrics/archive', { body: { id: w.loginsMetric } })).toEqual({
      status: 400,
      body: { message: `Billable metric ${w.loginsMetric} is already archived` },
    });
    expect(await rejected('POST /v1/invoices/void', { body: { id: w.januaryInvoice } })).toEqual({
      status: 400,
      body: { message: `Invoice ${w.januaryInvoice} is already void` },
    });

    expect(await rejected('GET /v1/customers/{customer_id}', { params: { customer_id: UNKNOWN_ID } })).toEqual({
      status: 404,
      body: { message: `Customer not found: ${UNKNOWN_ID}` },
    });
    expect(await rejected('POST /v1/contracts/get', { body: { customer_id: w.acme, contract_id: UNKNOWN_ID } })).toEqual({
      status: 404,
      body: { message: `Contract not found: ${UNKNOWN_ID}` },
    });
    expect(await rejected('GET /v1/planDetails/{plan_id}', { params: { plan_id: UNKNOWN_ID } })).toEqual({
      status: 404,
      body: { message: `plan not found: ${UNKNOWN_ID}` },
    });
    expect(await rejected('POST /v1/contract-pricing/rate-cards/get', { body: { id: UNKNOWN_ID } })).toEqual({
      status: 404,
      body: { message: `Rate card not found: ${UNKNOWN_ID}` },
    });

    expect(await rejected('POST /v1/customers', { body: { name: 'Initech again', external_id: 'initech-1' } })).toEqual({
      status: 409,
      body: { message: `A customer with external_id "initech-1" already exists: ${w.initech}` },
    });
    expect(
      await rejected('POST /v1/alerts/create', {
        body: { alert_type: 'spend_threshold_reached', name: 'Again', threshold: 1, credit_type_id: USD, customer_id: w.acme, uniqueness_key: 'acme-spend-1000' },
      }),
    ).toEqual({ status: 409, body: { message: `An alert with uniqueness_key "acme-spend-1000" already exists: ${w.alert}` } });
  });

  it('never answered outside the spec, and every operation of the contract answered 200', () => {
    expect(findings).toEqual([]);
    expect([...answered200].sort()).toEqual([...contractOperations].sort());
  });
});
