import type { EmbeddableDashboardPayload } from '../dashboards/embed-token.js';
import { DASHBOARD_URL_TTL_MS, encodeDashboardGrant } from '../dashboards/embed-token.js';
import { BadRequestError } from '../http/api-error.js';
import type { Domain } from '../http/route.js';
import { defineRoute } from '../http/route.js';
import { requireCustomer } from '../store/customers.js';
import { requireContract } from '../store/contracts.js';

const OPTION_VALUES: Record<string, (value: string) => boolean> = {
  show_zero_usage_line_items: (v) => v === 'true' || v === 'false',
  hide_voided_invoices: (v) => v === 'true' || v === 'false',
  hide_grant_name: (v) => v === 'true' || v === 'false',
  contract_id: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  invoice_type: (v) => v === 'USAGE' || v === 'SCHEDULED',
  invoice_status_filter: (v) => ['VOID', 'FINALIZED', 'DRAFT', 'FINALIZED_AND_DRAFT', 'ALL'].includes(v),
  billable_status_filter: (v) => ['billable', 'unbillable', 'all'].includes(v),
  credit_ledger_credit_type_id: (v) => /^[0-9a-f-]{36}$/i.test(v),
};
const INVOICE_ONLY_OPTIONS = ['show_zero_usage_line_items', 'contract_id', 'invoice_type', 'invoice_status_filter', 'hide_voided_invoices'];

export const dashboards: Domain = {
  name: 'dashboards',
  routes: [
    defineRoute<EmbeddableDashboardPayload>({
      operation: 'POST /v1/dashboards/getEmbeddableUrl',
      kind: 'read',
      handle({ db, body, now, publicUrl, signingSecret }) {
        requireCustomer(db, body.customer_id);
        const options = body.dashboard_options ?? [];
        options.forEach((option, i) => {
          if (!OPTION_VALUES[option.key]!(option.value))
            throw new BadRequestError(`dashboard_options[${i}].value is not a valid value for ${option.key}: ${option.value}`);
          if (INVOICE_ONLY_OPTIONS.includes(option.key) && body.dashboard !== 'invoices')
            throw new BadRequestError(`dashboard_options[${i}].key ${option.key} is supported for the invoices dashboard only`);
        });
        const contractId = options.find((o) => o.key === 'contract_id')?.value;
        if (contractId) requireContract(db, body.customer_id, contractId);
        (body.color_overrides ?? []).forEach((color, i) => {
          if (color.value !== undefined && !/^#?([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(color.value))
            throw new BadRequestError(`color_overrides[${i}].value must be a hex color, e.g. #1D4ED8`);
        });
        const token = encodeDashboardGrant(
          {
            customer_id: body.customer_id,
            dashboard: body.dashboard,
            dashboard_options: options,
            color_overrides: body.color_overrides ?? [],
            bm_group_key_overrides: body.bm_group_key_overrides ?? [],
            exp: now.getTime() + DASHBOARD_URL_TTL_MS,
          },
          signingSecret,
        );
        return { data: { url: `${publicUrl}/embeddable-dashboards/customers/${body.dashboard}/v1?token=${token}` } };
      },
    }),
  ],
};
