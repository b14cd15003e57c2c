import { INTERNAL_REQUEST_HEADER, type LocalMetronome } from '../server.js';
import type { DashboardGrant } from './embed-token.js';

/**
 * What one dashboard page shows, read through the Local Metronome's own API (in process), so the page shows
 * exactly what an API client would see.
 */
export interface DashboardData {
  customerName: string;
  invoices: any[];
  usage: { metricName: string; aggregationType: string; points: { at: string; value: number }[] }[];
  balances: any[];
  grants: any[];
}

const DAY = 24 * 60 * 60 * 1000;

export async function loadDashboardData(local: LocalMetronome, grant: DashboardGrant): Promise<DashboardData> {
  const call = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const response = await local.app.inject({
      method,
      url,
      headers: {
        authorization: `Bearer ${local.bearerToken}`,
        'content-type': 'application/json',
        [INTERNAL_REQUEST_HEADER]: local.signingSecret,
      },
      ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
    });
    if (response.statusCode !== 200) throw new Error(`${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return JSON.parse(response.body);
  };
  const option = (key: string) => grant.dashboard_options.find((o) => o.key === key)?.value;
  const customerId = encodeURIComponent(grant.customer_id);
  const customer = (await call('GET', `/v1/customers/${customerId}`)).data;
  const data: DashboardData = { customerName: customer.name, invoices: [], usage: [], balances: [], grants: [] };

  if (grant.dashboard === 'invoices') {
    const query = new URLSearchParams({ limit: '100', sort: 'date_desc' });
    const statusFilter = option('invoice_status_filter') ?? 'FINALIZED_AND_DRAFT';
    if (statusFilter !== 'ALL' && statusFilter !== 'FINALIZED_AND_DRAFT') query.set('status', statusFilter);
    if (option('contract_id')) query.set('contract_id', option('contract_id')!);
    if (option('show_zero_usage_line_items') !== 'true') query.set('skip_zero_qty_line_items', 'true');
    const invoices = (await call('GET', `/v1/customers/${customerId}/invoices?${query}`)).data as any[];
    data.invoices = invoices.filter(
      (invoice) =>
        (statusFilter !== 'FINALIZED_AND_DRAFT' || invoice.status === 'FINALIZED' || invoice.status === 'DRAFT') &&
        (option('hide_voided_invoices') !== 'true' || invoice.status !== 'VOID') &&
        (!option('invoice_type') || invoice.type === option('invoice_type')),
    );
  }

  if (grant.dashboard === 'usage') {
    const endingBefore = new Date(Math.floor(local.clock.now().getTime() / DAY) * DAY + DAY);
    const startingOn = new Date(endingBefore.getTime() - 30 * DAY);
    type Metric = { id: string; name: string; aggregation_type: string };
    const metrics = (await call('GET', `/v1/customers/${customerId}/billable-metrics?limit=100`)).data as Metric[];
    const billedOn = new Set(
      ((await call('GET', `/v1/customers/${customerId}/billable-metrics?limit=100&on_current_plan=true`)).data as Metric[]).map((m) => m.id),
    );
    if (metrics.length > 0) {
      const rows: any[] = [];
      let nextPage: string | null = null;
      do {
        const page: { data: any[]; next_page: string | null } = await call(
          'POST',
          `/v1/usage${nextPage ? `?next_page=${encodeURIComponent(nextPage)}` : ''}`,
          {
            window_size: 'DAY',
            starting_on: startingOn.toISOString(),
            ending_before: endingBefore.toISOString(),
            customer_ids: [grant.customer_id],
            billable_metrics: metrics.map((m) => ({ id: m.id })),
          },
        );
        rows.push(...page.data);
        nextPage = page.next_page;
      } while (nextPage);
      // A line for each metric the customer is billed on, or has usage of: not every metric of the account.
      data.usage = metrics
        .map((metric) => ({
          id: metric.id,
          metricName: metric.name,
          aggregationType: metric.aggregation_type,
          points: rows
            .filter((row) => row.billable_metric_id === metric.id)
            .map((row) => ({ at: row.start_timestamp, value: Number(row.value ?? 0) })),
        }))
        .filter((line) => billedOn.has(line.id) || line.points.some((point) => point.value !== 0))
        .map(({ id: _id, ...line }) => line);
    }
  }

  if (grant.dashboard === 'credits' || grant.dashboard === 'commits_and_credits') {
    let nextPage: string | null = null;
    do {
      const page: { data: any[]; next_page: string | null } = await call('POST', '/v1/contracts/customerBalances/list', {
        customer_id: grant.customer_id,
        include_balance: true,
        include_contract_balances: true,
        ...(nextPage ? { next_page: nextPage } : {}),
      });
      data.balances.push(...page.data);
      nextPage = page.next_page;
    } while (nextPage);
    data.grants = (await call('POST', '/v1/credits/listGrants', { customer_ids: [grant.customer_id] })).data;
  }
  return data;
}
