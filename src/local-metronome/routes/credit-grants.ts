import type { Domain } from '../http/route.js';

export const creditGrants: Domain = {
  name: 'credit-grants',
  routes: [],
};
