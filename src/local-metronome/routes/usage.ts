import type { Domain } from '../http/route.js';

export const usage: Domain = {
  name: 'usage',
  routes: [],
};
