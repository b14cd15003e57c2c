import type { Invoice } from '@metronome/sdk/resources/v1/customers/invoices';
import { Decimal } from '../../billing/money.js';
import type { Db } from '../../store/database.js';
import { registerAlertValue, type AlertMeasurement, type AlertValueInput } from '../alert-metrics.js';
import { groupValuesScope, invoiceScope } from '../scopes.js';

/**
 * Lists the customer's invoices as of `now`, in the wire shape of `/v1/customers/{customer_id}/invoices` —
 * the draft invoices of the periods in progress (totals as of now) and the finalized and voided ones — or `null`
 * while there is no invoice engine to ask.
 */
export type InvoiceReader = (db: Db, customerId: string, now: Date) => Invoice[] | null;

let readInvoices: InvoiceReader = () => null;

/**
 * Makes `reader` the source of invoices for the spend and invoice alerts (`spend_threshold_reached`,
 * `monthly_invoice_total_spend_threshold_reached`, `invoice_total_reached`). Until the invoice engine calls it,
 * those alerts cannot be computed and their customers stay `evaluating`. The engine should emit
 * `customer.changed` when an invoice is recomputed or finalized, so customers are re-evaluated. Returns the
 * reader it replaced.
 */
export function provideInvoices(reader: InvoiceReader): InvoiceReader {
  const replaced = readInvoices;
  readInvoices = reader;
  return replaced;
}

const isDraft = (invoice: Invoice) => invoice.status.toUpperCase() === 'DRAFT';
const isVoid = (invoice: Invoice) => invoice.status.toUpperCase() === 'VOID';

function covers(invoice: Invoice, now: Date): boolean {
  const start = invoice.start_timestamp ? Date.parse(invoice.start_timestamp) : -Infinity;
  const end = invoice.end_timestamp ? Date.parse(invoice.end_timestamp) : Infinity;
  return start <= now.getTime() && now.getTime() < end;
}

/**
 * `spend_threshold_reached`: usage spend before commit and credit drawdown in the current billing period — the
 * `usage` line items, in the alert's pricing unit, of the draft invoices whose period contains now. With
 * `group_values`, only line items with those presentation group values count; a key given without a value
 * evaluates each of its values on its own.
 */
function currentSpend({ db, alert, customerId, now }: AlertValueInput): AlertMeasurement[] | null {
  const invoices = readInvoices(db, customerId, now);
  if (invoices === null) return null;
  const creditTypeId = alert.credit_type?.id;
  const fixed = (alert.group_values ?? []).filter((g) => g.value !== undefined);
  const grouped = (alert.group_values ?? []).filter((g) => g.value === undefined).map((g) => g.key);
  const totals = new Map<string, Decimal>();
  if (grouped.length === 0) totals.set('', Decimal.ZERO);
  for (const invoice of invoices.filter((i) => isDraft(i) && covers(i, now)))
    for (const line of invoice.line_items) {
      if (line.type.toLowerCase() !== 'usage' || line.credit_type.id !== creditTypeId) continue;
      const values = line.presentation_group_values ?? {};
      if (!fixed.every((g) => values[g.key] === g.value)) continue;
      const scope = grouped.length === 0 ? '' : groupValuesScope(Object.fromEntries(grouped.map((key) => [key, values[key] ?? null])));
      totals.set(scope, (totals.get(scope) ?? Decimal.ZERO).plus(line.total));
    }
  return [...totals].map(([scope, spend]) => ({ scope, value: spend, properties: { current_spend: spend.toNumber() } }));
}

/**
 * `monthly_invoice_total_spend_threshold_reached`: the totals (after commits and credits) of the customer's
 * invoices in the alert's pricing unit whose period starts in the current calendar month (UTC), drafts included,
 * voided ones left out.
 */
function monthlyInvoiceTotal({ db, alert, customerId, now }: AlertValueInput): AlertMeasurement[] | null {
  const invoices = readInvoices(db, customerId, now);
  if (invoices === null) return null;
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const monthEnd = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  const total = Decimal.sum(
    invoices
      .filter((invoice) => {
        const start = Date.parse(invoice.start_timestamp ?? invoice.issued_at ?? '');
        return !isVoid(invoice) && invoice.credit_type.id === alert.credit_type?.id && start >= monthStart && start < monthEnd;
      })
      .map((invoice) => invoice.total),
  );
  return [{ scope: '', value: total, properties: { invoice_total: total.toNumber() } }];
}

/**
 * `invoice_total_reached`: each draft invoice's total (after commits and credits) in the alert's pricing unit,
 * of the types in `invoice_types_filter` when given; each invoice is evaluated, and notifies, on its own.
 */
function invoiceTotals({ db, alert, customerId, now }: AlertValueInput): AlertMeasurement[] | null {
  const invoices = readInvoices(db, customerId, now);
  if (invoices === null) return null;
  const types = alert.invoice_types_filter?.map((type) => type.toUpperCase());
  return invoices
    .filter(
      (invoice) =>
        isDraft(invoice) &&
        invoice.credit_type.id === alert.credit_type?.id &&
        (types === undefined || types.includes(invoice.type.toUpperCase())),
    )
    .map((invoice) => ({
      scope: invoiceScope(invoice.id),
      value: invoice.total,
      properties: { invoice_id: invoice.id, invoice_total: invoice.total },
    }));
}

registerAlertValue('spend_threshold_reached', currentSpend);
registerAlertValue('monthly_invoice_total_spend_threshold_reached', monthlyInvoiceTotal);
registerAlertValue('invoice_total_reached', invoiceTotals);
