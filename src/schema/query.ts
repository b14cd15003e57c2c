import { builder } from './builder.js';

builder.queryType({
  description: 'The entry points for reading Metronome: customers, contracts, invoices, alerts and their pricing.',
});
