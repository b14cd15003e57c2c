import type { Domain } from '../http/route.js';
import { auditLogs } from './audit-logs.js';
import { creditTypes } from './credit-types.js';
import { services } from './services.js';

/** Every domain the Local Metronome serves. Each lives in its own module under `routes/`. */
export const domains: Domain[] = [auditLogs, creditTypes, services];
