/**
 * The built-in alert value providers; importing this module registers them. Alert types whose inputs the Local
 * Metronome does not have yet read them through one replaceable function each (`provideContractBalances`,
 * `provideInvoices`); `low_remaining_seat_balance_reached` has no provider until seat balances exist, so its
 * customers stay `evaluating`.
 */
import './usage.js';
import './plan-days.js';
import './credit-grants.js';
import './contract-balances.js';
import './invoice-totals.js';

export { provideContractBalances, type ContractBalanceQuery, type ContractBalanceReader } from './contract-balances.js';
export { provideInvoices, type InvoiceReader } from './invoice-totals.js';
