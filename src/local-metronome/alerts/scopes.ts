/**
 * Names of the things an alert measures separately for one customer (see `AlertMeasurement.scope`). The get
 * endpoint's `group_values`, `seat_filter` and `alert_specifiers` parameters select one of them.
 */

function pairs(prefix: string, values: Readonly<Record<string, string | null>>): string {
  return `${prefix}:${Object.keys(values)
    .sort()
    .map((key) => `${encodeURIComponent(key)}=${encodeURIComponent(values[key] ?? '')}`)
    .join('&')}`;
}

/** One commit or contract credit (days-left alerts evaluate each one on its own). */
export function commitOrCreditScope(kind: 'commit' | 'credit', id: string): string {
  return `${kind}:${id}`;
}

export function invoiceScope(invoiceId: string): string {
  return `invoice:${invoiceId}`;
}

/** One combination of line item group values (`spend_threshold_reached` with a `group_values` key and no value). */
export function groupValuesScope(values: Readonly<Record<string, string | null>>): string {
  return pairs('group', values);
}

/** One seat (`low_remaining_seat_balance_reached` with a `seat_group_key` and no value). */
export function seatScope(key: string, value: string): string {
  return pairs('seat', { [key]: value });
}

/** One combination of custom field values (`alert_specifiers` filters with a key and no value), keyed `Entity.key`. */
export function customFieldGroupScope(values: Readonly<Record<string, string>>): string {
  return pairs('fields', values);
}
