import type { Domain } from '../http/route.js';

export const rateCards: Domain = {
  name: 'rate-cards',
  routes: [],
};
