import type { Domain } from '../http/route.js';

export const plans: Domain = {
  name: 'plans',
  routes: [],
};
