import type { Domain } from '../http/route.js';

export const invoices: Domain = {
  name: 'invoices',
  routes: [],
};
