import type {
  ContractAddManualBalanceEntryParams,
  ContractAmendParams,
  ContractAmendResponse,
  ContractArchiveParams,
  ContractArchiveResponse,
  ContractCreateHistoricalInvoicesParams,
  ContractCreateHistoricalInvoicesResponse,
  ContractCreateParams,
  ContractCreateResponse,
  ContractListBalancesParams,
  ContractListBalancesResponse,
  ContractListParams,
  ContractListResponse,
  ContractRetrieveParams,
  ContractRetrieveRateScheduleParams,
  ContractRetrieveRateScheduleResponse,
  ContractRetrieveResponse,
  ContractRetrieveSubscriptionQuantityHistoryParams,
  ContractRetrieveSubscriptionQuantityHistoryResponse,
  ContractScheduleProServicesInvoiceParams,
  ContractScheduleProServicesInvoiceResponse,
  ContractSetUsageFilterParams,
  ContractUpdateEndDateParams,
  ContractUpdateEndDateResponse,
} from '@metronome/sdk/resources/v1/contracts/contracts';
// The SDK files these under rate-cards/, though they are the contract's named schedules.
import type {
  NamedScheduleRetrieveParams,
  NamedScheduleRetrieveResponse,
  NamedScheduleUpdateParams,
} from '@metronome/sdk/resources/v1/contracts/rate-cards/named-schedules';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Contracts: `/v1/contracts/…`. Their reads are POSTs. */
export class ContractsResource extends Resource {
  /** `POST /v1/contracts/create` */
  create(body: ContractCreateParams, options?: CallOptions): Promise<ContractCreateResponse> {
    return this.write('POST', '/v1/contracts/create', { body }, options);
  }

  /** `POST /v1/contracts/get` (a read). */
  retrieve(body: ContractRetrieveParams, options?: CallOptions): Promise<ContractRetrieveResponse> {
    return this.read('POST', '/v1/contracts/get', { body }, options);
  }

  /** `POST /v1/contracts/list` (a read; unpaged: every contract of the customer at once). */
  list(body: ContractListParams, options?: CallOptions): Promise<ContractListResponse> {
    return this.read('POST', '/v1/contracts/list', { body }, options);
  }

  /** `POST /v1/contracts/addManualBalanceLedgerEntry` */
  addManualBalanceEntry(body: ContractAddManualBalanceEntryParams, options?: CallOptions): Promise<void> {
    return this.write('POST', '/v1/contracts/addManualBalanceLedgerEntry', { body }, options);
  }

  /** `POST /v1/contracts/amend` */
  amend(body: ContractAmendParams, options?: CallOptions): Promise<ContractAmendResponse> {
    return this.write('POST', '/v1/contracts/amend', { body }, options);
  }

  /** `POST /v1/contracts/archive` */
  archive(body: ContractArchiveParams, options?: CallOptions): Promise<ContractArchiveResponse> {
    return this.write('POST', '/v1/contracts/archive', { body }, options);
  }

  /** `POST /v1/contracts/createHistoricalInvoices` */
  createHistoricalInvoices(
    body: ContractCreateHistoricalInvoicesParams,
    options?: CallOptions,
  ): Promise<ContractCreateHistoricalInvoicesResponse> {
    return this.write('POST', '/v1/contracts/createHistoricalInvoices', { body }, options);
  }

  /** `POST /v1/contracts/customerBalances/list` (a read; `limit`/`next_page` in the body, at most 25). */
  listBalances(body: ContractListBalancesParams, options?: CallOptions): Promise<Page<ContractListBalancesResponse>> {
    return this.read('POST', '/v1/contracts/customerBalances/list', { body }, options);
  }

  /** `POST /v1/contracts/getContractRateSchedule` (a read; `limit`/`next_page` in the query). */
  retrieveRateSchedule(
    { limit, next_page, ...body }: ContractRetrieveRateScheduleParams,
    options?: CallOptions,
  ): Promise<ContractRetrieveRateScheduleResponse> {
    return this.read('POST', '/v1/contracts/getContractRateSchedule', { query: { limit, next_page }, body }, options);
  }

  /** `POST /v1/contracts/getSubscriptionQuantityHistory` (a read). */
  retrieveSubscriptionQuantityHistory(
    body: ContractRetrieveSubscriptionQuantityHistoryParams,
    options?: CallOptions,
  ): Promise<ContractRetrieveSubscriptionQuantityHistoryResponse> {
    return this.read('POST', '/v1/contracts/getSubscriptionQuantityHistory', { body }, options);
  }

  /** `POST /v1/contracts/scheduleProServicesInvoice` */
  scheduleProServicesInvoice(
    body: ContractScheduleProServicesInvoiceParams,
    options?: CallOptions,
  ): Promise<ContractScheduleProServicesInvoiceResponse> {
    return this.write('POST', '/v1/contracts/scheduleProServicesInvoice', { body }, options);
  }

  /** `POST /v1/contracts/setUsageFilter` */
  setUsageFilter(body: ContractSetUsageFilterParams, options?: CallOptions): Promise<void> {
    return this.write('POST', '/v1/contracts/setUsageFilter', { body }, options);
  }

  /** `POST /v1/contracts/updateEndDate` */
  updateEndDate(body: ContractUpdateEndDateParams, options?: CallOptions): Promise<ContractUpdateEndDateResponse> {
    return this.write('POST', '/v1/contracts/updateEndDate', { body }, options);
  }

  /** `POST /v1/contracts/getNamedSchedule` (a read). */
  getNamedSchedule(body: NamedScheduleRetrieveParams, options?: CallOptions): Promise<NamedScheduleRetrieveResponse> {
    return this.read('POST', '/v1/contracts/getNamedSchedule', { body }, options);
  }

  /** `POST /v1/contracts/updateNamedSchedule` */
  updateNamedSchedule(body: NamedScheduleUpdateParams, options?: CallOptions): Promise<void> {
    return this.write('POST', '/v1/contracts/updateNamedSchedule', { body }, options);
  }
}
