import type { Domain } from '../http/route.js';

export const balances: Domain = {
  name: 'balances',
  routes: [],
};
