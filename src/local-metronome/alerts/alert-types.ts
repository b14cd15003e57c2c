import type { AlertCreateParams } from '@metronome/sdk/resources/v1/alerts';

export type AlertType = AlertCreateParams['alert_type'];

/** Optional create-body fields that only some alert types accept. */
export const SCOPED_FIELDS = [
  'billable_metric_id',
  'credit_grant_type_filters',
  'custom_field_filters',
  'group_values',
  'group_key_filter',
  'invoice_types_filter',
  'seat_filter',
  'alert_specifiers',
] as const satisfies readonly (keyof AlertCreateParams | 'group_key_filter')[];

export type ScopedField = (typeof SCOPED_FIELDS)[number];

/** How an alert type is configured and when a customer is `in_alarm`. */
export interface AlertTypeRules {
  /**
   * `at_or_above`: in alarm once the measured value reaches the threshold or exceeds it (spend, usage, invoice
   * totals). `at_or_below`: in alarm once it falls to the threshold or under it (balances, percentages, days).
   */
  direction: 'at_or_above' | 'at_or_below';
  /** Whether the threshold is an amount of a pricing unit, so the alert carries a `credit_type`. */
  priced: boolean;
  /** Fields the create body must carry for this type. */
  requires: readonly ScopedField[];
  /** Fields the create body may carry for this type (required ones included). */
  accepts: readonly ScopedField[];
}

const contractFilters: readonly ScopedField[] = ['custom_field_filters'];

/**
 * Every alert type the API lists, with the rules its documentation states: which fields each type needs
 * (`billable_metric_id` for usage, `seat_filter` for seats), which filters it takes (credit grant types only for
 * credit-grant alerts, `group_values` only for spend, `invoice_types_filter` only for invoice totals,
 * `alert_specifiers` only for the combined contract balance), and which way its threshold points.
 */
export const ALERT_TYPES: Record<AlertType, AlertTypeRules> = {
  low_credit_balance_reached: {
    direction: 'at_or_below',
    priced: true,
    requires: [],
    accepts: ['credit_grant_type_filters'],
  },
  low_remaining_credit_percentage_reached: {
    direction: 'at_or_below',
    priced: true,
    requires: [],
    accepts: ['credit_grant_type_filters'],
  },
  low_remaining_days_in_plan_reached: { direction: 'at_or_below', priced: false, requires: [], accepts: [] },
  usage_threshold_reached: {
    direction: 'at_or_above',
    priced: false,
    requires: ['billable_metric_id'],
    accepts: ['billable_metric_id', ...contractFilters],
  },
  spend_threshold_reached: {
    direction: 'at_or_above',
    priced: true,
    requires: [],
    accepts: ['group_values', 'group_key_filter', ...contractFilters],
  },
  monthly_invoice_total_spend_threshold_reached: {
    direction: 'at_or_above',
    priced: true,
    requires: [],
    accepts: contractFilters,
  },
  invoice_total_reached: {
    direction: 'at_or_above',
    priced: true,
    requires: [],
    accepts: ['invoice_types_filter', ...contractFilters],
  },
  low_remaining_days_for_commit_segment_reached: {
    direction: 'at_or_below',
    priced: false,
    requires: [],
    accepts: contractFilters,
  },
  low_remaining_commit_balance_reached: { direction: 'at_or_below', priced: true, requires: [], accepts: contractFilters },
  low_remaining_commit_percentage_reached: {
    direction: 'at_or_below',
    priced: true,
    requires: [],
    accepts: contractFilters,
  },
  low_remaining_days_for_contract_credit_segment_reached: {
    direction: 'at_or_below',
    priced: false,
    requires: [],
    accepts: contractFilters,
  },
  low_remaining_contract_credit_balance_reached: {
    direction: 'at_or_below',
    priced: true,
    requires: [],
    accepts: contractFilters,
  },
  low_remaining_contract_credit_percentage_reached: {
    direction: 'at_or_below',
    priced: true,
    requires: [],
    accepts: contractFilters,
  },
  low_remaining_contract_credit_and_commit_balance_reached: {
    direction: 'at_or_below',
    priced: true,
    requires: [],
    accepts: ['alert_specifiers', ...contractFilters],
  },
  low_remaining_seat_balance_reached: {
    direction: 'at_or_below',
    priced: true,
    requires: ['seat_filter'],
    accepts: ['seat_filter'],
  },
};
