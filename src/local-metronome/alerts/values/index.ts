/**
 * The built-in alert value providers; importing this module registers them. Alert types whose inputs the Local
 * Metronome computes in its billing engine read them through one replaceable function each
 * (`provideContractBalances`, `provideInvoices`, `provideSeatBalances`), which `billing/alert-readers.ts` sets.
 */
import './usage.js';
import './plan-days.js';
import './credit-grants.js';
import './contract-balances.js';
import './invoice-totals.js';
import './seat-balances.js';

export { provideContractBalances, type ContractBalanceQuery, type ContractBalanceReader } from './contract-balances.js';
export { provideInvoices, type InvoiceReader } from './invoice-totals.js';
export { provideSeatBalances, type SeatBalanceQuery, type SeatBalanceReader } from './seat-balances.js';
