import type { Domain } from '../http/route.js';

export const alerts: Domain = {
  name: 'alerts',
  routes: [],
};
