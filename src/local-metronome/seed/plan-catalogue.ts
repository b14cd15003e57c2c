import { createCreditType, listCreditTypes, USD_CENTS } from '../store/credit-types.js';
import { addCustomFieldKey, findCustomFieldKey } from '../store/custom-field-keys.js';
import type { Db } from '../store/database.js';
import { createPlan, planCollection, type PlanInput, type StoredPlan } from '../store/plans.js';

/** Ids of the catalogue's plans, charges and products: stable, so demos and scripts can name them. */
export const PLAN_CATALOGUE_IDS = {
  plans: {
    standard: '94293d66-aa05-4a8e-881a-c90872047b67',
    growth: '5b6c1f0e-3f5a-4c57-9a43-2d1f0c7e8a11',
    enterprise: 'd2c06dae-9549-4d7d-bc04-b78dd3d241b8',
  },
  products: {
    api: 'd7998a03-db47-4d3f-97e4-d26f3f418718',
    storage: '0b4a6f3e-7c1d-4a3b-8e2f-5d9c6a1b2e30',
    compute: '6e0f2c4d-1a3b-4c5d-8e7f-9a0b1c2d3e4f',
    platform: '3c9d8e7f-6a5b-4c3d-9e1f-0a2b3c4d5e6f',
    support: '8f7e6d5c-4b3a-4291-8f0e-1d2c3b4a5968',
  },
  charges: {
    standardRequests: 'a23b3cf4-47fb-4c3f-bb3d-9e64f7704015',
    standardStorage: '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b',
    standardPlatformFee: '2a3b4c5d-6e7f-4a1b-9c2d-3e4f5a6b7c8d',
    growthRequests: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
    growthStorage: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a',
    growthPlatformFee: '9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b',
    enterpriseRequests: '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c',
    enterpriseCompute: '0e1f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b',
    enterprisePlatformFee: '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e',
    enterpriseSupport: '3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d',
  },
} as const;

/** The custom pricing unit the enterprise plan prices compute in. */
export const CLOUD_CONSUMPTION_UNITS = 'cloud consumption units';

export type PlanCatalogue = Record<keyof typeof PLAN_CATALOGUE_IDS.plans, StoredPlan>;

function catalogue(cloudUnitsId: string, now: Date): Record<keyof PlanCatalogue, PlanInput> {
  const { plans, products, charges } = PLAN_CATALOGUE_IDS;
  const thousandRequests = { division_factor: 1000, rounding_behavior: 'ceiling' } as const;
  return {
    standard: {
      id: plans.standard,
      name: 'Standard',
      description: 'Standard self-serve plan',
      created_at: now,
      custom_fields: { tier: 'self-serve' },
      charges: [
        {
          id: charges.standardRequests,
          name: 'API requests (per 1,000)',
          charge_type: 'usage',
          product_id: products.api,
          product_name: 'API',
          unit_conversion: thousandRequests,
          prices: [
            { tier: 0, value: 20 },
            { tier: 1000, value: 15 },
          ],
        },
        {
          id: charges.standardStorage,
          name: 'Storage (GB-month)',
          charge_type: 'usage',
          product_id: products.storage,
          product_name: 'Storage',
          prices: [{ tier: 0, value: 25 }],
        },
        {
          id: charges.standardPlatformFee,
          name: 'Platform fee',
          charge_type: 'fixed',
          product_id: products.platform,
          product_name: 'Platform',
          quantity: 1,
          prices: [{ tier: 0, value: 2900, quantity: 1 }],
        },
      ],
    },
    growth: {
      id: plans.growth,
      name: 'Growth',
      description: 'For teams past the free tier: lower usage rates, a monthly minimum and included usage credits',
      created_at: now,
      custom_fields: { tier: 'growth' },
      charges: [
        {
          id: charges.growthRequests,
          name: 'API requests (per 1,000)',
          charge_type: 'usage',
          product_id: products.api,
          product_name: 'API',
          unit_conversion: thousandRequests,
          prices: [
            { tier: 0, value: 15 },
            { tier: 10_000, value: 10 },
            { tier: 100_000, value: 7.5 },
          ],
        },
        {
          id: charges.growthStorage,
          name: 'Storage (GB-month)',
          charge_type: 'usage',
          product_id: products.storage,
          product_name: 'Storage',
          prices: [{ tier: 0, value: 20 }],
        },
        {
          id: charges.growthPlatformFee,
          name: 'Platform fee',
          charge_type: 'fixed',
          product_id: products.platform,
          product_name: 'Platform',
          quantity: 1,
          prices: [{ tier: 0, value: 49_900, quantity: 1 }],
        },
      ],
      minimums: [{ name: 'Monthly minimum', value: 50_000 }],
      credit_grants: [
        {
          name: 'Included usage',
          amount_granted: 10_000,
          priority: 1,
          effective_duration: 1,
          recurrence_interval: 1,
          reason: 'Usage included with the Growth plan',
        },
      ],
    },
    enterprise: {
      id: plans.enterprise,
      name: 'Enterprise (ramped)',
      description: 'Custom enterprise plan with ramped rates and minimums, compute priced in cloud consumption units',
      created_at: now,
      custom_fields: { tier: 'enterprise' },
      charges: [
        {
          id: charges.enterpriseRequests,
          name: 'API requests (per 1,000)',
          charge_type: 'usage',
          product_id: products.api,
          product_name: 'API',
          unit_conversion: thousandRequests,
          prices: [{ tier: 0, value: 12 }],
        },
        {
          id: charges.enterpriseRequests,
          name: 'API requests (per 1,000)',
          charge_type: 'usage',
          product_id: products.api,
          product_name: 'API',
          unit_conversion: thousandRequests,
          start_period: 6,
          prices: [{ tier: 0, value: 10 }],
        },
        {
          id: charges.enterpriseCompute,
          name: 'Compute (CPU-hours)',
          charge_type: 'usage',
          product_id: products.compute,
          product_name: 'Compute',
          credit_type_id: cloudUnitsId,
          prices: [
            { tier: 0, value: 1 },
            { tier: 50_000, value: 0.8 },
          ],
        },
        {
          id: charges.enterprisePlatformFee,
          name: 'Platform fee',
          charge_type: 'fixed',
          product_id: products.platform,
          product_name: 'Platform',
          quantity: 1,
          prices: [{ tier: 0, value: 250_000, quantity: 1 }],
        },
        {
          id: charges.enterpriseSupport,
          name: 'Premium support',
          charge_type: 'fixed',
          product_id: products.support,
          product_name: 'Premium support',
          quantity: 1,
          prices: [{ tier: 0, value: 50_000, quantity: 1 }],
        },
      ],
      minimums: [
        { name: 'Invoice minimum', value: 300_000, start_period: 0 },
        { name: 'Invoice minimum', value: 400_000, start_period: 6 },
      ],
      overage_rates: [{ custom_credit_type_id: cloudUnitsId, fiat_credit_type_id: USD_CENTS.id, to_fiat_conversion_factor: 1.25 }],
      credit_grants: [
        {
          name: 'Onboarding compute credits',
          amount_granted: 20_000,
          credit_type_id: cloudUnitsId,
          amount_paid: 0,
          priority: 0.5,
          effective_duration: 3,
          reason: 'Onboarding allowance',
        },
      ],
    },
  };
}

/**
 * Loads the plan catalogue the demo data uses: a self-serve plan (tiered and flat usage, a fixed fee), a growth
 * plan (adds a minimum and recurring included-usage credits) and a ramped enterprise plan (rates and minimums that
 * step up in period 6, compute priced in a custom pricing unit with an overage rate, one-off onboarding credits).
 * Plans already present are left as they are, so seeding twice is harmless. Creates the `cloud consumption units`
 * pricing unit and the plan custom field key `tier` if they do not exist yet.
 */
export function seedPlanCatalogue(db: Db, now: Date): PlanCatalogue {
  if (!findCustomFieldKey(db, 'plan', 'tier')) addCustomFieldKey(db, { entity: 'plan', key: 'tier', enforce_uniqueness: false });
  const cloudUnits =
    listCreditTypes(db).find(({ type }) => type.name === CLOUD_CONSUMPTION_UNITS)?.type ??
    createCreditType(db, CLOUD_CONSUMPTION_UNITS);
  const inputs = catalogue(cloudUnits.id, now);
  const plans = planCollection(db);
  const seeded = (key: keyof PlanCatalogue) => plans.find(inputs[key].id!) ?? createPlan(db, inputs[key]);
  return { standard: seeded('standard'), growth: seeded('growth'), enterprise: seeded('enterprise') };
}
