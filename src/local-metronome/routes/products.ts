import type { Domain } from '../http/route.js';

export const products: Domain = {
  name: 'products',
  routes: [],
};
