import type { Domain } from '../http/route.js';

export const customFields: Domain = {
  name: 'custom-fields',
  routes: [],
};
