import type {
  Invoice,
  InvoiceAddChargeParams,
  InvoiceAddChargeResponse,
  InvoiceListBreakdownsParams,
  InvoiceListBreakdownsResponse,
  InvoiceListParams,
  InvoiceRetrieveParams,
  InvoiceRetrieveResponse,
} from '@metronome/sdk/resources/v1/customers/invoices';
import type {
  InvoiceRegenerateParams,
  InvoiceRegenerateResponse,
  InvoiceVoidParams,
  InvoiceVoidResponse,
} from '@metronome/sdk/resources/v1/invoices';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Invoices: `/v1/customers/{customer_id}/invoices…`, one-time charges, `/v1/invoices/…`. */
export class InvoicesResource extends Resource {
  /** `GET /v1/customers/{customer_id}/invoices` */
  list({ customer_id, ...query }: InvoiceListParams, options?: CallOptions): Promise<Page<Invoice>> {
    return this.read('GET', '/v1/customers/{customer_id}/invoices', { params: { customer_id }, query }, options);
  }

  /** `GET /v1/customers/{customer_id}/invoices/breakdowns` */
  listBreakdowns(
    { customer_id, ...query }: InvoiceListBreakdownsParams,
    options?: CallOptions,
  ): Promise<Page<InvoiceListBreakdownsResponse>> {
    return this.read('GET', '/v1/customers/{customer_id}/invoices/breakdowns', { params: { customer_id }, query }, options);
  }

  /** `GET /v1/customers/{customer_id}/invoices/{invoice_id}` */
  retrieve({ customer_id, invoice_id, ...query }: InvoiceRetrieveParams, options?: CallOptions): Promise<InvoiceRetrieveResponse> {
    return this.read(
      'GET',
      '/v1/customers/{customer_id}/invoices/{invoice_id}',
      { params: { customer_id, invoice_id }, query },
      options,
    );
  }

  /** `POST /v1/customers/{customer_id}/addCharge` */
  addCharge({ customer_id, ...body }: InvoiceAddChargeParams, options?: CallOptions): Promise<InvoiceAddChargeResponse> {
    return this.write('POST', '/v1/customers/{customer_id}/addCharge', { params: { customer_id }, body }, options);
  }

  /** `POST /v1/invoices/regenerate` */
  regenerate(body: InvoiceRegenerateParams, options?: CallOptions): Promise<InvoiceRegenerateResponse> {
    return this.write('POST', '/v1/invoices/regenerate', { body }, options);
  }

  /** `POST /v1/invoices/void` */
  void(body: InvoiceVoidParams, options?: CallOptions): Promise<InvoiceVoidResponse> {
    return this.write('POST', '/v1/invoices/void', { body }, options);
  }
}
