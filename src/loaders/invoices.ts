import type { Invoice } from '@metronome/sdk/resources/v1/customers/invoices';
import type { MetronomeApi } from '../metronome-client/client.js';
import { loadEachById } from './by-id.js';

/** An invoice is found by its customer and its own id: `GET /v1/customers/{customer_id}/invoices/{invoice_id}`. */
export interface InvoiceKey {
  customerId: string;
  invoiceId: string;
}

/**
 * Invoices by (customer, id), in key order: one `GET /v1/customers/{customer_id}/invoices/{invoice_id}` per
 * distinct invoice (Metronome has no batch read of invoices by id), each failure kept to its own key.
 */
export function loadInvoices(api: MetronomeApi, keys: readonly InvoiceKey[]): Promise<(Invoice | Error)[]> {
  return loadEachById(keys, ({ customerId, invoiceId }) => api.invoices.retrieve({ customer_id: customerId, invoice_id: invoiceId }));
}
