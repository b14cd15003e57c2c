import type { Domain } from '../http/route.js';

export const dashboards: Domain = {
  name: 'dashboards',
  routes: [],
};
