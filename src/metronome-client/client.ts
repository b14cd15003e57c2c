import { HttpTransport, type HttpTransportOptions } from './http-transport.js';
import { AlertsResource } from './resources/alerts.js';
import { AuditLogsResource } from './resources/audit-logs.js';
import { BillableMetricsResource } from './resources/billable-metrics.js';
import { BillingConfigResource } from './resources/billing-config.js';
import { CommitsResource } from './resources/commits.js';
import { ContractsResource } from './resources/contracts.js';
import { CreditGrantsResource } from './resources/credit-grants.js';
import { CreditTypesResource } from './resources/credit-types.js';
import { CreditsResource } from './resources/credits.js';
import { CustomFieldsResource } from './resources/custom-fields.js';
import { CustomerAlertsResource } from './resources/customer-alerts.js';
import { CustomerPlansResource } from './resources/customer-plans.js';
import { CustomersResource } from './resources/customers.js';
import { DashboardsResource } from './resources/dashboards.js';
import { InvoicesResource } from './resources/invoices.js';
import { PlansResource } from './resources/plans.js';
import { ProductsResource } from './resources/products.js';
import { RateCardsResource } from './resources/rate-cards.js';
import { ServicesResource } from './resources/services.js';
import { UsageResource } from './resources/usage.js';
import type { Transport } from './transport.js';

/**
 * Every endpoint of the Metronome REST API in scope (95), one method each, grouped by resource. Knows nothing
 * of GraphQL. Built over any {@link Transport}: {@link MetronomeClient} talks HTTP; the per-request layer in
 * `src/loaders` builds one over a deduplicating transport.
 */
export class MetronomeApi {
  readonly alerts: AlertsResource;
  readonly auditLogs: AuditLogsResource;
  readonly billableMetrics: BillableMetricsResource;
  readonly billingConfig: BillingConfigResource;
  readonly commits: CommitsResource;
  readonly contracts: ContractsResource;
  readonly creditGrants: CreditGrantsResource;
  readonly creditTypes: CreditTypesResource;
  readonly credits: CreditsResource;
  readonly customFields: CustomFieldsResource;
  readonly customerAlerts: CustomerAlertsResource;
  readonly customerPlans: CustomerPlansResource;
  readonly customers: CustomersResource;
  readonly dashboards: DashboardsResource;
  readonly invoices: InvoicesResource;
  readonly plans: PlansResource;
  readonly products: ProductsResource;
  readonly rateCards: RateCardsResource;
  readonly services: ServicesResource;
  readonly usage: UsageResource;

  constructor(readonly transport: Transport) {
    this.alerts = new AlertsResource(transport);
    this.auditLogs = new AuditLogsResource(transport);
    this.billableMetrics = new BillableMetricsResource(transport);
    this.billingConfig = new BillingConfigResource(transport);
    this.commits = new CommitsResource(transport);
    this.contracts = new ContractsResource(transport);
    this.creditGrants = new CreditGrantsResource(transport);
    this.creditTypes = new CreditTypesResource(transport);
    this.credits = new CreditsResource(transport);
    this.customFields = new CustomFieldsResource(transport);
    this.customerAlerts = new CustomerAlertsResource(transport);
    this.customerPlans = new CustomerPlansResource(transport);
    this.customers = new CustomersResource(transport);
    this.dashboards = new DashboardsResource(transport);
    this.invoices = new InvoicesResource(transport);
    this.plans = new PlansResource(transport);
    this.products = new ProductsResource(transport);
    this.rateCards = new RateCardsResource(transport);
    this.services = new ServicesResource(transport);
    this.usage = new UsageResource(transport);
  }
}

/** The Metronome API over HTTP (a keep-alive undici pool). `close()` when done. */
export class MetronomeClient extends MetronomeApi {
  private readonly http: HttpTransport;

  constructor(options: HttpTransportOptions) {
    const http = new HttpTransport(options);
    super(http);
    this.http = http;
  }

  close(): Promise<void> {
    return this.http.close();
  }
}
