import type { DashboardGetEmbeddableURLParams } from '@metronome/sdk/resources/v1/dashboards';
import { builder } from './builder.js';
import { Customer } from './customer.js';

const DashboardType = builder.enumType('DashboardType', {
  description: 'The type of dashboard to retrieve.',
  values: ['invoices', 'usage', 'credits', 'commits_and_credits'] as const,
});

const DashboardOptionKey = builder.enumType('DashboardOptionKey', {
  description: 'A dashboard option; most are supported for the invoices dashboard only.',
  values: [
    'show_zero_usage_line_items',
    'contract_id',
    'invoice_type',
    'invoice_status_filter',
    'hide_voided_invoices',
    'billable_status_filter',
    'hide_grant_name',
    'credit_ledger_credit_type_id',
  ] as const,
});

const DashboardColorName = builder.enumType('DashboardColorName', {
  description: 'A color of the dashboard that can be overridden.',
  values: [
    'Gray_dark',
    'Gray_medium',
    'Gray_light',
    'Gray_extralight',
    'White',
    'Primary_medium',
    'Primary_light',
    'UsageLine_0',
    'UsageLine_1',
    'UsageLine_2',
    'UsageLine_3',
    'UsageLine_4',
    'UsageLine_5',
    'UsageLine_6',
    'UsageLine_7',
    'UsageLine_8',
    'UsageLine_9',
    'Primary_green',
    'Primary_red',
    'Progress_bar',
    'Progress_bar_background',
    'Action',
    'Action_hover',
  ] as const,
});

const DashboardOptionInput = builder.inputType('DashboardOptionInput', {
  description: 'One dashboard specific option.',
  fields: (t) => ({
    key: t.field({ type: DashboardOptionKey, required: true, description: 'The option key name' }),
    value: t.string({
      required: true,
      description:
        'The option value. For show_zero_usage_line_items: "true" or "false" (default "false"). For contract_id: a UUID filtering invoices to a specific contract. For invoice_type: "USAGE" or "SCHEDULED". For invoice_status_filter: "VOID", "FINALIZED", "DRAFT", "FINALIZED_AND_DRAFT", or "ALL". For hide_voided_invoices (deprecated): "true" or "false".',
    }),
  }),
});

const DashboardColorOverrideInput = builder.inputType('DashboardColorOverrideInput', {
  description: 'One color of the dashboard, overridden to match your brand.',
  fields: (t) => ({
    name: t.field({ type: DashboardColorName, required: true, description: 'The color to override' }),
    value: t.string({ required: true, description: 'Hex value representation of the color' }),
  }),
});

const BillableMetricGroupKeyOverrideInput = builder.inputType('BillableMetricGroupKeyOverrideInput', {
  description: 'How the dashboard names a billable metric group key and its values.',
  fields: (t) => ({
    groupKeyName: t.string({ required: true, description: 'The name of the billable metric group key.' }),
    displayName: t.string({ required: false, description: 'The display name for the billable metric group key' }),
    valueDisplayNames: t.field({
      type: 'JSON',
      required: false,
      description:
        '<key, value> pairs of the billable metric group key values and their display names. e.g. {"a": "Asia", "b": "Euro"}',
    }),
  }),
});

builder.objectField(Customer, 'embeddableDashboardUrl', (t) =>
  t.string({
    nullable: true,
    description:
      'A secure, time-limited URL of one of the customer’s billing dashboards (invoices, usage, credits, commits and credits), to embed in an iframe (`POST /v1/dashboards/getEmbeddableUrl`; a read, as it only signs a URL).',
    args: {
      dashboard: t.arg({ type: DashboardType, required: true, description: 'The type of dashboard to retrieve.' }),
      options: t.arg({
        type: [DashboardOptionInput],
        required: false,
        description:
          'Optional dashboard specific options: `show_zero_usage_line_items`, `contract_id`, `invoice_type` and `invoice_status_filter` are supported for the invoices dashboard only.',
      }),
      colorOverrides: t.arg({ type: [DashboardColorOverrideInput], required: false, description: 'Optional list of colors to override' }),
      billableMetricGroupKeyOverrides: t.arg({
        type: [BillableMetricGroupKeyOverrideInput],
        required: false,
        description: 'Optional list of billable metric group key overrides',
      }),
    },
    resolve: async (customer, args, { api }) => {
      const body: DashboardGetEmbeddableURLParams = {
        customer_id: customer.id,
        dashboard: args.dashboard,
        ...(args.options ? { dashboard_options: args.options.map(({ key, value }) => ({ key, value })) } : {}),
        ...(args.colorOverrides ? { color_overrides: args.colorOverrides.map(({ name, value }) => ({ name, value })) } : {}),
        ...(args.billableMetricGroupKeyOverrides
          ? {
              bm_group_key_overrides: args.billableMetricGroupKeyOverrides.map((override) => ({
                group_key_name: override.groupKeyName,
                ...(override.displayName == null ? {} : { display_name: override.displayName }),
                ...(override.valueDisplayNames == null
                  ? {}
                  : { value_display_names: override.valueDisplayNames as Record<string, unknown> }),
              })),
            }
          : {}),
      };
      return (await api.dashboards.getEmbeddableUrl(body)).data.url ?? null;
    },
  }),
);
