import type { Domain } from '../http/route.js';

export const namedSchedules: Domain = {
  name: 'named-schedules',
  routes: [],
};
