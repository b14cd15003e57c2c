import type { Domain } from '../http/route.js';
import { customers } from './customers.js';
import { customFields } from './custom-fields.js';
import { namedSchedules } from './named-schedules.js';
import { billableMetrics } from './billable-metrics.js';
import { usage } from './usage.js';
import { products } from './products.js';
import { rateCards } from './rate-cards.js';
import { contracts } from './contracts.js';
import { plans } from './plans.js';
import { creditGrants } from './credit-grants.js';
import { invoices } from './invoices.js';
import { balances } from './balances.js';
import { alerts } from './alerts.js';
import { dashboards } from './dashboards.js';
import { auditLogs } from './audit-logs.js';
import { creditTypes } from './credit-types.js';
import { services } from './services.js';

/** Every domain the Local Metronome serves. Each lives in its own module under `routes/`. */
export const domains: Domain[] = [
  customers,
  customFields,
  namedSchedules,
  billableMetrics,
  usage,
  products,
  rateCards,
  contracts,
  plans,
  creditGrants,
  invoices,
  balances,
  alerts,
  dashboards,
  auditLogs,
  creditTypes,
  services,
];
