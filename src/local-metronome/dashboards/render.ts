import type { DashboardData } from './page-data.js';
import type { DashboardGrant } from './embed-token.js';

/** The palette Metronome's dashboards start from; `color_overrides` replace entries by name. */
const DEFAULT_COLORS: Record<string, string> = {
  Gray_dark: '#1f2937',
  Gray_medium: '#6b7280',
  Gray_light: '#d1d5db',
  Gray_extralight: '#f3f4f6',
  White: '#ffffff',
  Primary_medium: '#4f46e5',
  Primary_light: '#c7d2fe',
  Primary_green: '#059669',
  Primary_red: '#dc2626',
  Progress_bar: '#4f46e5',
  Progress_bar_background: '#e5e7eb',
  Action: '#4f46e5',
  Action_hover: '#4338ca',
  UsageLine_0: '#4f46e5',
  UsageLine_1: '#059669',
  UsageLine_2: '#d97706',
  UsageLine_3: '#dc2626',
  UsageLine_4: '#0891b2',
  UsageLine_5: '#7c3aed',
  UsageLine_6: '#db2777',
  UsageLine_7: '#65a30d',
  UsageLine_8: '#ea580c',
  UsageLine_9: '#475569',
};

const escape = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function money(amount: unknown, creditType?: { name?: string }): string {
  const value = Number(amount ?? 0);
  if (!creditType?.name || creditType.name === 'USD (cents)')
    return (value / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
  return `${value.toLocaleString('en-US', { maximumFractionDigits: 4 })} ${creditType.name}`;
}

const day = (iso: string) => escape(iso?.slice(0, 10));

/** A line item's name with what sets it apart from its siblings: its group values and its tier. */
function lineLabel(line: any): string {
  const groups = { ...(line.pricing_group_values ?? {}), ...(line.presentation_group_values ?? {}) } as Record<string, unknown>;
  const details = Object.entries(groups)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  if (line.tier?.level !== undefined) details.push(`tier ${line.tier.level}`);
  return `${escape(line.name)}${details.length ? ` <span class="muted">${escape(details.join(' · '))}</span>` : ''}`;
}

export function palette(grant: DashboardGrant): Record<string, string> {
  const colors = { ...DEFAULT_COLORS };
  for (const { name, value } of grant.color_overrides)
    if (name && value) colors[name] = value.startsWith('#') ? value : `#${value}`;
  return colors;
}

function invoicesSection(data: DashboardData): string {
  if (data.invoices.length === 0) return '<p class="empty">No invoices yet.</p>';
  return data.invoices
    .map(
      (invoice) => `
    <section class="invoice" data-invoice-id="${escape(invoice.id)}">
      <header><h2>${day(invoice.start_timestamp)} – ${day(invoice.end_timestamp)}</h2>
        <span class="status status-${escape(invoice.status)}">${escape(invoice.status)}</span>
        <strong class="total">${money(invoice.total, invoice.credit_type)}</strong></header>
      <table><thead><tr><th>Item</th><th class="num">Quantity</th><th class="num">Amount</th></tr></thead><tbody>
      ${(invoice.line_items ?? [])
        .map(
          (line: any) =>
            `<tr><td>${lineLabel(line)}</td><td class="num">${escape(line.quantity ?? '')}</td><td class="num">${money(line.total, line.credit_type)}</td></tr>`,
        )
        .join('')}
      </tbody></table>
    </section>`,
    )
    .join('');
}

/** One line per billable metric over the last 30 days, each scaled to its own maximum. */
function usageChart(data: DashboardData, colors: Record<string, string>): string {
  if (data.usage.length === 0) return '<p class="empty">No usage yet.</p>';
  const width = 720;
  const height = 240;
  const lines = data.usage.map((series, i) => {
    const max = Math.max(1, ...series.points.map((p) => p.value));
    const step = series.points.length > 1 ? width / (series.points.length - 1) : 0;
    const points = series.points
      .map((p, j) => `${(j * step).toFixed(1)},${(height - (p.value / max) * (height - 10)).toFixed(1)}`)
      .join(' ');
    const color = colors[`UsageLine_${i % 10}`]!;
    const additive = series.aggregationType === 'COUNT' || series.aggregationType === 'SUM';
    const summary = additive
      ? `${series.points.reduce((sum, p) => sum + p.value, 0).toLocaleString('en-US', { maximumFractionDigits: 2 })} in 30 days`
      : `${(series.points.at(-1)?.value ?? 0).toLocaleString('en-US', { maximumFractionDigits: 2 })} today`;
    return { series, color, points, summary };
  });
  return `
    <svg class="usage-chart" role="img" aria-label="Daily usage, last 30 days" viewBox="0 0 ${width} ${height}" width="100%" height="${height}">
      <rect width="${width}" height="${height}" fill="${colors.Gray_extralight}"/>
      ${lines.map((l) => `<polyline fill="none" stroke="${l.color}" stroke-width="2" points="${l.points}"><title>${escape(l.series.metricName)}</title></polyline>`).join('')}
    </svg>
    <div class="axis"><span>${day(data.usage[0]!.points[0]?.at ?? '')}</span><span>${day(data.usage[0]!.points.at(-1)?.at ?? '')}</span></div>
    <ul class="legend">${lines
      .map(
        (l) =>
          `<li><span class="swatch" style="background:${l.color}"></span>${escape(l.series.metricName)} <span class="muted">${l.summary}</span></li>`,
      )
      .join('')}</ul>`;
}

function balanceRow(name: string, remaining: number, total: number, creditType: any): string {
  const share = total > 0 ? Math.max(0, Math.min(1, remaining / total)) : 0;
  return `<tr><td>${escape(name)}</td><td class="num">${money(remaining, creditType)}</td><td class="num">${money(total, creditType)}</td>
    <td><div class="bar"><div class="fill" style="width:${(share * 100).toFixed(1)}%"></div></div></td></tr>`;
}

function creditsSection(data: DashboardData, grant: DashboardGrant): string {
  const hideNames = grant.dashboard_options.some((o) => o.key === 'hide_grant_name' && o.value === 'true');
  const rows = [
    ...data.balances.map((item) => {
      const total = (item.access_schedule?.schedule_items ?? []).reduce((sum: number, s: any) => sum + Number(s.amount ?? 0), 0);
      const label = hideNames ? (item.type === 'PREPAID' || item.type === 'POSTPAID' ? 'Commit' : 'Credit') : item.name ?? item.product?.name;
      return balanceRow(label, Number(item.balance ?? total), total, item.access_schedule?.credit_type);
    }),
    ...data.grants.map((g) =>
      balanceRow(hideNames ? 'Credit grant' : g.name, Number(g.balance?.including_pending ?? 0), Number(g.grant_amount?.amount ?? 0), g.grant_amount?.credit_type),
    ),
  ];
  if (rows.length === 0) return '<p class="empty">No commits or credits.</p>';
  return `<table><thead><tr><th>Balance</th><th class="num">Remaining</th><th class="num">Granted</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const TITLES: Record<DashboardGrant['dashboard'], string> = {
  invoices: 'Invoices',
  usage: 'Usage',
  credits: 'Credits',
  commits_and_credits: 'Commits and credits',
};

export function renderDashboard(grant: DashboardGrant, data: DashboardData): string {
  const colors = palette(grant);
  const body =
    grant.dashboard === 'invoices'
      ? invoicesSection(data)
      : grant.dashboard === 'usage'
        ? usageChart(data, colors)
        : creditsSection(data, grant);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLES[grant.dashboard]} — ${escape(data.customerName)}</title>
<style>
  body { font: 14px/1.45 system-ui, sans-serif; margin: 0; padding: 16px; color: ${colors.Gray_dark}; background: ${colors.White}; }
  h1 { font-size: 18px; margin: 0 0 12px; } h2 { font-size: 15px; margin: 0; }
  .muted, .empty { color: ${colors.Gray_medium}; }
  table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid ${colors.Gray_light}; } .num { text-align: right; }
  .invoice header { display: flex; gap: 12px; align-items: baseline; }
  .status { font-size: 12px; padding: 1px 6px; border-radius: 8px; background: ${colors.Primary_light}; color: ${colors.Primary_medium}; }
  .status-VOID { background: ${colors.Gray_extralight}; color: ${colors.Primary_red}; }
  .total { margin-left: auto; }
  .axis { display: flex; justify-content: space-between; color: ${colors.Gray_medium}; font-size: 12px; }
  .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 16px; }
  .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
  .bar { background: ${colors.Progress_bar_background}; border-radius: 4px; height: 8px; min-width: 120px; }
  .fill { background: ${colors.Progress_bar}; border-radius: 4px; height: 8px; }
</style></head>
<body data-dashboard="${grant.dashboard}"><h1>${TITLES[grant.dashboard]} <span class="muted">${escape(data.customerName)}</span></h1>
${body}
</body></html>`;
}

export function renderError(status: number, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dashboard unavailable</title></head>
<body style="font:14px system-ui,sans-serif;padding:16px"><h1 style="font-size:18px">Dashboard unavailable</h1><p>${escape(message)}</p><p>Status ${status}</p></body></html>`;
}
