import type { Domain } from '../http/route.js';

export const billableMetrics: Domain = {
  name: 'billable-metrics',
  routes: [],
};
