import type { Domain } from '../http/route.js';

export const contracts: Domain = {
  name: 'contracts',
  routes: [],
};
