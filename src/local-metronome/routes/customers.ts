import type { Domain } from '../http/route.js';
import { customerSchema } from '../store/customers.js';

export const customers: Domain = {
  name: 'customers',
  schema: customerSchema,
  routes: [],
};
