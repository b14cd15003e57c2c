/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Schedule for distributing the commit or credit to the customer. */
export type AccessScheduleInput = {
  /** Defaults to USD (cents) if not passed */
  creditTypeId?: string | null | undefined;
  /** The segments of the schedule. */
  scheduleItems: Array<AccessScheduleItemInput>;
};

/** One segment of an access schedule. */
export type AccessScheduleItemInput = {
  /** The amount the segment grants. */
  amount: number;
  /** RFC 3339 timestamp (exclusive) */
  endingBefore: string;
  /** RFC 3339 timestamp (inclusive) */
  startingAt: string;
};

/** A one time charge to add to a plan invoice (`POST /v1/customers/{customer_id}/addCharge`). */
export type AddCustomerChargeInput = {
  /** The Metronome ID of the charge to add to the invoice. Note that the charge must be on a product that is not on the current plan, and the product must have only fixed charges. */
  chargeId: string;
  /** The Metronome ID of the customer plan to add the charge to. */
  customerPlanId: string;
  /** The description of the charge. */
  description: string;
  /** The start_timestamp of the invoice to add the charge to. */
  invoiceStartTimestamp: string;
  /** The price of the charge. This price will match the currency on the invoice, e.g. USD cents. */
  price: number;
  /** The quantity charged. */
  quantity: number;
};

/** The plan to put a customer on, and for when (`POST /v1/customers/{customer_id}/plans/add`). */
export type AddCustomerPlanInput = {
  /** RFC 3339 timestamp for when the plan ends (exclusive) for this customer. Must be at 0:00 UTC (midnight). */
  endingBefore?: string | null | undefined;
  /** Number of days after issuance of invoice after which the invoice is due (e.g. Net 30). */
  netPaymentTermsDays?: number | null | undefined;
  /** An optional list of overage rates that override the rates of the original plan configuration. These new rates will apply to all pricing ramps. */
  overageRateAdjustments?: Array<OverageRateAdjustmentInput> | null | undefined;
  /** The ID of the plan. */
  planId: string;
  /** A list of price adjustments can be applied on top of the pricing in the plans. */
  priceAdjustments?: Array<PriceAdjustmentInput> | null | undefined;
  /** RFC 3339 timestamp for when the plan becomes active for this customer. Must be at 0:00 UTC (midnight). */
  startingOn: string;
  /** A custom trial can be set for the customer's plan. */
  trialSpec?: TrialSpecInput | null | undefined;
};

/** A manual adjustment of the balance on a commit or credit (`POST /v1/contracts/addManualBalanceLedgerEntry`). */
export type AddManualBalanceLedgerEntryInput = {
  /** Amount to add to the segment. A negative number will draw down from the balance. */
  amount: number;
  /** ID of the balance (commit or credit) to update. */
  balanceId: string;
  /** ID of the contract to update. Leave blank to update a customer level balance. */
  contractId?: string | null | undefined;
  /** ID of the customer whose balance is to be updated. */
  customerId: string;
  /** If using individually configured commits/credits attached to seat managed subscriptions, the amount to add for each seat. Must sum to total amount. A map of seat to amount, as the REST body’s `per_group_amounts`. */
  perGroupAmounts?: unknown;
  /** Reason for the manual adjustment. This will be displayed in the ledger. */
  reason: string;
  /** ID of the segment to update. */
  segmentId: string;
  /** RFC 3339 timestamp indicating when the manual adjustment takes place. If not provided, it will default to the start of the segment. */
  timestamp?: string | null | undefined;
};

/** Specifies the type of aggregation performed on matching events. */
export type AggregationType =
  | 'COUNT'
  | 'LATEST'
  | 'MAX'
  | 'SUM'
  | 'UNIQUE';

/** The kind of object whose custom field a threshold notification filter matches. */
export type AlertCustomFieldFilterEntity =
  /** A commit’s custom field. */
  | 'Commit'
  /** A contract’s custom field. */
  | 'Contract'
  /** A contract credit’s custom field. */
  | 'ContractCredit'
  /** A contract credit’s or commit’s custom field. */
  | 'ContractCreditOrCommit';

/** A custom field filter: the notification applies to objects of `entity` whose custom field `key` is `value`. */
export type AlertCustomFieldFilterInput = {
  /** The kind of object the custom field is on. */
  entity: AlertCustomFieldFilterEntity;
  /** The custom field key. */
  key: string;
  /** The custom field value. */
  value: string;
};

/** Scopes threshold notification evaluation to a specific presentation group key on individual line items. Only for spend notifications. */
export type AlertGroupKeyFilterInput = {
  /** The presentation group key. */
  key: string;
  /** The presentation group value. */
  value: string;
};

/** A group key on individual line items, and optionally its value, that a spend notification is scoped to. */
export type AlertGroupValueInput = {
  /** The group key. */
  key: string;
  /** The group value; every value of the key when absent. */
  value?: string | null | undefined;
};

/** The seat group key-value pair a `low_remaining_seat_balance_reached` notification is scoped to. */
export type AlertSeatFilterInput = {
  /** The seat group key (e.g., "seat_id", "user_id") */
  seatGroupKey: string;
  /** Optional seat identifier the alert is scoped to. */
  seatGroupValue?: string | null | undefined;
};

/** Status of the threshold notification. */
export type AlertStatus =
  | 'archived'
  | 'disabled'
  | 'enabled';

/** A threshold notification status to list by. */
export type AlertStatusFilter =
  /** Archived threshold notifications. */
  | 'ARCHIVED'
  /** Disabled threshold notifications. */
  | 'DISABLED'
  /** Enabled threshold notifications. */
  | 'ENABLED';

/** Type of the threshold notification. */
export type AlertType =
  | 'invoice_total_reached'
  | 'low_credit_balance_reached'
  | 'low_remaining_commit_balance_reached'
  | 'low_remaining_commit_percentage_reached'
  | 'low_remaining_contract_credit_and_commit_balance_reached'
  | 'low_remaining_contract_credit_balance_reached'
  | 'low_remaining_contract_credit_percentage_reached'
  | 'low_remaining_credit_percentage_reached'
  | 'low_remaining_days_for_commit_segment_reached'
  | 'low_remaining_days_for_contract_credit_segment_reached'
  | 'low_remaining_days_in_plan_reached'
  | 'low_remaining_seat_balance_reached'
  | 'monthly_invoice_total_spend_threshold_reached'
  | 'spend_threshold_reached'
  | 'usage_threshold_reached';

/** An amendment to a contract (`POST /v1/contracts/amend`): terms added from `startingAt`, in the REST body’s shape. Amendments will be replaced by contract editing in Metronome. */
export type AmendContractInput = {
  /** The contract’s commits, as the REST body’s `commits` (product_id, type, access_schedule, invoice_schedule, specifiers, …). */
  commits?: unknown;
  /** ID of the contract to amend */
  contractId: string;
  /** The contract’s credits, as the REST body’s `credits` (product_id, access_schedule, specifiers, …). */
  credits?: unknown;
  /** Custom fields to be added eg. { "key1": "value1", "key2": "value2" } */
  customFields?: unknown;
  /** ID of the customer whose contract is to be amended */
  customerId: string;
  /** Discounts, as the REST body's `discounts`. This field's availability is dependent on your client's configuration. */
  discounts?: unknown;
  /** This field's availability is dependent on your client's configuration. */
  netsuiteSalesOrderId?: string | null | undefined;
  /** Rate overrides, as the REST body’s `overrides` (starting_at, override_specifiers, type MULTIPLIER/OVERWRITE/TIERED, multiplier or overwrite_rate, …). */
  overrides?: unknown;
  /** Professional services, as the REST body's `professional_services`. This field's availability is dependent on your client's configuration. */
  professionalServices?: unknown;
  /** Reseller royalties, as the REST body's `reseller_royalties`. This field's availability is dependent on your client's configuration. */
  resellerRoyalties?: unknown;
  /** This field's availability is dependent on your client's configuration. */
  salesforceOpportunityId?: string | null | undefined;
  /** Scheduled charges, as the REST body’s `scheduled_charges` (product_id, schedule, …). */
  scheduledCharges?: unknown;
  /** inclusive start time for the amendment */
  startingAt: string;
  /** This field's availability is dependent on your client's configuration. */
  totalContractValue?: number | null | undefined;
};

/** How a recurring schedule’s amount is spread over its charges: divided between them (optionally rounded), or charged in full each time. */
export type AmountDistribution =
  | 'DIVIDED'
  | 'DIVIDED_ROUNDED'
  | 'EACH';

/** Which items a list returns by archive state. */
export type ArchiveFilter =
  | 'ALL'
  | 'ARCHIVED'
  | 'NOT_ARCHIVED';

/** Sort order by timestamp. */
export type AuditLogSort =
  | 'date_asc'
  | 'date_desc';

/** Whether the action succeeded. */
export type AuditLogStatus =
  | 'failure'
  | 'pending'
  | 'success';

/** An AWS region, for AWS Marketplace billing. */
export type AwsRegion =
  /** AWS region af-south-1. */
  | 'af_south_1'
  /** AWS region ap-east-1. */
  | 'ap_east_1'
  /** AWS region ap-northeast-1. */
  | 'ap_northeast_1'
  /** AWS region ap-northeast-2. */
  | 'ap_northeast_2'
  /** AWS region ap-northeast-3. */
  | 'ap_northeast_3'
  /** AWS region ap-south-1. */
  | 'ap_south_1'
  /** AWS region ap-southeast-1. */
  | 'ap_southeast_1'
  /** AWS region ap-southeast-2. */
  | 'ap_southeast_2'
  /** AWS region ca-central-1. */
  | 'ca_central_1'
  /** AWS region cn-north-1. */
  | 'cn_north_1'
  /** AWS region cn-northwest-1. */
  | 'cn_northwest_1'
  /** AWS region eu-central-1. */
  | 'eu_central_1'
  /** AWS region eu-north-1. */
  | 'eu_north_1'
  /** AWS region eu-south-1. */
  | 'eu_south_1'
  /** AWS region eu-west-1. */
  | 'eu_west_1'
  /** AWS region eu-west-2. */
  | 'eu_west_2'
  /** AWS region eu-west-3. */
  | 'eu_west_3'
  /** AWS region me-south-1. */
  | 'me_south_1'
  /** AWS region sa-east-1. */
  | 'sa_east_1'
  /** AWS region us-east-1. */
  | 'us_east_1'
  /** AWS region us-east-2. */
  | 'us_east_2'
  /** AWS region us-gov-east-1. */
  | 'us_gov_east_1'
  /** AWS region us-gov-west-1. */
  | 'us_gov_west_1'
  /** AWS region us-west-1. */
  | 'us_west_1'
  /** AWS region us-west-2. */
  | 'us_west_2';

/** What a commit or credit ledger entry records. */
export type BalanceLedgerEntryType =
  | 'CREDIT_AUTOMATED_INVOICE_DEDUCTION'
  | 'CREDIT_CANCELED'
  | 'CREDIT_CREDITED'
  | 'CREDIT_EXPIRATION'
  | 'CREDIT_MANUAL'
  | 'CREDIT_ROLLOVER'
  | 'CREDIT_SEAT_BASED_ADJUSTMENT'
  | 'CREDIT_SEGMENT_START'
  | 'POSTPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION'
  | 'POSTPAID_COMMIT_EXPIRATION'
  | 'POSTPAID_COMMIT_INITIAL_BALANCE'
  | 'POSTPAID_COMMIT_MANUAL'
  | 'POSTPAID_COMMIT_ROLLOVER'
  | 'POSTPAID_COMMIT_TRUEUP'
  | 'PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION'
  | 'PREPAID_COMMIT_CANCELED'
  | 'PREPAID_COMMIT_CREDITED'
  | 'PREPAID_COMMIT_EXPIRATION'
  | 'PREPAID_COMMIT_MANUAL'
  | 'PREPAID_COMMIT_ROLLOVER'
  | 'PREPAID_COMMIT_SEAT_BASED_ADJUSTMENT'
  | 'PREPAID_COMMIT_SEGMENT_START';

/** How the dashboard names a billable metric group key and its values. */
export type BillableMetricGroupKeyOverrideInput = {
  /** The display name for the billable metric group key */
  displayName?: string | null | undefined;
  /** The name of the billable metric group key. */
  groupKeyName: string;
  /** <key, value> pairs of the billable metric group key values and their display names. e.g. {"a": "Asia", "b": "Euro"} */
  valueDisplayNames?: unknown;
};

/** Whether an invoice is billed. */
export type BillableStatus =
  | 'billable'
  | 'unbillable';

/** How often a subscription rate is billed. */
export type BillingFrequency =
  | 'ANNUAL'
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'WEEKLY';

/** A billing provider a customer can be billed through. */
export type BillingProviderType =
  | 'aws_marketplace'
  | 'azure_marketplace'
  | 'custom'
  | 'gcp_marketplace'
  | 'metronome'
  | 'netsuite'
  | 'quickbooks_online'
  | 'stripe'
  | 'workday';

/** The granularity of a historical invoice’s breakdowns. */
export type BreakdownGranularity =
  | 'DAY'
  | 'HOUR';

/** A distinct rate on the rate card. You can choose to use this rate rather than list rate when consuming a credit or commit. */
export type CommitRateInput = {
  /** Commit rate price. For FLAT rate_type, this must be >=0. For PERCENTAGE rate_type, this is a decimal fraction, e.g. use 0.1 for 10%; this must be >=0 and <=1. */
  price?: number | null | undefined;
  /** How the commit rate prices a quantity. */
  rateType: RateType;
  /** Only set for TIERED rate_type. */
  tiers?: Array<TierInput> | null | undefined;
};

/** Whether usage drawing down the commit or credit is priced at the commit rate or the list rate. */
export type CommitRateType =
  | 'COMMIT_RATE'
  | 'LIST_RATE';

/** PREPAID commits are paid for up front; POSTPAID commits are billed at the end of their term for any shortfall. */
export type CommitType =
  | 'POSTPAID'
  | 'PREPAID';

/** Makes the new contract a renewal of another of the customer’s contracts. */
export type ContractTransitionInput = {
  /** The contract this one renews. */
  fromContractId: string;
  /** Controls whether future trueup invoices are billed or removed. Default behavior is AS_IS if not specified. */
  futureInvoiceTrueup?: ContractTransitionTrueup | null | undefined;
};

/** Controls whether future trueup invoices are billed or removed. Default behavior is AS_IS if not specified. */
export type ContractTransitionTrueup =
  | 'AS_IS'
  | 'REMOVE';

/** A new threshold notification (`POST /v1/alerts/create`), for one customer, one plan, or every customer. */
export type CreateAlertInput = {
  /** Can be used with only `low_remaining_contract_credit_and_commit_balance_reached` notifications. Defines the balances that are considered when evaluating the alert (JSON, as the REST body’s `alert_specifiers`: a deep structure). */
  alertSpecifiers?: unknown;
  /** Type of the threshold notification */
  alertType: AlertType;
  /** For threshold notifications of type `usage_threshold_reached`, specifies which billable metric to track the usage for. */
  billableMetricId?: string | null | undefined;
  /** An array of strings, representing a way to filter the credit grant this threshold notification applies to, by looking at the credit_grant_type field on the credit grant. This field is only defined for CreditPercentage and CreditBalance notifications */
  creditGrantTypeFilters?: Array<string> | null | undefined;
  /** ID of the credit's currency, defaults to USD. If the specific notification type requires a pricing unit/currency, find the ID in the Metronome app. */
  creditTypeId?: string | null | undefined;
  /** A list of custom field filters for threshold notification types that support advanced filtering. Only present for contract invoices. */
  customFieldFilters?: Array<AlertCustomFieldFilterInput> | null | undefined;
  /** If provided, will create this threshold notification for this specific customer. To create a notification for all customers, do not specify a `customer_id`. */
  customerId?: string | null | undefined;
  /** If true, the threshold notification will evaluate immediately on customers that already meet the notification threshold. If false, it will only evaluate on future customers that trigger the threshold. Defaults to true. */
  evaluateOnCreate?: boolean | null | undefined;
  /** Scopes threshold notification evaluation to a specific presentation group key on individual line items. Only for spend notifications. */
  groupKeyFilter?: AlertGroupKeyFilterInput | null | undefined;
  /** Only present for `spend_threshold_reached` notifications. Scope notification to a specific group key on individual line items. */
  groupValues?: Array<AlertGroupValueInput> | null | undefined;
  /** Only supported for invoice_total_reached threshold notifications. A list of invoice types to evaluate. */
  invoiceTypesFilter?: Array<string> | null | undefined;
  /** Name of the threshold notification */
  name: string;
  /** If provided, will create this threshold notification for this specific plan. To create a notification for all customers, do not specify a `plan_id`. */
  planId?: string | null | undefined;
  /** Required for `low_remaining_seat_balance_reached` notifications. The alert is scoped to this seat group key-value pair. */
  seatFilter?: AlertSeatFilterInput | null | undefined;
  /** Threshold value of the notification policy. Depending upon the notification type, this number may represent a financial amount, the days remaining, or a percentage reached. */
  threshold: number;
  /** Prevents the creation of duplicates. If a request to create a record is made with a previously used uniqueness key, a new record will not be created and the request will fail with a 409 error. */
  uniquenessKey?: string | null | undefined;
};

/** A new billable metric (`POST /v1/billable-metrics/create`): which events count and how they aggregate, or a SQL query instead. */
export type CreateBillableMetricInput = {
  /** A key that specifies which property of the event is used to aggregate data. This key must be one of the property filter names and is not applicable when the aggregation type is 'count'. */
  aggregationKey?: string | null | undefined;
  /** Specifies the type of aggregation performed on matching events. */
  aggregationType?: AggregationType | null | undefined;
  /** Custom fields to attach to the billable metric. */
  customFields?: unknown;
  /** An optional filtering rule to match the 'event_type' property of an event. */
  eventTypeFilter?: EventTypeFilterInput | null | undefined;
  /** Property names that are used to group usage costs on an invoice. Each entry represents a set of properties used to slice events into distinct buckets. */
  groupKeys?: Array<Array<string>> | null | undefined;
  /** The display name of the billable metric. */
  name: string;
  /** A list of filters to match events to this billable metric. Each filter defines a rule on an event property. All rules must pass for the event to match the billable metric. */
  propertyFilters?: Array<PropertyFilterInput> | null | undefined;
  /** The SQL query associated with the billable metric. This field is mutually exclusive with aggregation_type, event_type_filter, property_filters, aggregation_key, and group_keys. If provided, these other fields must be omitted. */
  sql?: string | null | undefined;
};

/** A new contract (`POST /v1/contracts/create`): typed fields for its header, JSON in the REST body’s shape for its deep terms (commits, credits, overrides, subscriptions, …). */
export type CreateContractInput = {
  /** The billing provider configuration associated with a contract, as the REST body’s `billing_provider_configuration`: either an ID or the provider and delivery method. */
  billingProviderConfiguration?: unknown;
  /** The contract’s commits, as the REST body’s `commits` (product_id, type, access_schedule, invoice_schedule, specifiers, …). */
  commits?: unknown;
  /** The contract’s credits, as the REST body’s `credits` (product_id, access_schedule, specifiers, …). */
  credits?: unknown;
  /** Custom fields to be added eg. { "key1": "value1", "key2": "value2" } */
  customFields?: unknown;
  /** The Metronome ID of the customer. */
  customerId: string;
  /** Discounts, as the REST body's `discounts`. This field's availability is dependent on your client's configuration. */
  discounts?: unknown;
  /** exclusive contract end time */
  endingBefore?: string | null | undefined;
  /** A parent or child configuration, as the REST body’s `hierarchy_configuration`. */
  hierarchyConfiguration?: unknown;
  /** How multiplier overrides are prioritized. */
  multiplierOverridePrioritization?: MultiplierOverridePrioritization | null | undefined;
  /** The name of the contract. */
  name?: string | null | undefined;
  /** Days after an invoice is issued that payment is due. */
  netPaymentTermsDays?: number | null | undefined;
  /** This field's availability is dependent on your client's configuration. */
  netsuiteSalesOrderId?: string | null | undefined;
  /** Rate overrides, as the REST body’s `overrides` (starting_at, override_specifiers, type MULTIPLIER/OVERWRITE/TIERED, multiplier or overwrite_rate, …). */
  overrides?: unknown;
  /** Selects the package linked to the specified alias as of the contract's start date. Mutually exclusive with package_id. */
  packageAlias?: string | null | undefined;
  /** If provided, provisions a customer on a package instead of creating a traditional contract. When specified, only customer_id, starting_at, package_id, uniqueness_key, transition, and custom_fields are allowed. */
  packageId?: string | null | undefined;
  /** Automatic top-ups of a prepaid balance, as the REST body’s `prepaid_balance_threshold_configuration`. */
  prepaidBalanceThresholdConfiguration?: unknown;
  /** Professional services, as the REST body's `professional_services`. This field's availability is dependent on your client's configuration. */
  professionalServices?: unknown;
  /** Selects the rate card linked to the specified alias as of the contract's start date. */
  rateCardAlias?: string | null | undefined;
  /** The rate card the contract prices usage with. */
  rateCardId?: string | null | undefined;
  /** Recurring commits, as the REST body’s `recurring_commits`. */
  recurringCommits?: unknown;
  /** Recurring credits, as the REST body’s `recurring_credits`. */
  recurringCredits?: unknown;
  /** Reseller royalties, as the REST body's `reseller_royalties`. This field's availability is dependent on your client's configuration. */
  resellerRoyalties?: unknown;
  /** The revenue system configuration associated with a contract, as the REST body’s `revenue_system_configuration`. */
  revenueSystemConfiguration?: unknown;
  /** This field's availability is dependent on your client's configuration. */
  salesforceOpportunityId?: string | null | undefined;
  /** Scheduled charges, as the REST body’s `scheduled_charges` (product_id, schedule, …). */
  scheduledCharges?: unknown;
  /** Consolidates every scheduled and commit charge onto the Contract's usage invoice (`scheduled_charges_on_usage_invoices: ALL`) when true. The charge's `timestamp` must match the usage invoice's `ending_before` date for consolidation to occur. This cannot be modified after a Contract has been created. */
  scheduledChargesOnUsageInvoices?: boolean | null | undefined;
  /** Invoicing once spend reaches a threshold, as the REST body’s `spend_threshold_configuration`. */
  spendThresholdConfiguration?: unknown;
  /** Spend trackers to attach to this contract, as the REST body’s `spend_trackers`. Aliases must be unique within a contract. */
  spendTrackers?: unknown;
  /** inclusive contract start time */
  startingAt: string;
  /** Subscriptions to add to the contract, as the REST body’s `subscriptions` (subscription_rate {product_id, billing_frequency}, collection_schedule, proration, initial_quantity or seat_config, …). */
  subscriptions?: unknown;
  /** This field's availability is dependent on your client's configuration. */
  totalContractValue?: number | null | undefined;
  /** Makes the contract a renewal of another. */
  transition?: ContractTransitionInput | null | undefined;
  /** Prevents the creation of duplicates. If a request to create a record is made with a previously used uniqueness key, a new record will not be created and the request will fail with a 409 error. */
  uniquenessKey?: string | null | undefined;
  /** Routes usage to the contract by one group key. */
  usageFilter?: UsageFilterInput | null | undefined;
  /** How often usage is invoiced. */
  usageStatementSchedule?: UsageStatementScheduleInput | null | undefined;
};

/** A new credit grant (`POST /v1/credits/createGrant`). */
export type CreateCreditGrantInput = {
  /** A type to tag the grant with. */
  creditGrantType?: string | null | undefined;
  /** Custom fields to attach to the credit grant. */
  customFields?: unknown;
  /** the Metronome ID of the customer */
  customerId: string;
  /** The credit grant will only apply to usage or charges dated on or after this timestamp */
  effectiveAt?: string | null | undefined;
  /** The credit grant will only apply to usage or charges dated before this timestamp */
  expiresAt: string;
  /** the amount of credits granted */
  grantAmount: CreditGrantAmountInput;
  /** The date to issue an invoice for the paid_amount. */
  invoiceDate?: string | null | undefined;
  /** the name of the credit grant as it will appear on invoices */
  name: string;
  /** the amount paid for this credit grant */
  paidAmount: CreditGrantAmountInput;
  /** Grants with a lower priority are drawn down first. */
  priority: number;
  /** The product(s) which these credits will be applied to. (If unspecified, the credits will be applied to charges for all products.). The array ordering specified here will be used to determine the order in which credits will be applied to invoice line items */
  productIds?: Array<string> | null | undefined;
  /** The reason for the grant. */
  reason?: string | null | undefined;
  /** Configure a rollover for this credit grant so if it expires it rolls over a configured amount to a new credit grant. */
  rolloverSettings?: CreditGrantRolloverSettingsInput | null | undefined;
  /** Prevents the creation of duplicates. If a request to create a record is made with a previously used uniqueness key, a new record will not be created and the request will fail with a 409 error. */
  uniquenessKey?: string | null | undefined;
};

/** A new customer-level commit (`POST /v1/contracts/customerCommits/create`). */
export type CreateCustomerCommitInput = {
  /** Schedule for distributing it to the customer. */
  accessSchedule: AccessScheduleInput;
  /** Which contract it applies to. If not provided, it applies to all contracts. */
  applicableContractIds?: Array<string> | null | undefined;
  /** Which products it applies to. If applicable_product_ids, applicable_product_tags or specifiers are not provided, it applies to all products. */
  applicableProductIds?: Array<string> | null | undefined;
  /** Which tags it applies to. If applicable_product_ids, applicable_product_tags or specifiers are not provided, it applies to all products. */
  applicableProductTags?: Array<string> | null | undefined;
  /** Custom fields to be added eg. { "key1": "value1", "key2": "value2" } */
  customFields?: unknown;
  /** The Metronome ID of the customer. */
  customerId: string;
  /** Used only in UI/API. It is not exposed to end customers. */
  description?: string | null | undefined;
  /** The contract that this commit will be billed on. This is required for "POSTPAID" commits and for "PREPAID" commits unless there is no invoice schedule above (i.e., the commit is 'free'), or if do_not_invoice is set to true. */
  invoiceContractId?: string | null | undefined;
  /** Required for "POSTPAID" commits: the true up invoice will be generated at this time and only one schedule item is allowed; the total must match accesss_schedule amount. Optional for "PREPAID" commits: if not provided, this will be a "complimentary" commit with no invoice. */
  invoiceSchedule?: InvoiceScheduleInput | null | undefined;
  /** displayed on invoices */
  name?: string | null | undefined;
  /** This field's availability is dependent on your client's configuration. */
  netsuiteSalesOrderId?: string | null | undefined;
  /** If multiple credits or commits are applicable, the one with the lower priority will apply first. */
  priority: number;
  /** ID of the fixed product associated with it. */
  productId: string;
  /** Whether usage drawing it down is priced at the commit rate or the list rate. */
  rateType?: CommitRateType | null | undefined;
  /** This field's availability is dependent on your client's configuration. */
  salesforceOpportunityId?: string | null | undefined;
  /** List of filters that determine what kind of customer usage draws down a commit or credit. A customer's usage needs to meet the condition of at least one of the specifiers to contribute to a commit's or credit's drawdown. This field cannot be used together with `applicable_product_ids` or `applicable_product_tags`. As the REST body’s `specifiers` (product_id, product_tags, pricing_group_values, presentation_group_values). */
  specifiers?: unknown;
  /** PREPAID or POSTPAID. */
  type: CommitType;
  /** Prevents the creation of duplicates. If a request to create a commit or credit is made with a uniqueness key that was previously used to create a commit or credit, a new record will not be created and the request will fail with a 409 error. */
  uniquenessKey?: string | null | undefined;
};

/** A new customer-level credit (`POST /v1/contracts/customerCredits/create`). */
export type CreateCustomerCreditInput = {
  /** Schedule for distributing it to the customer. */
  accessSchedule: AccessScheduleInput;
  /** Which contract it applies to. If not provided, it applies to all contracts. */
  applicableContractIds?: Array<string> | null | undefined;
  /** Which products it applies to. If applicable_product_ids, applicable_product_tags or specifiers are not provided, it applies to all products. */
  applicableProductIds?: Array<string> | null | undefined;
  /** Which tags it applies to. If applicable_product_ids, applicable_product_tags or specifiers are not provided, it applies to all products. */
  applicableProductTags?: Array<string> | null | undefined;
  /** Custom fields to be added eg. { "key1": "value1", "key2": "value2" } */
  customFields?: unknown;
  /** The Metronome ID of the customer. */
  customerId: string;
  /** Used only in UI/API. It is not exposed to end customers. */
  description?: string | null | undefined;
  /** displayed on invoices */
  name?: string | null | undefined;
  /** This field's availability is dependent on your client's configuration. */
  netsuiteSalesOrderId?: string | null | undefined;
  /** If multiple credits or commits are applicable, the one with the lower priority will apply first. */
  priority: number;
  /** ID of the fixed product associated with it. */
  productId: string;
  /** Whether usage drawing it down is priced at the commit rate or the list rate. */
  rateType?: CommitRateType | null | undefined;
  /** This field's availability is dependent on your client's configuration. */
  salesforceOpportunityId?: string | null | undefined;
  /** List of filters that determine what kind of customer usage draws down a commit or credit. A customer's usage needs to meet the condition of at least one of the specifiers to contribute to a commit's or credit's drawdown. This field cannot be used together with `applicable_product_ids` or `applicable_product_tags`. As the REST body’s `specifiers` (product_id, product_tags, pricing_group_values, presentation_group_values). */
  specifiers?: unknown;
  /** Prevents the creation of duplicates. If a request to create a commit or credit is made with a uniqueness key that was previously used to create a commit or credit, a new record will not be created and the request will fail with a 409 error. */
  uniquenessKey?: string | null | undefined;
};

/** A new customer (`POST /v1/customers`). */
export type CreateCustomerInput = {
  /** The customer’s plans-era billing configuration, as the REST body’s `billing_config`. */
  billingConfig?: unknown;
  /** Custom fields to be added eg. { "key1": "value1", "key2": "value2" } */
  customFields?: unknown;
  /** Contract-era billing provider configurations, as the REST body’s `customer_billing_provider_configurations`. */
  customerBillingProviderConfigurations?: unknown;
  /** (deprecated, use ingest_aliases instead) an alias that can be used to refer to this customer in usage events */
  externalId?: string | null | undefined;
  /** Aliases that can be used to refer to this customer in usage events */
  ingestAliases?: Array<string> | null | undefined;
  /** This will be truncated to 160 characters if the provided name is longer. */
  name: string;
};

/** A new product (`POST /v1/contract-pricing/products/create`). */
export type CreateProductInput = {
  /** Required for USAGE products */
  billableMetricId?: string | null | undefined;
  /** Required for COMPOSITE products */
  compositeProductIds?: Array<string> | null | undefined;
  /** Required for COMPOSITE products */
  compositeTags?: Array<string> | null | undefined;
  /** Custom fields to be added eg. { "key1": "value1", "key2": "value2" } */
  customFields?: unknown;
  /** Beta feature only available for composite products. If true, products with $0 will not be included when computing composite usage. Defaults to false */
  excludeFreeUsage?: boolean | null | undefined;
  /** This field's availability is dependent on your client's configuration. Defaults to true. */
  isRefundable?: boolean | null | undefined;
  /** displayed on invoices */
  name: string;
  /** This field's availability is dependent on your client's configuration. */
  netsuiteInternalItemId?: string | null | undefined;
  /** This field's availability is dependent on your client's configuration. */
  netsuiteOverageItemId?: string | null | undefined;
  /** For USAGE products only. Groups usage line items on invoices. The superset of values in the pricing group key and presentation group key must be set as one compound group key on the billable metric. */
  presentationGroupKey?: Array<string> | null | undefined;
  /** For USAGE products only. If set, pricing for this product will be determined for each pricing_group_key value, as opposed to the product as a whole. The superset of values in the pricing group key and presentation group key must be set as one compound group key on the billable metric. */
  pricingGroupKey?: Array<string> | null | undefined;
  /** Optional. Only valid for USAGE products. If provided, the quantity will be converted using the provided conversion factor and operation. For example, if the operation is "multiply" and the conversion factor is 100, then the quantity will be multiplied by 100. This can be used in cases where data is sent in one unit and priced in another. For example, data could be sent in MB and priced in GB. In this case, the conversion factor would be 1024 and the operation would be "divide". */
  quantityConversion?: QuantityConversionInput | null | undefined;
  /** Optional. Only valid for USAGE products. If provided, the quantity will be rounded using the provided rounding method and decimal places. For example, if the method is "round up" and the decimal places is 0, then the quantity will be rounded up to the nearest integer. */
  quantityRounding?: QuantityRoundingInput | null | undefined;
  /** Defines the breakdown behavior when calculating usage from SQL Billable Metrics. If set to 'service_period' (default), the usage will be evaluated once for all events the invoice service period and the usage will be applied at the last instant of the invoice. If set to 'hour', it will be broken down and evaluated for each hour. For most use cases, 'hour' is recommended. The setting has no effect for Streaming Billable Metrics. */
  sqlBreakdownGranularity?: SqlBreakdownGranularity | null | undefined;
  /** Tags of the product. */
  tags?: Array<string> | null | undefined;
  /** What the product charges for; it cannot be changed later. */
  type: ProductType;
};

/** A new rate card (`POST /v1/contract-pricing/rate-cards/create`). */
export type CreateRateCardInput = {
  /** Reference this alias when creating a contract. If the same alias is assigned to multiple rate cards, it will reference the rate card to which it was most recently assigned. It is not exposed to end customers. */
  aliases?: Array<RateCardAliasInput> | null | undefined;
  /** Required when using custom pricing units in rates. */
  creditTypeConversions?: Array<CreditTypeConversionInput> | null | undefined;
  /** Custom fields to be added eg. { "key1": "value1", "key2": "value2" } */
  customFields?: unknown;
  /** The description of the rate card. */
  description?: string | null | undefined;
  /** The Metronome ID of the credit type to associate with the rate card, defaults to USD (cents) if not passed. */
  fiatCreditTypeId?: string | null | undefined;
  /** Used only in UI/API. It is not exposed to end customers. */
  name: string;
};

/** An amount in a pricing unit. */
export type CreditGrantAmountInput = {
  /** The amount. */
  amount: number;
  /** the ID of the pricing unit to be used. Defaults to USD (cents) if not passed. */
  creditTypeId: string;
};

/** Configure a rollover for this credit grant so if it expires it rolls over a configured amount to a new credit grant. This feature is currently opt-in only. Contact Metronome to be added to the beta. */
export type CreditGrantRolloverSettingsInput = {
  /** The date to expire the rollover credits. */
  expiresAt: string;
  /** The priority to give the rollover credit grant that gets created when a rollover happens. */
  priority: number;
  /** Specify how much to rollover to the rollover credit grant: the kind of cap. */
  rolloverAmountType: RolloverAmountType;
  /** The cap: a fraction of the remaining balance (0 to 1) for MAX_PERCENTAGE, an amount for MAX_AMOUNT. */
  rolloverAmountValue: number;
};

/** Ledgers sort order by date. */
export type CreditLedgerSort =
  | 'ASC'
  | 'DESC';

/** A conversion from a custom pricing unit to the rate card’s fiat pricing unit. Required when using custom pricing units in rates. */
export type CreditTypeConversionInput = {
  /** The Metronome ID of the custom pricing unit. */
  customCreditTypeId: string;
  /** How many units of the fiat pricing unit one custom unit is worth. */
  fiatPerCustomCredit: number;
};

/** A kind of Metronome object that custom fields can be set on. */
export type CustomFieldEntity =
  | 'alert'
  | 'billable_metric'
  | 'charge'
  | 'commit'
  | 'contract'
  | 'contract_credit'
  | 'contract_product'
  | 'credit_grant'
  | 'customer'
  | 'customer_plan'
  | 'discount'
  | 'invoice'
  | 'package_commit'
  | 'package_credit'
  | 'package_scheduled_charge'
  | 'package_subscription'
  | 'plan'
  | 'product'
  | 'professional_service'
  | 'rate_card'
  | 'scheduled_charge'
  | 'subscription';

/** The group key-value pair of a spend notification to read the customer’s status for. */
export type CustomerAlertGroupValueInput = {
  /** The group key. */
  key: string;
  /** The group value. */
  value: string;
};

/** The seat group key-value pair of a seat notification to read the customer’s status for. */
export type CustomerAlertSeatFilterInput = {
  /** The seat group key (e.g., "seat_id", "user_id") */
  seatGroupKey: string;
  /** The specific seat identifier to filter by */
  seatGroupValue: string;
};

/** A customer's evaluation state on a threshold notification. */
export type CustomerAlertStatus =
  /** The notification is currently being evaluated (typically during initial setup, or after a reset). */
  | 'evaluating'
  /** The customer has breached the threshold for the notification. */
  | 'in_alarm'
  /** The customer is within acceptable thresholds. */
  | 'ok';

/** The customer’s billing configuration for one billing provider (a Plans-era setting; contracts use billing provider configurations). */
export type CustomerBillingConfigInput = {
  /** The customer’s AWS account ID (AWS only). */
  awsCustomerAccountId?: string | null | undefined;
  /** The AWS Marketplace customer ID (AWS only). */
  awsCustomerId?: string | null | undefined;
  /** The AWS Marketplace product code (AWS only). */
  awsProductCode?: string | null | undefined;
  /** The AWS region (AWS only). */
  awsRegion?: AwsRegion | null | undefined;
  /** The customer ID in the billing provider's system. For Azure, this is the subscription ID. */
  billingProviderCustomerId: string;
  /** The collection method for the customer’s invoices (Stripe only). */
  stripeCollectionMethod?: StripeCollectionMethod | null | undefined;
};

/** A color of the dashboard that can be overridden. */
export type DashboardColorName =
  | 'Action'
  | 'Action_hover'
  | 'Gray_dark'
  | 'Gray_extralight'
  | 'Gray_light'
  | 'Gray_medium'
  | 'Primary_green'
  | 'Primary_light'
  | 'Primary_medium'
  | 'Primary_red'
  | 'Progress_bar'
  | 'Progress_bar_background'
  | 'UsageLine_0'
  | 'UsageLine_1'
  | 'UsageLine_2'
  | 'UsageLine_3'
  | 'UsageLine_4'
  | 'UsageLine_5'
  | 'UsageLine_6'
  | 'UsageLine_7'
  | 'UsageLine_8'
  | 'UsageLine_9'
  | 'White';

/** One color of the dashboard, overridden to match your brand. */
export type DashboardColorOverrideInput = {
  /** The color to override */
  name: DashboardColorName;
  /** Hex value representation of the color */
  value: string;
};

/** One dashboard specific option. */
export type DashboardOptionInput = {
  /** The option key name */
  key: DashboardOptionKey;
  /** The option value. For show_zero_usage_line_items: "true" or "false" (default "false"). For contract_id: a UUID filtering invoices to a specific contract. For invoice_type: "USAGE" or "SCHEDULED". For invoice_status_filter: "VOID", "FINALIZED", "DRAFT", "FINALIZED_AND_DRAFT", or "ALL". For hide_voided_invoices (deprecated): "true" or "false". */
  value: string;
};

/** A dashboard option; most are supported for the invoices dashboard only. */
export type DashboardOptionKey =
  | 'billable_status_filter'
  | 'contract_id'
  | 'credit_ledger_credit_type_id'
  | 'hide_grant_name'
  | 'hide_voided_invoices'
  | 'invoice_status_filter'
  | 'invoice_type'
  | 'show_zero_usage_line_items';

/** The type of dashboard to retrieve. */
export type DashboardType =
  | 'commits_and_credits'
  | 'credits'
  | 'invoices'
  | 'usage';

/** An optional filtering rule to match the 'event_type' property of an event. */
export type EventTypeFilterInput = {
  /** A list of event types that are explicitly included in the billable metric. If specified, only events of these types will match the billable metric. Must be non-empty if present. */
  inValues?: Array<string> | null | undefined;
  /** A list of event types that are explicitly excluded from the billable metric. If specified, events of these types will not match the billable metric. Must be non-empty if present. */
  notInValues?: Array<string> | null | undefined;
};

/** A historical usage invoice for a past billing period of a contract. */
export type HistoricalInvoiceInput = {
  /** This field's availability is dependent on your client's configuration. */
  billableStatus?: BillableStatus | null | undefined;
  /** The granularity of the invoice’s breakdowns. */
  breakdownGranularity?: BreakdownGranularity | null | undefined;
  /** The contract the invoice bills. */
  contractId: string;
  /** The pricing unit of the invoice. */
  creditTypeId: string;
  /** Custom fields to be added eg. { "key1": "value1", "key2": "value2" } */
  customFields?: unknown;
  /** The Metronome ID of the customer. */
  customerId: string;
  /** The end of the billing period (exclusive). */
  exclusiveEndDate: string;
  /** The start of the billing period (inclusive). */
  inclusiveStartDate: string;
  /** When the invoice is issued. */
  issueDate: string;
  /** The usage line items. */
  usageLineItems: Array<HistoricalUsageLineItemInput>;
};

/** The quantity of one sub-period of a historical usage line item. */
export type HistoricalQuantitySubtotalInput = {
  /** The end of the sub-period (exclusive). */
  exclusiveEndDate: string;
  /** The start of the sub-period (inclusive). */
  inclusiveStartDate: string;
  /** The quantity used in the sub-period. */
  quantity: number;
};

/** A usage line item of a historical invoice: a product’s quantity over a window, priced at the contract’s rate. */
export type HistoricalUsageLineItemInput = {
  /** The end of the line item (exclusive). */
  exclusiveEndDate: string;
  /** The start of the line item (inclusive). */
  inclusiveStartDate: string;
  /** The presentation group values of the line item, as a JSON object of strings. */
  presentationGroupValues?: unknown;
  /** The pricing group values of the line item, as a JSON object of strings. */
  pricingGroupValues?: unknown;
  /** The usage product. */
  productId: string;
  /** The quantity used; give either this or `subtotalsWithQuantity`. */
  quantity?: number | null | undefined;
  /** The quantity used per sub-period; give either this or `quantity`. */
  subtotalsWithQuantity?: Array<HistoricalQuantitySubtotalInput> | null | undefined;
};

/** The granularity of invoice breakdowns. */
export type InvoiceBreakdownWindowSize =
  | 'DAY'
  | 'HOUR';

/** The schedule on which the commit is invoiced. Must provide either schedule_items or recurring_schedule. */
export type InvoiceScheduleInput = {
  /** Defaults to USD (cents) if not passed. */
  creditTypeId?: string | null | undefined;
  /** This field is only applicable to commit invoice schedules. If true, this schedule will not generate an invoice. */
  doNotInvoice?: boolean | null | undefined;
  /** A schedule that charges at a fixed frequency. */
  recurringSchedule?: RecurringInvoiceScheduleInput | null | undefined;
  /** Either provide amount or provide both unit_price and quantity. */
  scheduleItems?: Array<InvoiceScheduleItemInput> | null | undefined;
};

/** One charge of an invoice schedule. Either provide amount or provide both unit_price and quantity. */
export type InvoiceScheduleItemInput = {
  /** Amount for the charge. Can be provided instead of unit_price and quantity. If amount is sent, the unit_price is assumed to be the amount and quantity is inferred to be 1. */
  amount?: number | null | undefined;
  /** Quantity for the charge. Will be multiplied by unit_price to determine the amount and must be specified with unit_price. If specified amount cannot be provided. */
  quantity?: number | null | undefined;
  /** timestamp of the scheduled event */
  timestamp: string;
  /** Unit price for the charge. Will be multiplied by quantity to determine the amount and must be specified with quantity. If specified amount cannot be provided. */
  unitPrice?: number | null | undefined;
};

/** Invoice sort order by issued_at. */
export type InvoiceSort =
  | 'date_asc'
  | 'date_desc';

/** An invoice type to filter by. */
export type InvoiceTypeFilter =
  | 'SCHEDULED'
  | 'USAGE'
  | 'USAGE_CONSOLIDATED';

/** Defaults to LOWEST_MULTIPLIER, which applies the greatest discount to list prices automatically. EXPLICIT prioritization requires specifying priorities for each multiplier; the one with the lowest priority value will be prioritized first. If tiered overrides are used, prioritization must be explicit. */
export type MultiplierOverridePrioritization =
  | 'EXPLICIT'
  | 'LOWEST_MULTIPLIER';

/** An overage rate that overrides the plan’s for one custom pricing unit, across all pricing ramps. */
export type OverageRateAdjustmentInput = {
  /** The custom pricing unit. */
  customCreditTypeId: string;
  /** The fiat pricing unit overage is charged in. */
  fiatCurrencyCreditTypeId: string;
  /** The overage cost in fiat currency for each credit of the custom credit type. */
  toFiatConversionFactor: number;
};

/** What a plan charge charges for. */
export type PlanChargeType =
  | 'COMPOSITE'
  | 'FIXED'
  | 'MINIMUM'
  | 'SEAT'
  | 'USAGE';

/** Which customers of a plan to list, by where their plan stands today. */
export type PlanCustomerStatus =
  /** Return current customers of the plan. */
  | 'ACTIVE'
  /** Return current, past, and upcoming customers of the plan. */
  | 'ALL'
  /** Return past customers of the plan. */
  | 'ENDED'
  /** Return upcoming customers of the plan. */
  | 'UPCOMING';

/** A usage event to include in a preview. */
export type PreviewEventInput = {
  /** The event type. */
  eventType: string;
  /** The event’s properties, as a JSON object. */
  properties?: unknown;
  /** RFC 3339 formatted. If not provided, the current time will be used. */
  timestamp?: string | null | undefined;
  /** Optional unique identifier for event deduplication. When provided, preview events are automatically deduplicated against historical events from the past 34 days. Duplicate transaction IDs within the same request will return an error. */
  transactionId?: string | null | undefined;
};

/** How previewed events are combined with the customer’s stored usage. */
export type PreviewEventsMode =
  /** Combine these events with the customer's existing usage. */
  | 'merge'
  /** Calculate the preview as if these are the only events for the customer, ignoring all historical usage. */
  | 'replace';

/** A price adjustment applied on top of the pricing in the plan. */
export type PriceAdjustmentInput = {
  /** Determines how the value will be applied. */
  adjustmentType: PriceAdjustmentType;
  /** The ID of the plan charge to adjust. */
  chargeId: string;
  /** the overridden quantity for a fixed charge */
  quantity?: number | null | undefined;
  /** Used in price ramps.  Indicates how many billing periods pass before the charge applies. */
  startPeriod: number;
  /** Used in pricing tiers.  Indicates at what metric value the price applies. */
  tier?: number | null | undefined;
  /** The amount of change to a price. Percentage and fixed adjustments can be positive or negative. Percentage-based adjustments should be decimals, e.g. -0.05 for a 5% discount. */
  value?: number | null | undefined;
};

/** Determines how the value will be applied. */
export type PriceAdjustmentType =
  /** Adds the value to the price (negative values discount). */
  | 'FIXED'
  /** Replaces the price with the value. */
  | 'OVERRIDE'
  /** Changes the price by a fraction of it (e.g. -0.05 for 5% off). */
  | 'PERCENTAGE'
  /** Replaces the quantity of a fixed charge. */
  | 'QUANTITY';

/** Describes the line item for a professional service charge on an invoice. Each line requires an amount or both unit_price and quantity. */
export type ProServicesInvoiceLineItemInput = {
  /** If the professional_service_id was added on an amendment, this is required. */
  amendmentId?: string | null | undefined;
  /** Amount for the term on the new invoice. */
  amount?: number | null | undefined;
  /** For client use. */
  metadata?: string | null | undefined;
  /** The end date for the billing period on the invoice. */
  netsuiteInvoiceBillingEnd?: string | null | undefined;
  /** The start date for the billing period on the invoice. */
  netsuiteInvoiceBillingStart?: string | null | undefined;
  /** The professional service term of the contract charged. */
  professionalServiceId: string;
  /** Quantity for the charge. Will be multiplied by unit_price to determine the amount. */
  quantity?: number | null | undefined;
  /** If specified, this overrides the unit price on the pro service term. Must also provide quantity (but not amount) if providing unit_price. */
  unitPrice?: number | null | undefined;
};

/** Moves one product of a rate card to a new position in its product order. */
export type ProductMoveInput = {
  /** 0-based index of the new position of the product */
  position: number;
  /** ID of the product to move */
  productId: string;
};

/** What a product charges for. */
export type ProductType =
  | 'COMPOSITE'
  | 'FIXED'
  | 'PRO_SERVICE'
  | 'SUBSCRIPTION'
  | 'USAGE';

/** A rule on one event property; an event matches the billable metric only if it passes every rule. */
export type PropertyFilterInput = {
  /** Determines whether the property must exist in the event. If true, only events with this property will pass the filter. If false, only events without this property will pass the filter. If null or omitted, the existence of the property is optional. */
  exists?: boolean | null | undefined;
  /** Specifies the allowed values for the property to match an event. An event will pass the filter only if its property value is included in this list. If undefined, all property values will pass the filter. Must be non-empty if present. */
  inValues?: Array<string> | null | undefined;
  /** The name of the event property. */
  name: string;
  /** Specifies the values that prevent an event from matching the filter. An event will not pass the filter if its property value is included in this list. If null or empty, all property values will pass the filter. Must be non-empty if present. */
  notInValues?: Array<string> | null | undefined;
};

/** Optional. Only valid for USAGE products. If provided, the quantity will be converted using the provided conversion factor and operation. For example, if the operation is "multiply" and the conversion factor is 100, then the quantity will be multiplied by 100. This can be used in cases where data is sent in one unit and priced in another. For example, data could be sent in MB and priced in GB. In this case, the conversion factor would be 1024 and the operation would be "divide". */
export type QuantityConversionInput = {
  /** The factor to multiply or divide the quantity by. */
  conversionFactor: number;
  /** Optional name for this conversion. */
  name?: string | null | undefined;
  /** The operation to perform on the quantity */
  operation: QuantityConversionOperation;
};

/** The operation to perform on the quantity */
export type QuantityConversionOperation =
  | 'DIVIDE'
  | 'MULTIPLY';

/** Optional. Only valid for USAGE products. If provided, the quantity will be rounded using the provided rounding method and decimal places. For example, if the method is "round up" and the decimal places is 0, then the quantity will be rounded up to the nearest integer. */
export type QuantityRoundingInput = {
  /** The number of decimal places to round the quantity to. */
  decimalPlaces: number;
  /** How the quantity is rounded. */
  roundingMethod: QuantityRoundingMethod;
};

/** How a quantity is rounded to its decimal places. */
export type QuantityRoundingMethod =
  | 'ROUND_DOWN'
  | 'ROUND_HALF_UP'
  | 'ROUND_UP';

/** Reference this alias when creating a contract. If the same alias is assigned to multiple rate cards, it will reference the rate card to which it was most recently assigned. It is not exposed to end customers. */
export type RateCardAliasInput = {
  /** When the alias stops applying; never when left out. */
  endingBefore?: string | null | undefined;
  /** The alias. */
  name: string;
  /** When the alias starts to apply; always when left out. */
  startingAt?: string | null | undefined;
};

/** A rate to add to a rate card: the price of one product (and pricing group) from `startingAt`. */
export type RateInput = {
  /** Optional. Frequency to bill subscriptions with. Required for subscription type products with Flat rate. */
  billingFrequency?: BillingFrequency | null | undefined;
  /** A distinct rate on the rate card. You can choose to use this rate rather than list rate when consuming a credit or commit. */
  commitRate?: CommitRateInput | null | undefined;
  /** The Metronome ID of the credit type to associate with price, defaults to USD (cents) if not passed. Used by all rate_types except type PERCENTAGE. PERCENTAGE rates use the credit type of associated rates. */
  creditTypeId?: string | null | undefined;
  /** Only set for CUSTOM rate_type. This field is interpreted by custom rate processors. */
  customRate?: unknown;
  /** exclusive end date */
  endingBefore?: string | null | undefined;
  /** Whether customers on the rate card are entitled to the product. */
  entitled: boolean;
  /** Default proration configuration. Only valid for SUBSCRIPTION rate_type. Must be set to true. */
  isProrated?: boolean | null | undefined;
  /** Default price. For FLAT and SUBSCRIPTION rate_type, this must be >=0. For PERCENTAGE rate_type, this is a decimal fraction, e.g. use 0.1 for 10%; this must be >=0 and <=1. */
  price?: number | null | undefined;
  /** Optional. List of pricing group key value pairs which will be used to calculate the price, e.g. `{ "region": "us-west-2" }`. */
  pricingGroupValues?: unknown;
  /** ID of the product to add a rate for */
  productId: string;
  /** Default quantity. For SUBSCRIPTION rate_type, this must be >=0. */
  quantity?: number | null | undefined;
  /** How the rate prices a quantity. */
  rateType: RateType;
  /** inclusive effective date */
  startingAt: string;
  /** Only set for TIERED rate_type. */
  tiers?: Array<TierInput> | null | undefined;
};

/** Picks rates out of a rate schedule: a rate must match every field given; a list of selectors keeps rates matching ANY of them. */
export type RateSelectorInput = {
  /** Subscription rates matching the billing frequency will be included in the response. */
  billingFrequency?: BillingFrequency | null | undefined;
  /** List of pricing group key value pairs, rates containing the matching key / value pairs will be included in the response (a map such as `{ "region": "us-west-2" }`). */
  partialPricingGroupValues?: unknown;
  /** List of pricing group key value pairs, rates matching all of the key / value pairs will be included in the response (a map such as `{ "region": "us-west-2" }`). */
  pricingGroupValues?: unknown;
  /** Rates matching the product id will be included in the response. */
  productId?: string | null | undefined;
};

/** Picks rates of a rate card at an instant: a rate must match every field given; a list of selectors keeps rates matching ANY of them. */
export type RateSelectorWithProductTagsInput = {
  /** Subscription rates matching the billing frequency will be included in the response. */
  billingFrequency?: BillingFrequency | null | undefined;
  /** List of pricing group key value pairs, rates containing the matching key / value pairs will be included in the response (a map such as `{ "region": "us-west-2" }`). */
  partialPricingGroupValues?: unknown;
  /** List of pricing group key value pairs, rates matching all of the key / value pairs will be included in the response (a map such as `{ "region": "us-west-2" }`). */
  pricingGroupValues?: unknown;
  /** Rates matching the product id will be included in the response. */
  productId?: string | null | undefined;
  /** List of product tags, rates matching any of the tags will be included in the response. */
  productTags?: Array<string> | null | undefined;
};

/** How a rate prices a quantity. */
export type RateType =
  | 'CUSTOM'
  | 'FLAT'
  | 'PERCENTAGE'
  | 'SUBSCRIPTION'
  | 'TIERED'
  | 'TIERED_PERCENTAGE';

/** Enter the unit price and quantity for the charge or instead only send the amount. If amount is sent, the unit price is assumed to be the amount and quantity is inferred to be 1. */
export type RecurringInvoiceScheduleInput = {
  /** Amount for the charge. Can be provided instead of unit_price and quantity. */
  amount?: number | null | undefined;
  /** How the amount is spread over the charges. */
  amountDistribution: AmountDistribution;
  /** RFC 3339 timestamp (exclusive). */
  endingBefore: string;
  /** How often the customer is charged. */
  frequency: RecurringScheduleFrequency;
  /** Quantity for the charge; must be specified with unit_price. */
  quantity?: number | null | undefined;
  /** RFC 3339 timestamp (inclusive). */
  startingAt: string;
  /** Unit price for the charge; must be specified with quantity. */
  unitPrice?: number | null | undefined;
};

/** How often a recurring invoice schedule charges. */
export type RecurringScheduleFrequency =
  | 'ANNUAL'
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'SEMI_ANNUAL';

/** How the rollover amount is capped: a fraction of the remaining balance, or an absolute amount. */
export type RolloverAmountType =
  | 'MAX_AMOUNT'
  | 'MAX_PERCENTAGE';

/** A scheduled invoice for Professional Services terms on a contract. */
export type ScheduleProServicesInvoiceInput = {
  /** The contract with the professional services terms. */
  contractId: string;
  /** The Metronome ID of the customer. */
  customerId: string;
  /** The date the invoice is issued */
  issuedAt: string;
  /** Each line requires an amount or both unit_price and quantity. */
  lineItems: Array<ProServicesInvoiceLineItemInput>;
  /** The end date of the invoice header in Netsuite */
  netsuiteInvoiceHeaderEnd?: string | null | undefined;
  /** The start date of the invoice header in Netsuite */
  netsuiteInvoiceHeaderStart?: string | null | undefined;
};

/** Whether Metronome makes connections from the service’s addresses or accepts connections at them. */
export type ServiceUsage =
  | 'accepts_connections_at'
  | 'makes_connections_from';

/** Defines the breakdown behavior when calculating usage from SQL Billable Metrics. If set to 'service_period' (default), the usage will be evaluated once for all events the invoice service period and the usage will be applied at the last instant of the invoice. If set to 'hour', it will be broken down and evaluated for each hour. For most use cases, 'hour' is recommended. The setting has no effect for Streaming Billable Metrics. */
export type SqlBreakdownGranularity =
  | 'HOUR'
  | 'SERVICE_PERIOD';

/** The collection method for the customer’s invoices. NOTE: `auto_charge_payment_intent` and `manually_charge_payment_intent` are in beta. */
export type StripeCollectionMethod =
  | 'auto_charge_payment_intent'
  | 'charge_automatically'
  | 'manually_charge_payment_intent'
  | 'send_invoice';

/** How a commit or credit generated for a subscription is shared: by all seats, or a share for each seat. */
export type SubscriptionAllocation =
  /** A share of unit price for each seat, drawn only by usage that carries that seat id. */
  | 'INDIVIDUAL'
  /** One balance for the whole subscription: unit price × its quantity. */
  | 'POOLED';

/** Whether a subscription is invoiced at the start (ADVANCE) or the end (ARREARS) of each billing period. */
export type SubscriptionCollectionSchedule =
  | 'ADVANCE'
  | 'ARREARS';

/** Controls whether this subscription consolidates onto usage invoices or gets its own scheduled invoice. */
export type SubscriptionInvoicePlacement =
  | 'ON_SCHEDULED_INVOICE'
  | 'ON_USAGE_INVOICE';

/** Indicates how mid-period quantity adjustments are invoiced. **BILL_IMMEDIATELY**: Only available when collection schedule is `ADVANCE`. The quantity increase will be billed immediately on the scheduled date. **BILL_ON_NEXT_COLLECTION_DATE**: The quantity increase will be billed for in-arrears at the end of the period. */
export type SubscriptionProrationInvoiceBehavior =
  | 'BILL_IMMEDIATELY'
  | 'BILL_ON_NEXT_COLLECTION_DATE';

/** Determines how the subscription's quantity is controlled. **QUANTITY_ONLY**: The subscription quantity is specified directly on the subscription. **SEAT_BASED**: Use when you want to pass specific seat identifiers (e.g. add user_123) to increment and decrement a subscription quantity, rather than directly providing the quantity. */
export type SubscriptionQuantityManagementMode =
  | 'QUANTITY_ONLY'
  | 'SEAT_BASED';

/** One tier of a TIERED rate: its price, and (except for the last tier) how many units it covers. */
export type TierInput = {
  /** The price per unit within the tier. */
  price: number;
  /** How many units the tier covers; leave out for the last tier. */
  size?: number | null | undefined;
};

/** A custom trial can be set for the customer's plan. */
export type TrialSpecInput = {
  /** Length of the trial period in days. */
  lengthInDays: number;
  /** A cap on what the customer can spend during the trial. */
  spendingCap?: TrialSpendingCapInput | null | undefined;
};

/** A spending cap for a trial. */
export type TrialSpendingCapInput = {
  /** The credit amount in the given denomination based on the credit type, e.g. US cents. */
  amount: number;
  /** The credit type ID for the spending cap. */
  creditTypeId: string;
};

/** A change to a product (`POST /v1/contract-pricing/products/update`): fields left out keep their current value. */
export type UpdateProductInput = {
  /** Available for USAGE products only. If not provided, defaults to product's current billable metric. */
  billableMetricId?: string | null | undefined;
  /** Available for COMPOSITE products only. If not provided, defaults to product's current composite_product_ids. */
  compositeProductIds?: Array<string> | null | undefined;
  /** Available for COMPOSITE products only. If not provided, defaults to product's current composite_tags. */
  compositeTags?: Array<string> | null | undefined;
  /** Beta feature only available for composite products. If true, products with $0 will not be included when computing composite usage. Defaults to false */
  excludeFreeUsage?: boolean | null | undefined;
  /** Defaults to product's current refundability status. This field's availability is dependent on your client's configuration. */
  isRefundable?: boolean | null | undefined;
  /** displayed on invoices. If not provided, defaults to product's current name. */
  name?: string | null | undefined;
  /** If not provided, defaults to product's current netsuite_internal_item_id. This field's availability is dependent on your client's configuration. */
  netsuiteInternalItemId?: string | null | undefined;
  /** Available for USAGE and COMPOSITE products only. If not provided, defaults to product's current netsuite_overage_item_id. This field's availability is dependent on your client's configuration. */
  netsuiteOverageItemId?: string | null | undefined;
  /** For USAGE products only. Groups usage line items on invoices. The superset of values in the pricing group key and presentation group key must be set as one compound group key on the billable metric. */
  presentationGroupKey?: Array<string> | null | undefined;
  /** For USAGE products only. If set, pricing for this product will be determined for each pricing_group_key value, as opposed to the product as a whole. The superset of values in the pricing group key and presentation group key must be set as one compound group key on the billable metric. */
  pricingGroupKey?: Array<string> | null | undefined;
  /** ID of the product to update */
  productId: string;
  /** Optional. Only valid for USAGE products. If provided, the quantity will be converted using the provided conversion factor and operation. For example, if the operation is "multiply" and the conversion factor is 100, then the quantity will be multiplied by 100. This can be used in cases where data is sent in one unit and priced in another. For example, data could be sent in MB and priced in GB. In this case, the conversion factor would be 1024 and the operation would be "divide". An explicit null removes the conversion. */
  quantityConversion?: QuantityConversionInput | null | undefined;
  /** Optional. Only valid for USAGE products. If provided, the quantity will be rounded using the provided rounding method and decimal places. For example, if the method is "round up" and the decimal places is 0, then the quantity will be rounded up to the nearest integer. An explicit null removes the rounding. */
  quantityRounding?: QuantityRoundingInput | null | undefined;
  /** Defines the breakdown behavior when calculating usage from SQL Billable Metrics. If set to 'service_period' (default), the usage will be evaluated once for all events the invoice service period and the usage will be applied at the last instant of the invoice. If set to 'hour', it will be broken down and evaluated for each hour. For most use cases, 'hour' is recommended. The setting has no effect for Streaming Billable Metrics. */
  sqlBreakdownGranularity?: SqlBreakdownGranularity | null | undefined;
  /** Timestamp representing when the update should go into effect. It must be on an hour boundary (e.g. 1:00, not 1:30). */
  startingAt: string;
  /** If not provided, defaults to product's current tags */
  tags?: Array<string> | null | undefined;
};

/** A change to a rate card’s name, description, aliases or credit type conversions (`POST /v1/contract-pricing/rate-cards/update`); fields left out are unchanged. Its rates are not affected. */
export type UpdateRateCardInput = {
  /** Add credit type conversions for using custom pricing units in rates. Existing conversions cannot be modified. */
  addCreditTypeConversions?: Array<CreditTypeConversionInput> | null | undefined;
  /** Replaces the rate card’s aliases. Reference this alias when creating a contract. If the same alias is assigned to multiple rate cards, it will reference the rate card to which it was most recently assigned. */
  aliases?: Array<RateCardAliasInput> | null | undefined;
  /** The description of the rate card. */
  description?: string | null | undefined;
  /** Used only in UI/API. It is not exposed to end customers. */
  name?: string | null | undefined;
  /** ID of the rate card to update */
  rateCardId: string;
};

/** A billable metric to fetch usage for, optionally split by a group key. */
export type UsageBillableMetricInput = {
  /** Split the usage by the values of this group key. */
  groupBy?: UsageGroupByInput | null | undefined;
  /** The ID of the billable metric. */
  id: string;
};

/** One usage event: what happened, for which customer, when. */
export type UsageEventInput = {
  /** The Metronome customer ID or one of the customer’s ingest aliases. */
  customerId: string;
  /** Categorizes the event for billable metric matching. */
  eventType: string;
  /** Free-form metadata (an object) used to match billable metrics, as their aggregation key, or as group keys. */
  properties?: unknown;
  /** When the usage occurred (RFC 3339); up to 34 days back. */
  timestamp: string;
  /** The idempotency key of the event (1–128 characters): an event with a transaction ID Metronome has seen in the last 34 days is ignored. */
  transactionId: string;
};

/** Routes usage to the contract by one group key. */
export type UsageFilterInput = {
  /** The group key usage is routed by, e.g. `project_id`. */
  groupKey: string;
  /** The values of the group key routed to the contract. */
  groupValues: Array<string>;
  /** When the filter starts to apply. */
  startingAt?: string | null | undefined;
};

/** Splits a billable metric’s usage by the values of one of its group keys. */
export type UsageGroupByInput = {
  /** The name of the group_by key to use */
  key: string;
  /** Values of the group_by key to return in the query. If this field is omitted, all available values will be returned, up to a maximum of 200. */
  values?: Array<string> | null | undefined;
};

/** Only usage whose group key has one of these values. */
export type UsageGroupFilterInput = {
  /** A group key; it must be in `groupKey`. */
  key: string;
  /** The values to keep; empty includes all values for that dimension. */
  values: Array<string>;
};

/** The day usage statements are anchored to: the first of the month (default), the contract start, or a custom date. */
export type UsageStatementScheduleDay =
  | 'CONTRACT_START'
  | 'CUSTOM_DATE'
  | 'FIRST_OF_MONTH';

/** How often usage is invoiced, and the date statements follow. */
export type UsageStatementScheduleInput = {
  /** Required when using CUSTOM_DATE. This option lets you set a historical billing anchor date, aligning future billing cycles with a chosen cadence. */
  billingAnchorDate?: string | null | undefined;
  /** If not provided, defaults to the first day of the month. */
  day?: UsageStatementScheduleDay | null | undefined;
  /** How often usage statements are issued. */
  frequency: BillingFrequency;
  /** The date Metronome should start generating usage invoices. If unspecified, contract start date will be used. This is useful to set if you want to import historical invoices via our 'Create Historical Invoices' API rather than having Metronome automatically generate them. */
  invoiceGenerationStartingAt?: string | null | undefined;
};

/** A window_size of "day" or "hour" will return the usage for the specified period segmented into daily or hourly aggregates. A window_size of "none" will return a single usage aggregate for the entirety of the specified period. */
export type WindowSize =
  | 'DAY'
  | 'HOUR'
  | 'NONE';

export type CustomerAlertFieldsFragment = { id: string, customerStatus: CustomerAlertStatus | null, triggeredBy: string | null, customer: { name: string } | null, alert: { metronomeId: string, name: string, type: AlertType, status: AlertStatus, threshold: number, uniquenessKey: string | null, creditGrantTypeFilters: Array<string> | null, customFieldFilters: unknown, groupValues: unknown, invoiceTypesFilter: Array<string> | null, seatFilter: unknown, alertSpecifiers: unknown, creditType: { name: string } | null } };

export type CustomerAlertsQueryVariables = Exact<{
  customerId: string;
  alertStatuses?: Array<AlertStatusFilter> | AlertStatusFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomerAlertsQuery = { customer: { alerts: { nodes: Array<{ id: string, customerStatus: CustomerAlertStatus | null, triggeredBy: string | null, customer: { name: string } | null, alert: { metronomeId: string, name: string, type: AlertType, status: AlertStatus, threshold: number, uniquenessKey: string | null, creditGrantTypeFilters: Array<string> | null, customFieldFilters: unknown, groupValues: unknown, invoiceTypesFilter: Array<string> | null, seatFilter: unknown, alertSpecifiers: unknown, creditType: { name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type CustomerAlertQueryVariables = Exact<{
  customerId: string;
  alertId: string;
  groupValues?: Array<CustomerAlertGroupValueInput> | CustomerAlertGroupValueInput | null | undefined;
  seatFilter?: CustomerAlertSeatFilterInput | null | undefined;
}>;


export type CustomerAlertQuery = { customerAlert: { id: string, customerStatus: CustomerAlertStatus | null, triggeredBy: string | null, customer: { name: string } | null, alert: { metronomeId: string, name: string, type: AlertType, status: AlertStatus, threshold: number, uniquenessKey: string | null, creditGrantTypeFilters: Array<string> | null, customFieldFilters: unknown, groupValues: unknown, invoiceTypesFilter: Array<string> | null, seatFilter: unknown, alertSpecifiers: unknown, creditType: { name: string } | null } } | null };

export type CustomerAlertStatusQueryVariables = Exact<{
  customerId: string;
  alertId: string;
}>;


export type CustomerAlertStatusQuery = { customerAlert: { customerStatus: CustomerAlertStatus | null, triggeredBy: string | null } | null };

export type CustomerAlertNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerAlertNodeQuery = { node:
    | { __typename: 'BillableMetric' }
    | { __typename: 'Commit' }
    | { __typename: 'Contract' }
    | { __typename: 'Credit' }
    | { __typename: 'CreditGrant' }
    | { __typename: 'CreditType' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerAlert', id: string, customerStatus: CustomerAlertStatus | null, triggeredBy: string | null, customer: { name: string } | null, alert: { metronomeId: string, name: string, type: AlertType, status: AlertStatus, threshold: number, uniquenessKey: string | null, creditGrantTypeFilters: Array<string> | null, customFieldFilters: unknown, groupValues: unknown, invoiceTypesFilter: Array<string> | null, seatFilter: unknown, alertSpecifiers: unknown, creditType: { name: string } | null } }
    | { __typename: 'CustomerPlan' }
    | { __typename: 'Invoice' }
    | { __typename: 'Plan' }
    | { __typename: 'Product' }
    | { __typename: 'RateCard' }
   | null };

export type CreateAlertMutationVariables = Exact<{
  input: CreateAlertInput;
}>;


export type CreateAlertMutation = { createAlert: { metronomeId: string, customer: { name: string } | null, plan: { name: string } | null, billableMetric: { name: string } | null, customerAlert: { id: string, customerStatus: CustomerAlertStatus | null, triggeredBy: string | null, customer: { name: string } | null, alert: { metronomeId: string, name: string, type: AlertType, status: AlertStatus, threshold: number, uniquenessKey: string | null, creditGrantTypeFilters: Array<string> | null, customFieldFilters: unknown, groupValues: unknown, invoiceTypesFilter: Array<string> | null, seatFilter: unknown, alertSpecifiers: unknown, creditType: { name: string } | null } } | null } };

export type ArchiveAlertMutationVariables = Exact<{
  alertId: string;
  releaseUniquenessKey?: boolean | null | undefined;
  customerId: string;
}>;


export type ArchiveAlertMutation = { archiveAlert: { metronomeId: string, customerAlert: { id: string, customerStatus: CustomerAlertStatus | null, triggeredBy: string | null, customer: { name: string } | null, alert: { metronomeId: string, name: string, type: AlertType, status: AlertStatus, threshold: number, uniquenessKey: string | null, creditGrantTypeFilters: Array<string> | null, customFieldFilters: unknown, groupValues: unknown, invoiceTypesFilter: Array<string> | null, seatFilter: unknown, alertSpecifiers: unknown, creditType: { name: string } | null } } | null } };

export type ResetCustomerAlertMutationVariables = Exact<{
  customerId: string;
  alertId: string;
}>;


export type ResetCustomerAlertMutation = { resetCustomerAlert: { id: string, customerStatus: CustomerAlertStatus | null, triggeredBy: string | null, customer: { name: string } | null, alert: { metronomeId: string, name: string, type: AlertType, status: AlertStatus, threshold: number, uniquenessKey: string | null, creditGrantTypeFilters: Array<string> | null, customFieldFilters: unknown, groupValues: unknown, invoiceTypesFilter: Array<string> | null, seatFilter: unknown, alertSpecifiers: unknown, creditType: { name: string } | null } } };

export type AlertsOfCustomersQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertsOfCustomersQuery = { customers: { nodes: Array<{ name: string, alerts: { nodes: Array<{ customerStatus: CustomerAlertStatus | null, customer: { name: string } | null, alert: { name: string, creditType: { name: string } | null } }> } }> } };

export type CustomerAlertTwiceQueryVariables = Exact<{
  customerId: string;
  alertId: string;
  id: string | number;
}>;


export type CustomerAlertTwiceQuery = { byArgs: { customerStatus: CustomerAlertStatus | null } | null, again: { alert: { name: string } } | null, byNode:
    | { triggeredBy: string | null }
    | Record<PropertyKey, never>
   | null, customer: { alerts: { nodes: Array<{ id: string }> } } | null };

export type AuditLogsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  startingOn?: string | null | undefined;
  endingBefore?: string | null | undefined;
  sort?: AuditLogSort | null | undefined;
  resourceType?: string | null | undefined;
  resourceId?: string | null | undefined;
}>;


export type AuditLogsQuery = { auditLogs: { nodes: Array<{ metronomeId: string, timestamp: string, action: string | null, description: string | null, resourceType: string | null, resourceId: string | null, status: AuditLogStatus | null, actor: { metronomeId: string, name: string, email: string | null } | null, request: { metronomeId: string, ip: string | null, userAgent: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesQuery = { services: Array<{ name: string, usage: ServiceUsage, ips: Array<string> }> };

export type CustomerBalancesQueryVariables = Exact<{
  customerId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeBalance?: boolean | null | undefined;
  includeLedgers?: boolean | null | undefined;
}>;


export type CustomerBalancesQuery = { customer: { balances: { nodes: Array<
        | { __typename: 'Commit', id: string, metronomeId: string, type: CommitType, name: string | null, balance: number | null, creditType: { name: string } | null, accessSegments: Array<{ metronomeId: string, amount: number, startingAt: string, endingBefore: string }>, invoiceScheduleItems: Array<{ amount: number, timestamp: string, invoice: { type: string } | null }>, invoiceContract: { metronomeId: string } | null, contract: { metronomeId: string } | null, product: { name: string } | null, ledger: Array<
            | { __typename: 'InvoiceLedgerEntry', invoiceId: string, type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, invoice: { metronomeId: string, type: string } | null, contract: { name: string | null } | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
            | { __typename: 'ManualLedgerEntry', reason: string, type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
            | { __typename: 'RolloverLedgerEntry', type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, newContract: { name: string | null } | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
            | { __typename: 'SegmentLedgerEntry', type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
          > }
        | { __typename: 'Credit', id: string, metronomeId: string, name: string | null, balance: number | null, applicableProductTags: Array<string>, contract: { metronomeId: string } | null, ledger: Array<
            | { __typename: 'InvoiceLedgerEntry', invoiceId: string, type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, invoice: { metronomeId: string, type: string } | null, contract: { name: string | null } | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
            | { __typename: 'ManualLedgerEntry', reason: string, type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
            | { __typename: 'RolloverLedgerEntry', type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, newContract: { name: string | null } | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
            | { __typename: 'SegmentLedgerEntry', type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
          > }
      >, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

type LedgerEntryFields_InvoiceLedgerEntry_Fragment = { __typename: 'InvoiceLedgerEntry', invoiceId: string, type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, invoice: { metronomeId: string, type: string } | null, contract: { name: string | null } | null, segment: { amount: number, startingAt: string, endingBefore: string } | null };

type LedgerEntryFields_ManualLedgerEntry_Fragment = { __typename: 'ManualLedgerEntry', reason: string, type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, segment: { amount: number, startingAt: string, endingBefore: string } | null };

type LedgerEntryFields_RolloverLedgerEntry_Fragment = { __typename: 'RolloverLedgerEntry', type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, newContract: { name: string | null } | null, segment: { amount: number, startingAt: string, endingBefore: string } | null };

type LedgerEntryFields_SegmentLedgerEntry_Fragment = { __typename: 'SegmentLedgerEntry', type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, segment: { amount: number, startingAt: string, endingBefore: string } | null };

export type LedgerEntryFieldsFragment =
  | LedgerEntryFields_InvoiceLedgerEntry_Fragment
  | LedgerEntryFields_ManualLedgerEntry_Fragment
  | LedgerEntryFields_RolloverLedgerEntry_Fragment
  | LedgerEntryFields_SegmentLedgerEntry_Fragment
;

export type CustomerBalanceNamesQueryVariables = Exact<{
  customerId: string;
  coveringDate?: string | null | undefined;
  startingAt?: string | null | undefined;
  effectiveBefore?: string | null | undefined;
  includeContractBalances?: boolean | null | undefined;
  includeArchived?: boolean | null | undefined;
  balanceId?: string | null | undefined;
  excludeZeroBalances?: boolean | null | undefined;
}>;


export type CustomerBalanceNamesQuery = { customer: { balances: { nodes: Array<
        | { name: string | null }
        | { name: string | null }
      > } } | null };

export type CustomersBalancesQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersBalancesQuery = { customers: { nodes: Array<{ name: string, balances: { nodes: Array<
          | { name: string | null, balance: number | null, product: { name: string } | null, ledger: Array<
              | { type: BalanceLedgerEntryType, amount: number }
              | { type: BalanceLedgerEntryType, amount: number }
              | { type: BalanceLedgerEntryType, amount: number }
              | { type: BalanceLedgerEntryType, amount: number }
            > }
          | { name: string | null, balance: number | null, product: { name: string } | null, ledger: Array<
              | { type: BalanceLedgerEntryType, amount: number }
              | { type: BalanceLedgerEntryType, amount: number }
              | { type: BalanceLedgerEntryType, amount: number }
              | { type: BalanceLedgerEntryType, amount: number }
            > }
        > } }> } };

export type CustomerContractsCommitBalancesQueryVariables = Exact<{
  customerId: string;
}>;


export type CustomerContractsCommitBalancesQuery = { customer: { contracts: { nodes: Array<{ commits: Array<{ name: string | null, balance: number | null, ledger: Array<
            | { type: BalanceLedgerEntryType, amount: number }
            | { type: BalanceLedgerEntryType, amount: number }
            | { type: BalanceLedgerEntryType, amount: number }
            | { type: BalanceLedgerEntryType, amount: number }
          > }>, credits: Array<{ name: string | null, balance: number | null }> }> } } | null };

export type CommitAndCreditQueryVariables = Exact<{
  customerId: string;
  commitId: string;
  creditId: string;
}>;


export type CommitAndCreditQuery = { commit: { name: string | null, balance: number | null, customer: { name: string } | null } | null, credit: { name: string | null, balance: number | null, customer: { name: string } | null } | null };

export type CreateCustomerCommitMutationVariables = Exact<{
  input: CreateCustomerCommitInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateCustomerCommitMutation = { createCustomerCommit: { metronomeId: string, type: CommitType, name: string | null, priority: number | null, balance: number | null, uniquenessKey: string | null, applicableProductTags: Array<string>, accessSegments: Array<{ metronomeId: string, amount: number, startingAt: string, endingBefore: string }>, invoiceScheduleItems: Array<{ amount: number, timestamp: string }>, invoiceContract: { metronomeId: string } | null, contract: { metronomeId: string } | null, ledger: Array<
      | { type: BalanceLedgerEntryType, amount: number }
      | { type: BalanceLedgerEntryType, amount: number }
      | { type: BalanceLedgerEntryType, amount: number }
      | { type: BalanceLedgerEntryType, amount: number }
    > } };

export type UpdateCustomerCommitEndDateMutationVariables = Exact<{
  customerId: string;
  commitId: string;
  accessEndingBefore?: string | null | undefined;
}>;


export type UpdateCustomerCommitEndDateMutation = { updateCustomerCommitEndDate: { metronomeId: string, accessSegments: Array<{ amount: number, startingAt: string, endingBefore: string }> } };

export type CreateCustomerCreditMutationVariables = Exact<{
  input: CreateCustomerCreditInput;
}>;


export type CreateCustomerCreditMutation = { createCustomerCredit: { metronomeId: string, name: string | null, priority: number | null, balance: number | null, customFields: unknown, creditType: { name: string } | null, specifiers: Array<{ productId: string | null, productTags: Array<string>, pricingGroupValues: unknown, presentationGroupValues: unknown, product: { name: string } | null }>, accessSegments: Array<{ metronomeId: string, amount: number, startingAt: string, endingBefore: string }>, contract: { metronomeId: string } | null } };

export type UpdateCustomerCreditEndDateMutationVariables = Exact<{
  customerId: string;
  creditId: string;
  accessEndingBefore: string;
}>;


export type UpdateCustomerCreditEndDateMutation = { updateCustomerCreditEndDate: { metronomeId: string, balance: number | null, accessSegments: Array<{ amount: number, startingAt: string, endingBefore: string }> } };

export type AddManualBalanceLedgerEntryMutationVariables = Exact<{
  input: AddManualBalanceLedgerEntryInput;
}>;


export type AddManualBalanceLedgerEntryMutation = { addManualBalanceLedgerEntry:
    | { __typename: 'Commit', metronomeId: string, balance: number | null, ledger: Array<
        | { __typename: 'InvoiceLedgerEntry', invoiceId: string, type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, invoice: { metronomeId: string, type: string } | null, contract: { name: string | null } | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
        | { __typename: 'ManualLedgerEntry', reason: string, type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
        | { __typename: 'RolloverLedgerEntry', type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, newContract: { name: string | null } | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
        | { __typename: 'SegmentLedgerEntry', type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
      > }
    | { __typename: 'Credit', metronomeId: string, balance: number | null, ledger: Array<
        | { __typename: 'InvoiceLedgerEntry', invoiceId: string, type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, invoice: { metronomeId: string, type: string } | null, contract: { name: string | null } | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
        | { __typename: 'ManualLedgerEntry', reason: string, type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
        | { __typename: 'RolloverLedgerEntry', type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, newContract: { name: string | null } | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
        | { __typename: 'SegmentLedgerEntry', type: BalanceLedgerEntryType, amount: number, timestamp: string, segmentId: string | null, segment: { amount: number, startingAt: string, endingBefore: string } | null }
      > }
   };

export type CustomersUsageQueryVariables = Exact<{
  startingOn: string;
  endingBefore: string;
}>;


export type CustomersUsageQuery = { customers: { nodes: Array<{ name: string, usage: Array<{ billableMetricName: string, startTimestamp: string, endTimestamp: string, value: number | null, billableMetric: { name: string } | null }> }> } };

export type CustomersCreditGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersCreditGrantsQuery = { customers: { nodes: Array<{ name: string, creditGrants: Array<{ id: string, name: string, priority: number, expiresAt: string, grantAmount: { amount: number, creditType: { name: string } | null }, paidAmount: { amount: number }, customer: { name: string } | null }> }> } };

export type CreateBillableMetricMutationVariables = Exact<{
  input: CreateBillableMetricInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateBillableMetricMutation = { createBillableMetric: { id: string, metronomeId: string, name: string, aggregationType: AggregationType | null, aggregationKey: string | null, eventTypeFilter: unknown, propertyFilters: unknown, groupKeys: unknown, sql: string | null, customFields: unknown, archivedAt: string | null } };

export type ArchiveBillableMetricMutationVariables = Exact<{
  billableMetricId: string;
}>;


export type ArchiveBillableMetricMutation = { archiveBillableMetric: { metronomeId: string, name: string, archivedAt: string | null } };

export type BillableMetricNamesQueryVariables = Exact<{
  includeArchived?: boolean | null | undefined;
}>;


export type BillableMetricNamesQuery = { billableMetrics: { nodes: Array<{ metronomeId: string, name: string, archivedAt: string | null }> } };

export type CatalogueProductStateFragment = { name: string, startingAt: string | null, createdAt: string, createdBy: string, tags: Array<string>, compositeTags: Array<string>, excludeFreeUsage: boolean | null, isRefundable: boolean | null, pricingGroupKey: Array<string>, presentationGroupKey: Array<string>, billableMetric: { metronomeId: string } | null, compositeProducts: Array<{ metronomeId: string }>, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null, quantityRounding: { decimalPlaces: number, roundingMethod: QuantityRoundingMethod } | null };

export type CatalogueProductFragment = { metronomeId: string, type: ProductType, name: string, tags: Array<string>, archivedAt: string | null, billableMetric: { metronomeId: string } | null, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null, quantityRounding: { decimalPlaces: number, roundingMethod: QuantityRoundingMethod } | null, current: { name: string, startingAt: string | null, createdAt: string, createdBy: string, tags: Array<string>, compositeTags: Array<string>, excludeFreeUsage: boolean | null, isRefundable: boolean | null, pricingGroupKey: Array<string>, presentationGroupKey: Array<string>, billableMetric: { metronomeId: string } | null, compositeProducts: Array<{ metronomeId: string }>, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null, quantityRounding: { decimalPlaces: number, roundingMethod: QuantityRoundingMethod } | null }, initial: { name: string, startingAt: string | null, createdAt: string, createdBy: string, tags: Array<string>, compositeTags: Array<string>, excludeFreeUsage: boolean | null, isRefundable: boolean | null, pricingGroupKey: Array<string>, presentationGroupKey: Array<string>, billableMetric: { metronomeId: string } | null, compositeProducts: Array<{ metronomeId: string }>, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null, quantityRounding: { decimalPlaces: number, roundingMethod: QuantityRoundingMethod } | null }, updates: Array<{ startingAt: string | null, createdAt: string, createdBy: string, name: string | null, tags: Array<string> | null, pricingGroupKey: Array<string> | null, billableMetric: { metronomeId: string } | null, compositeProducts: Array<{ metronomeId: string }> | null, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null }> };

export type CatalogueCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CatalogueCreateProductMutation = { createProduct: { metronomeId: string, type: ProductType, name: string, tags: Array<string>, archivedAt: string | null, billableMetric: { metronomeId: string } | null, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null, quantityRounding: { decimalPlaces: number, roundingMethod: QuantityRoundingMethod } | null, current: { name: string, startingAt: string | null, createdAt: string, createdBy: string, tags: Array<string>, compositeTags: Array<string>, excludeFreeUsage: boolean | null, isRefundable: boolean | null, pricingGroupKey: Array<string>, presentationGroupKey: Array<string>, billableMetric: { metronomeId: string } | null, compositeProducts: Array<{ metronomeId: string }>, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null, quantityRounding: { decimalPlaces: number, roundingMethod: QuantityRoundingMethod } | null }, initial: { name: string, startingAt: string | null, createdAt: string, createdBy: string, tags: Array<string>, compositeTags: Array<string>, excludeFreeUsage: boolean | null, isRefundable: boolean | null, pricingGroupKey: Array<string>, presentationGroupKey: Array<string>, billableMetric: { metronomeId: string } | null, compositeProducts: Array<{ metronomeId: string }>, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null, quantityRounding: { decimalPlaces: number, roundingMethod: QuantityRoundingMethod } | null }, updates: Array<{ startingAt: string | null, createdAt: string, createdBy: string, name: string | null, tags: Array<string> | null, pricingGroupKey: Array<string> | null, billableMetric: { metronomeId: string } | null, compositeProducts: Array<{ metronomeId: string }> | null, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null }> } };

export type CatalogueUpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type CatalogueUpdateProductMutation = { updateProduct: { metronomeId: string, type: ProductType, name: string, tags: Array<string>, archivedAt: string | null, billableMetric: { metronomeId: string } | null, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null, quantityRounding: { decimalPlaces: number, roundingMethod: QuantityRoundingMethod } | null, current: { name: string, startingAt: string | null, createdAt: string, createdBy: string, tags: Array<string>, compositeTags: Array<string>, excludeFreeUsage: boolean | null, isRefundable: boolean | null, pricingGroupKey: Array<string>, presentationGroupKey: Array<string>, billableMetric: { metronomeId: string } | null, compositeProducts: Array<{ metronomeId: string }>, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null, quantityRounding: { decimalPlaces: number, roundingMethod: QuantityRoundingMethod } | null }, initial: { name: string, startingAt: string | null, createdAt: string, createdBy: string, tags: Array<string>, compositeTags: Array<string>, excludeFreeUsage: boolean | null, isRefundable: boolean | null, pricingGroupKey: Array<string>, presentationGroupKey: Array<string>, billableMetric: { metronomeId: string } | null, compositeProducts: Array<{ metronomeId: string }>, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null, quantityRounding: { decimalPlaces: number, roundingMethod: QuantityRoundingMethod } | null }, updates: Array<{ startingAt: string | null, createdAt: string, createdBy: string, name: string | null, tags: Array<string> | null, pricingGroupKey: Array<string> | null, billableMetric: { metronomeId: string } | null, compositeProducts: Array<{ metronomeId: string }> | null, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null }> } };

export type CatalogueArchiveProductMutationVariables = Exact<{
  productId: string;
}>;


export type CatalogueArchiveProductMutation = { archiveProduct: { metronomeId: string, archivedAt: string | null } };

export type CatalogueProductListsQueryVariables = Exact<{
  filter?: ArchiveFilter | null | undefined;
}>;


export type CatalogueProductListsQuery = { products: { nodes: Array<{ metronomeId: string, name: string, archivedAt: string | null }> } };

export type CatalogueProductByIdQueryVariables = Exact<{
  id: string;
}>;


export type CatalogueProductByIdQuery = { product: { metronomeId: string, type: ProductType, name: string, tags: Array<string>, archivedAt: string | null, billableMetric: { metronomeId: string } | null, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null, quantityRounding: { decimalPlaces: number, roundingMethod: QuantityRoundingMethod } | null, current: { name: string, startingAt: string | null, createdAt: string, createdBy: string, tags: Array<string>, compositeTags: Array<string>, excludeFreeUsage: boolean | null, isRefundable: boolean | null, pricingGroupKey: Array<string>, presentationGroupKey: Array<string>, billableMetric: { metronomeId: string } | null, compositeProducts: Array<{ metronomeId: string }>, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null, quantityRounding: { decimalPlaces: number, roundingMethod: QuantityRoundingMethod } | null }, initial: { name: string, startingAt: string | null, createdAt: string, createdBy: string, tags: Array<string>, compositeTags: Array<string>, excludeFreeUsage: boolean | null, isRefundable: boolean | null, pricingGroupKey: Array<string>, presentationGroupKey: Array<string>, billableMetric: { metronomeId: string } | null, compositeProducts: Array<{ metronomeId: string }>, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null, quantityRounding: { decimalPlaces: number, roundingMethod: QuantityRoundingMethod } | null }, updates: Array<{ startingAt: string | null, createdAt: string, createdBy: string, name: string | null, tags: Array<string> | null, pricingGroupKey: Array<string> | null, billableMetric: { metronomeId: string } | null, compositeProducts: Array<{ metronomeId: string }> | null, quantityConversion: { conversionFactor: number, operation: QuantityConversionOperation, name: string | null } | null }> } | null };

export type CatalogueRateFragment = { productName: string, productTags: Array<string>, pricingGroupValues: unknown, startingAt: string, endingBefore: string | null, entitled: boolean, billingFrequency: BillingFrequency | null, commitRate: unknown, product: { metronomeId: string } | null, rate: { rateType: RateType, price: number | null, quantity: number | null, isProrated: boolean | null, tiers: unknown, creditType: { metronomeId: string } | null } };

export type CatalogueRateCardFragment = { metronomeId: string, name: string, description: string | null, createdBy: string, fiatCreditType: { metronomeId: string, name: string } | null, aliases: Array<{ name: string, startingAt: string | null, endingBefore: string | null }>, creditTypeConversions: Array<{ fiatPerCustomCredit: string, customCreditType: { metronomeId: string } | null }> };

export type CatalogueCreateRateCardMutationVariables = Exact<{
  input: CreateRateCardInput;
}>;


export type CatalogueCreateRateCardMutation = { createRateCard: { metronomeId: string, name: string, description: string | null, createdBy: string, fiatCreditType: { metronomeId: string, name: string } | null, aliases: Array<{ name: string, startingAt: string | null, endingBefore: string | null }>, creditTypeConversions: Array<{ fiatPerCustomCredit: string, customCreditType: { metronomeId: string } | null }> } };

export type CatalogueUpdateRateCardMutationVariables = Exact<{
  input: UpdateRateCardInput;
}>;


export type CatalogueUpdateRateCardMutation = { updateRateCard: { metronomeId: string, name: string, description: string | null, createdBy: string, fiatCreditType: { metronomeId: string, name: string } | null, aliases: Array<{ name: string, startingAt: string | null, endingBefore: string | null }>, creditTypeConversions: Array<{ fiatPerCustomCredit: string, customCreditType: { metronomeId: string } | null }> } };

export type CatalogueArchiveRateCardMutationVariables = Exact<{
  rateCardId: string;
}>;


export type CatalogueArchiveRateCardMutation = { archiveRateCard: { metronomeId: string, name: string } };

export type CatalogueRateCardsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueRateCardsQuery = { rateCards: { nodes: Array<{ metronomeId: string, name: string }> } };

export type CatalogueRateCardByIdQueryVariables = Exact<{
  id: string;
}>;


export type CatalogueRateCardByIdQuery = { rateCard: { metronomeId: string, name: string, description: string | null, createdBy: string, fiatCreditType: { metronomeId: string, name: string } | null, aliases: Array<{ name: string, startingAt: string | null, endingBefore: string | null }>, creditTypeConversions: Array<{ fiatPerCustomCredit: string, customCreditType: { metronomeId: string } | null }> } | null };

export type CatalogueAddRateMutationVariables = Exact<{
  rateCardId: string;
  rate: RateInput;
  at: string;
}>;


export type CatalogueAddRateMutation = { addRate: { metronomeId: string, rates: { nodes: Array<{ productName: string, productTags: Array<string>, pricingGroupValues: unknown, startingAt: string, endingBefore: string | null, entitled: boolean, billingFrequency: BillingFrequency | null, commitRate: unknown, product: { metronomeId: string } | null, rate: { rateType: RateType, price: number | null, quantity: number | null, isProrated: boolean | null, tiers: unknown, creditType: { metronomeId: string } | null } }> } } };

export type CatalogueAddRatesMutationVariables = Exact<{
  rateCardId: string;
  rates: Array<RateInput> | RateInput;
  at: string;
}>;


export type CatalogueAddRatesMutation = { addRates: { metronomeId: string, rates: { nodes: Array<{ productName: string, productTags: Array<string>, pricingGroupValues: unknown, startingAt: string, endingBefore: string | null, entitled: boolean, billingFrequency: BillingFrequency | null, commitRate: unknown, product: { metronomeId: string } | null, rate: { rateType: RateType, price: number | null, quantity: number | null, isProrated: boolean | null, tiers: unknown, creditType: { metronomeId: string } | null } }> } } };

export type CatalogueRatesQueryVariables = Exact<{
  id: string;
  at: string;
  selectors?: Array<RateSelectorWithProductTagsInput> | RateSelectorWithProductTagsInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogueRatesQuery = { rateCard: { rates: { nodes: Array<{ productName: string, productTags: Array<string>, pricingGroupValues: unknown, startingAt: string, endingBefore: string | null, entitled: boolean, billingFrequency: BillingFrequency | null, commitRate: unknown, product: { metronomeId: string } | null, rate: { rateType: RateType, price: number | null, quantity: number | null, isProrated: boolean | null, tiers: unknown, creditType: { metronomeId: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type CatalogueRateScheduleQueryVariables = Exact<{
  id: string;
  startingAt: string;
  endingBefore?: string | null | undefined;
  selectors?: Array<RateSelectorInput> | RateSelectorInput | null | undefined;
}>;


export type CatalogueRateScheduleQuery = { rateCard: { rateSchedule: { nodes: Array<{ productName: string, productTags: Array<string>, pricingGroupValues: unknown, startingAt: string, endingBefore: string | null, entitled: boolean, billingFrequency: BillingFrequency | null, commitRate: unknown, product: { metronomeId: string } | null, rate: { rateType: RateType, price: number | null, quantity: number | null, isProrated: boolean | null, tiers: unknown, creditType: { metronomeId: string } | null } }>, pageInfo: { hasNextPage: boolean } } } | null };

export type CatalogueSetProductsOrderMutationVariables = Exact<{
  rateCardId: string;
  productOrder: Array<string> | string;
  at: string;
}>;


export type CatalogueSetProductsOrderMutation = { setRateCardProductsOrder: { rates: { nodes: Array<{ productName: string }> } } };

export type CatalogueMoveProductsMutationVariables = Exact<{
  rateCardId: string;
  productMoves: Array<ProductMoveInput> | ProductMoveInput;
  at: string;
}>;


export type CatalogueMoveProductsMutation = { moveRateCardProducts: { rates: { nodes: Array<{ productName: string }> } } };

export type CatalogueRateCardsNestedQueryVariables = Exact<{
  at: string;
  startingAt: string;
}>;


export type CatalogueRateCardsNestedQuery = { rateCards: { nodes: Array<{ name: string, fiatCreditType: { name: string } | null, rates: { nodes: Array<{ productName: string, product: { name: string, type: ProductType, billableMetric: { name: string } | null } | null }> }, rateSchedule: { nodes: Array<{ productName: string, startingAt: string, endingBefore: string | null, rate: { price: number | null } }> } }> } };

export type ContractWriteSubscriptionFragment = { metronomeId: string | null, name: string | null, description: string | null, productName: string, billingFrequency: BillingFrequency, startingAt: string, endingBefore: string | null, collectionSchedule: SubscriptionCollectionSchedule, quantityManagementMode: SubscriptionQuantityManagementMode, seatGroupKey: string | null, billingCycleAnchorDate: string | null, invoicePlacement: SubscriptionInvoicePlacement | null, customFields: unknown, product: { metronomeId: string } | null, quantitySchedule: Array<{ quantity: number, startingAt: string, endingBefore: string | null }>, proration: { invoiceBehavior: SubscriptionProrationInvoiceBehavior, isProrated: boolean, rounding: unknown }, billingPeriods: { previous: { startingAt: string, endingBefore: string } | null, current: { startingAt: string, endingBefore: string } | null, next: { startingAt: string, endingBefore: string } | null }, fiatCreditType: { metronomeId: string } | null };

export type ContractWriteFragment = { metronomeId: string, name: string | null, startingAt: string, endingBefore: string | null, netPaymentTermsDays: number | null, usageStatementSchedule: unknown, uniquenessKey: string | null, archivedAt: string | null, customer: { metronomeId: string } | null, rateCard: { metronomeId: string } | null, commits: Array<{ name: string | null, type: CommitType, archivedAt: string | null, product: { metronomeId: string } | null }>, credits: Array<{ name: string | null }>, usageFilter: { current: { groupKey: string, groupValues: Array<string>, startingAt: string | null } | null, initial: { groupKey: string, groupValues: Array<string>, startingAt: string | null }, updates: Array<{ groupKey: string, groupValues: Array<string>, startingAt: string | null }> } | null, subscriptions: Array<{ metronomeId: string | null, name: string | null, description: string | null, productName: string, billingFrequency: BillingFrequency, startingAt: string, endingBefore: string | null, collectionSchedule: SubscriptionCollectionSchedule, quantityManagementMode: SubscriptionQuantityManagementMode, seatGroupKey: string | null, billingCycleAnchorDate: string | null, invoicePlacement: SubscriptionInvoicePlacement | null, customFields: unknown, product: { metronomeId: string } | null, quantitySchedule: Array<{ quantity: number, startingAt: string, endingBefore: string | null }>, proration: { invoiceBehavior: SubscriptionProrationInvoiceBehavior, isProrated: boolean, rounding: unknown }, billingPeriods: { previous: { startingAt: string, endingBefore: string } | null, current: { startingAt: string, endingBefore: string } | null, next: { startingAt: string, endingBefore: string } | null }, fiatCreditType: { metronomeId: string } | null }> };

export type ContractCreateMutationVariables = Exact<{
  input: CreateContractInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ContractCreateMutation = { createContract: { metronomeId: string, name: string | null, startingAt: string, endingBefore: string | null, netPaymentTermsDays: number | null, usageStatementSchedule: unknown, uniquenessKey: string | null, archivedAt: string | null, customer: { metronomeId: string } | null, rateCard: { metronomeId: string } | null, commits: Array<{ name: string | null, type: CommitType, archivedAt: string | null, product: { metronomeId: string } | null }>, credits: Array<{ name: string | null }>, usageFilter: { current: { groupKey: string, groupValues: Array<string>, startingAt: string | null } | null, initial: { groupKey: string, groupValues: Array<string>, startingAt: string | null }, updates: Array<{ groupKey: string, groupValues: Array<string>, startingAt: string | null }> } | null, subscriptions: Array<{ metronomeId: string | null, name: string | null, description: string | null, productName: string, billingFrequency: BillingFrequency, startingAt: string, endingBefore: string | null, collectionSchedule: SubscriptionCollectionSchedule, quantityManagementMode: SubscriptionQuantityManagementMode, seatGroupKey: string | null, billingCycleAnchorDate: string | null, invoicePlacement: SubscriptionInvoicePlacement | null, customFields: unknown, product: { metronomeId: string } | null, quantitySchedule: Array<{ quantity: number, startingAt: string, endingBefore: string | null }>, proration: { invoiceBehavior: SubscriptionProrationInvoiceBehavior, isProrated: boolean, rounding: unknown }, billingPeriods: { previous: { startingAt: string, endingBefore: string } | null, current: { startingAt: string, endingBefore: string } | null, next: { startingAt: string, endingBefore: string } | null }, fiatCreditType: { metronomeId: string } | null }> } };

export type ContractAmendMutationVariables = Exact<{
  input: AmendContractInput;
  at?: string | null | undefined;
}>;


export type ContractAmendMutation = { amendContract: { metronomeId: string, overrides: unknown, amendments: unknown, commits: Array<{ name: string | null, type: CommitType, accessSchedule: unknown }>, rateSchedule: { nodes: Array<{ productName: string, listRate: { price: number | null }, overrideRate: { price: number | null } | null }> } } };

export type ContractArchiveMutationVariables = Exact<{
  customerId: string;
  contractId: string;
  voidInvoices: boolean;
}>;


export type ContractArchiveMutation = { archiveContract: { metronomeId: string, archivedAt: string | null, commits: Array<{ name: string | null, archivedAt: string | null }>, credits: Array<{ name: string | null }> } };

export type ContractUpdateEndDateMutationVariables = Exact<{
  customerId: string;
  contractId: string;
  endingBefore?: string | null | undefined;
  allow?: boolean | null | undefined;
}>;


export type ContractUpdateEndDateMutation = { updateContractEndDate: { metronomeId: string, startingAt: string, endingBefore: string | null } };

export type ContractSetUsageFilterMutationVariables = Exact<{
  customerId: string;
  contractId: string;
  groupKey: string;
  groupValues: Array<string> | string;
  startingAt: string;
}>;


export type ContractSetUsageFilterMutation = { setContractUsageFilter: { metronomeId: string, usageFilter: { current: { groupKey: string, groupValues: Array<string>, startingAt: string | null } | null, initial: { groupKey: string, groupValues: Array<string>, startingAt: string | null }, updates: Array<{ groupKey: string, groupValues: Array<string>, startingAt: string | null }> } | null } };

export type ContractSubscriptionHistoryQueryVariables = Exact<{
  customerId: string;
  contractId: string;
  subscriptionId: string;
}>;


export type ContractSubscriptionHistoryQuery = { contract: { subscriptionQuantityHistory: { subscriptionId: string | null, fiatCreditType: { metronomeId: string, name: string } | null, history: Array<{ startingAt: string, data: Array<{ quantity: number, unitPrice: number, total: number }> }> } | null, subscriptions: Array<{ metronomeId: string | null, quantityHistory: { history: Array<{ startingAt: string, data: Array<{ quantity: number, unitPrice: number, total: number }> }> } | null }> } | null };

export type ContractsOfCustomersQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ContractsOfCustomersQuery = { customers: { nodes: Array<{ name: string, contracts: { nodes: Array<{ name: string | null, rateCard: { name: string } | null, usageFilter: { current: { groupValues: Array<string> } | null } | null, subscriptions: Array<{ productName: string, product: { name: string, type: ProductType } | null, quantitySchedule: Array<{ quantity: number }> }> }> } }> } };

export type ContractRatesSelectedQueryVariables = Exact<{
  customerId: string;
  contractId: string;
  at?: string | null | undefined;
  selectors?: Array<RateSelectorWithProductTagsInput> | RateSelectorWithProductTagsInput | null | undefined;
}>;


export type ContractRatesSelectedQuery = { contract: { rateSchedule: { nodes: Array<{ productName: string, billingFrequency: BillingFrequency | null, listRate: { price: number | null } }> } } | null };

export type CreditGrantLedgerEntryFieldsFragment = { amount: number, reason: string, runningBalance: number, effectiveAt: string, createdBy: string, creditGrant: { name: string } | null, invoice: { metronomeId: string } | null };

export type CustomersCreditLedgersQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersCreditLedgersQuery = { customers: { nodes: Array<{ name: string, creditLedger: Array<{ creditType: { name: string } | null, startingBalance: { effectiveAt: string, excludingPending: number, includingPending: number }, endingBalance: { effectiveAt: string, excludingPending: number, includingPending: number }, entries: Array<{ amount: number, reason: string, runningBalance: number, effectiveAt: string, createdBy: string, creditGrant: { name: string } | null, invoice: { metronomeId: string } | null }>, pendingEntries: Array<{ amount: number, reason: string, runningBalance: number, effectiveAt: string, createdBy: string, creditGrant: { name: string } | null, invoice: { metronomeId: string } | null }> }> }> } };

export type CreditLedgerEntriesQueryVariables = Exact<{
  customerIds?: Array<string> | string | null | undefined;
  startingOn?: string | null | undefined;
  endingBefore?: string | null | undefined;
  sort?: CreditLedgerSort | null | undefined;
  creditTypeIds?: Array<string> | string | null | undefined;
}>;


export type CreditLedgerEntriesQuery = { creditLedgerEntries: Array<{ customer: { name: string } | null, ledgers: Array<{ startingBalance: { effectiveAt: string, excludingPending: number }, endingBalance: { effectiveAt: string, excludingPending: number }, entries: Array<{ amount: number, reason: string }>, pendingEntries: Array<{ amount: number, reason: string }> }> }> };

export type CustomersCreditLedgersAliasedQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersCreditLedgersAliasedQuery = { customers: { nodes: Array<{ name: string, ascending: Array<{ entries: Array<{ amount: number }> }>, sameAgain: Array<{ entries: Array<{ amount: number }> }>, descending: Array<{ entries: Array<{ amount: number }> }> }> } };

export type CustomerCreditGrantDeductionsQueryVariables = Exact<{
  customerId: string;
}>;


export type CustomerCreditGrantDeductionsQuery = { customer: { creditGrants: Array<{ name: string, balanceExcludingPending: number, balanceIncludingPending: number, deductions: Array<{ amount: number, reason: string, runningBalance: number, effectiveAt: string, createdBy: string, creditGrant: { name: string } | null, invoice: { metronomeId: string } | null }>, pendingDeductions: Array<{ amount: number, reason: string, runningBalance: number, effectiveAt: string, createdBy: string, creditGrant: { name: string } | null, invoice: { metronomeId: string } | null }> }> } | null };

export type CreateCreditGrantMutationVariables = Exact<{
  input: CreateCreditGrantInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateCreditGrantMutation = { createCreditGrant: { metronomeId: string, name: string, priority: number, effectiveAt: string, expiresAt: string, reason: string | null, creditGrantType: string | null, uniquenessKey: string | null, customFields: unknown, balanceIncludingPending: number, customer: { name: string } | null, grantAmount: { amount: number, creditType: { name: string } | null }, paidAmount: { amount: number, creditType: { name: string } | null }, products: Array<{ name: string }> } };

export type EditCreditGrantMutationVariables = Exact<{
  id: string;
  name?: string | null | undefined;
  expiresAt?: string | null | undefined;
  creditGrantType?: string | null | undefined;
}>;


export type EditCreditGrantMutation = { editCreditGrant: { metronomeId: string, name: string, expiresAt: string, creditGrantType: string | null } };

export type VoidCreditGrantMutationVariables = Exact<{
  id: string;
  releaseUniquenessKey?: boolean | null | undefined;
}>;


export type VoidCreditGrantMutation = { voidCreditGrant: { name: string, creditGrants: Array<{ name: string }> } | null };

export type CreditTypesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CreditTypesQuery = { creditTypes: { edges: Array<{ cursor: string, node: { id: string, metronomeId: string, name: string, isCurrency: boolean } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type CustomFieldKeysQueryVariables = Exact<{
  entities?: Array<CustomFieldEntity> | CustomFieldEntity | null | undefined;
}>;


export type CustomFieldKeysQuery = { customFieldKeys: Array<{ entity: CustomFieldEntity, key: string, enforceUniqueness: boolean }> };

export type AddCustomFieldKeyMutationVariables = Exact<{
  entity: CustomFieldEntity;
  key: string;
  enforceUniqueness: boolean;
}>;


export type AddCustomFieldKeyMutation = { addCustomFieldKey: Array<{ entity: CustomFieldEntity, key: string, enforceUniqueness: boolean }> };

export type RemoveCustomFieldKeyMutationVariables = Exact<{
  entity: CustomFieldEntity;
  key: string;
}>;


export type RemoveCustomFieldKeyMutation = { removeCustomFieldKey: Array<{ key: string }> };

export type SetCustomFieldValuesMutationVariables = Exact<{
  id?: string | number | null | undefined;
  entity?: CustomFieldEntity | null | undefined;
  entityId?: string | null | undefined;
  customFields: unknown;
}>;


export type SetCustomFieldValuesMutation = { setCustomFieldValues:
    | { __typename: 'BillableMetric', name: string, customFields: unknown, id: string }
    | { __typename: 'Commit', id: string }
    | { __typename: 'Contract', customFields: unknown, id: string, contractName: string | null }
    | { __typename: 'Credit', id: string }
    | { __typename: 'CreditGrant', id: string }
    | { __typename: 'CreditType', id: string }
    | { __typename: 'Customer', name: string, customFields: unknown, id: string }
    | { __typename: 'CustomerAlert', id: string }
    | { __typename: 'CustomerPlan', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Plan', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'RateCard', id: string }
   | null };

export type DeleteCustomFieldValuesMutationVariables = Exact<{
  id?: string | number | null | undefined;
  entity?: CustomFieldEntity | null | undefined;
  entityId?: string | null | undefined;
  keys: Array<string> | string;
}>;


export type DeleteCustomFieldValuesMutation = { deleteCustomFieldValues:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { customFields: unknown, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CustomerContractCustomFieldsQueryVariables = Exact<{
  customerId: string;
}>;


export type CustomerContractCustomFieldsQuery = { customer: { contracts: { nodes: Array<{ id: string, customFields: unknown }> } } | null };

export type CustomerGraphQueryVariables = Exact<{
  id: string;
  at: string;
}>;


export type CustomerGraphQuery = { customer: { id: string, metronomeId: string, name: string, ingestAliases: Array<string>, customFields: unknown, archivedAt: string | null, contracts: { edges: Array<{ node: { id: string, metronomeId: string, name: string | null, startingAt: string, endingBefore: string | null, customer: { metronomeId: string, name: string } | null, rateCard: { metronomeId: string, name: string, description: string | null, fiatCreditType: { metronomeId: string, name: string, isCurrency: boolean } | null, rates: { nodes: Array<{ productName: string, startingAt: string, endingBefore: string | null, entitled: boolean, rate: { rateType: RateType, price: number | null, tiers: unknown, creditType: { name: string } | null }, product: { metronomeId: string, name: string, type: ProductType, tags: Array<string>, billableMetric: { metronomeId: string, name: string, aggregationType: AggregationType | null, aggregationKey: string | null, groupKeys: unknown } | null } | null }> } } | null, commits: Array<{ metronomeId: string, type: CommitType, name: string | null, priority: number | null, accessSchedule: unknown, product: { name: string } | null, contract: { metronomeId: string } | null }>, credits: Array<{ metronomeId: string, name: string | null, priority: number | null, applicableProductTags: Array<string>, product: { name: string } | null, contract: { metronomeId: string } | null }> } }>, pageInfo: { hasNextPage: boolean } } } | null };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateCustomerMutation = { createCustomer: { metronomeId: string, name: string, ingestAliases: Array<string>, customFields: unknown } };

export type SetCustomerNameMutationVariables = Exact<{
  customerId: string;
  name: string;
}>;


export type SetCustomerNameMutation = { setCustomerName: { metronomeId: string, name: string } };

export type ArchiveCustomerMutationVariables = Exact<{
  customerId: string;
}>;


export type ArchiveCustomerMutation = { archiveCustomer: { metronomeId: string, archivedAt: string | null } };

export type SetCustomerIngestAliasesMutationVariables = Exact<{
  customerId: string;
  ingestAliases: Array<string> | string;
}>;


export type SetCustomerIngestAliasesMutation = { setCustomerIngestAliases: { metronomeId: string, ingestAliases: Array<string> } };

export type UpdateCustomerConfigMutationVariables = Exact<{
  customerId: string;
  salesforceAccountId?: string | null | undefined;
  leaveStripeInvoicesInDraft?: boolean | null | undefined;
}>;


export type UpdateCustomerConfigMutation = { updateCustomerConfig: { metronomeId: string, salesforceAccountId: string | null } };

export type SetCustomerBillingConfigMutationVariables = Exact<{
  customerId: string;
  billingProviderType: BillingProviderType;
  config: CustomerBillingConfigInput;
  idempotencyKey?: string | null | undefined;
}>;


export type SetCustomerBillingConfigMutation = { setCustomerBillingConfig: { metronomeId: string, stripe: unknown } };

export type DeleteCustomerBillingConfigMutationVariables = Exact<{
  customerId: string;
  billingProviderType: BillingProviderType;
}>;


export type DeleteCustomerBillingConfigMutation = { deleteCustomerBillingConfig: { metronomeId: string } };

export type CustomerBillingConfigQueryVariables = Exact<{
  customerId: string;
  provider: BillingProviderType;
}>;


export type CustomerBillingConfigQuery = { customer: { billingConfig: unknown } | null };

export type CustomersByIdsQueryVariables = Exact<{
  customerIds: Array<string> | string;
}>;


export type CustomersByIdsQuery = { customers: { nodes: Array<{ metronomeId: string, name: string }> } };

export type CustomerBillableMetricsQueryVariables = Exact<{
  customerId: string;
  onCurrentPlan?: boolean | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type CustomerBillableMetricsQuery = { customer: { billableMetrics: { nodes: Array<{ metronomeId: string, name: string, archivedAt: string | null }> } } | null };

export type CustomersAndTheirBillableMetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersAndTheirBillableMetricsQuery = { customers: { nodes: Array<{ name: string, billableMetrics: { nodes: Array<{ name: string }> } }> }, billableMetrics: { nodes: Array<{ name: string }> } };

export type CustomersPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomersPageQuery = { customers: { edges: Array<{ cursor: string, node: { metronomeId: string, name: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type CustomerNamesQueryVariables = Exact<{
  a: string;
  b: string;
  c: string;
}>;


export type CustomerNamesQuery = { a: { name: string, archivedAt: string | null } | null, b: { name: string, archivedAt: string | null } | null, c: { name: string, archivedAt: string | null } | null };

export type CustomersWithContractsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CustomersWithContractsQuery = { customers: { nodes: Array<{ name: string, contracts: { nodes: Array<{ name: string | null, rateCard: { name: string } | null }> }, again: { nodes: Array<{ metronomeId: string }> } }> } };

export type EmbeddableDashboardQueryVariables = Exact<{
  customerId: string;
  dashboard: DashboardType;
  options?: Array<DashboardOptionInput> | DashboardOptionInput | null | undefined;
  colorOverrides?: Array<DashboardColorOverrideInput> | DashboardColorOverrideInput | null | undefined;
  billableMetricGroupKeyOverrides?: Array<BillableMetricGroupKeyOverrideInput> | BillableMetricGroupKeyOverrideInput | null | undefined;
}>;


export type EmbeddableDashboardQuery = { customer: { embeddableDashboardUrl: string | null } | null };

export type CustomersDashboardsQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersDashboardsQuery = { customers: { nodes: Array<{ name: string, invoices: string | null, usage: string | null }> } };

export type InvoicePartsFragment = { id: string, metronomeId: string, status: string, type: string, startTimestamp: string | null, endTimestamp: string | null, issuedAt: string | null, subtotal: number | null, total: number, creditType: { metronomeId: string, name: string } | null, customer: { metronomeId: string, name: string } | null, contract: { metronomeId: string, name: string | null } | null, lineItems: Array<{ name: string, type: string, quantity: number | null, unitPrice: number | null, total: number, startingAt: string | null, endingBefore: string | null, product: { metronomeId: string, name: string } | null, creditType: { name: string } | null, appliedCommitOrCredit:
      | { __typename: 'Commit', metronomeId: string, name: string | null }
      | { __typename: 'Credit', metronomeId: string, name: string | null }
     | null, commit: { metronomeId: string, name: string | null } | null }> };

export type CustomerInvoicesQueryVariables = Exact<{
  customerId: string;
}>;


export type CustomerInvoicesQuery = { customer: { invoices: { nodes: Array<{ id: string, metronomeId: string, status: string, type: string, startTimestamp: string | null, endTimestamp: string | null, issuedAt: string | null, subtotal: number | null, total: number, creditType: { metronomeId: string, name: string } | null, customer: { metronomeId: string, name: string } | null, contract: { metronomeId: string, name: string | null } | null, lineItems: Array<{ name: string, type: string, quantity: number | null, unitPrice: number | null, total: number, startingAt: string | null, endingBefore: string | null, product: { metronomeId: string, name: string } | null, creditType: { name: string } | null, appliedCommitOrCredit:
            | { __typename: 'Commit', metronomeId: string, name: string | null }
            | { __typename: 'Credit', metronomeId: string, name: string | null }
           | null, commit: { metronomeId: string, name: string | null } | null }> }>, pageInfo: { hasNextPage: boolean } } } | null };

export type InvoiceSummariesQueryVariables = Exact<{
  customerId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: string | null | undefined;
  type?: InvoiceTypeFilter | null | undefined;
  sort?: InvoiceSort | null | undefined;
  contractId?: string | null | undefined;
  startingOn?: string | null | undefined;
  endingBefore?: string | null | undefined;
  skipZeroQtyLineItems?: boolean | null | undefined;
}>;


export type InvoiceSummariesQuery = { customer: { invoices: { nodes: Array<{ metronomeId: string, type: string, status: string, total: number, lineItems: Array<{ name: string, quantity: number | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type ContractInvoicesQueryVariables = Exact<{
  customerId: string;
  contractId: string;
  type?: InvoiceTypeFilter | null | undefined;
}>;


export type ContractInvoicesQuery = { contract: { name: string | null, invoices: { nodes: Array<{ metronomeId: string, type: string, status: string, total: number, contract: { name: string | null } | null }> } } | null };

export type InvoiceByIdQueryVariables = Exact<{
  customerId: string;
  invoiceId: string;
}>;


export type InvoiceByIdQuery = { invoice: { id: string, metronomeId: string, status: string, type: string, startTimestamp: string | null, endTimestamp: string | null, issuedAt: string | null, subtotal: number | null, total: number, creditType: { metronomeId: string, name: string } | null, customer: { metronomeId: string, name: string } | null, contract: { metronomeId: string, name: string | null } | null, lineItems: Array<{ name: string, type: string, quantity: number | null, unitPrice: number | null, total: number, startingAt: string | null, endingBefore: string | null, product: { metronomeId: string, name: string } | null, creditType: { name: string } | null, appliedCommitOrCredit:
        | { __typename: 'Commit', metronomeId: string, name: string | null }
        | { __typename: 'Credit', metronomeId: string, name: string | null }
       | null, commit: { metronomeId: string, name: string | null } | null }> } | null };

export type InvoiceNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceNodeQuery = { node:
    | { __typename: 'BillableMetric', id: string }
    | { __typename: 'Commit', id: string }
    | { __typename: 'Contract', id: string }
    | { __typename: 'Credit', id: string }
    | { __typename: 'CreditGrant', id: string }
    | { __typename: 'CreditType', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'CustomerAlert', id: string }
    | { __typename: 'CustomerPlan', id: string }
    | { __typename: 'Invoice', metronomeId: string, type: string, total: number, id: string, customer: { name: string } | null }
    | { __typename: 'Plan', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'RateCard', id: string }
   | null };

export type InvoicesWithOriginsQueryVariables = Exact<{
  customerId: string;
}>;


export type InvoicesWithOriginsQuery = { customer: { invoices: { nodes: Array<{ metronomeId: string, status: string, regeneratedFrom: { metronomeId: string, status: string } | null }> } } | null };

export type InvoiceBreakdownsQueryVariables = Exact<{
  customerId: string;
  startingOn: string;
  endingBefore: string;
  windowSize?: InvoiceBreakdownWindowSize | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InvoiceBreakdownsQuery = { customer: { invoiceBreakdowns: { nodes: Array<{ breakdownStartTimestamp: string, breakdownEndTimestamp: string, metronomeId: string, type: string, total: number, lineItems: Array<{ name: string, quantity: number | null, total: number, startingAt: string | null, endingBefore: string | null }>, invoice: { metronomeId: string, startTimestamp: string | null, endTimestamp: string | null, total: number } | null }>, pageInfo: { hasNextPage: boolean } } } | null };

export type CustomerCostsQueryVariables = Exact<{
  customerId: string;
  startingOn: string;
  endingBefore: string;
  first?: number | null | undefined;
}>;


export type CustomerCostsQuery = { customer: { costs: { nodes: Array<{ startTimestamp: string, endTimestamp: string, creditTypes: Array<{ name: string | null, cost: number | null, creditType: { metronomeId: string, name: string } | null, lineItemBreakdown: Array<{ name: string, cost: number, groupKey: string | null, groupValue: string | null }> }> }>, pageInfo: { hasNextPage: boolean } } } | null };

export type PreviewEventsQueryVariables = Exact<{
  customerId: string;
  events: Array<PreviewEventInput> | PreviewEventInput;
  mode?: PreviewEventsMode | null | undefined;
  skipZeroQtyLineItems?: boolean | null | undefined;
}>;


export type PreviewEventsQuery = { previewEvents: Array<{ __typename: 'InvoicePreview', metronomeId: string, status: string, type: string, startTimestamp: string | null, endTimestamp: string | null, total: number, contract: { name: string | null } | null, lineItems: Array<{ name: string, type: string, quantity: number | null, total: number, product: { name: string } | null }> }> };

export type PreviewHistoricalInvoicesQueryVariables = Exact<{
  invoices: Array<HistoricalInvoiceInput> | HistoricalInvoiceInput;
}>;


export type PreviewHistoricalInvoicesQuery = { previewHistoricalInvoices: Array<{ status: string, type: string, startTimestamp: string | null, endTimestamp: string | null, issuedAt: string | null, total: number, lineItems: Array<{ name: string, type: string, quantity: number | null, unitPrice: number | null, total: number }> }> };

export type VoidInvoiceMutationVariables = Exact<{
  customerId: string;
  invoiceId: string;
  idempotencyKey?: string | null | undefined;
}>;


export type VoidInvoiceMutation = { voidInvoice: { metronomeId: string, status: string, total: number } };

export type RegenerateInvoiceMutationVariables = Exact<{
  customerId: string;
  invoiceId: string;
}>;


export type RegenerateInvoiceMutation = { regenerateInvoice: { metronomeId: string, status: string, type: string, total: number, lineItems: Array<{ name: string, type: string, quantity: number | null, total: number }>, regeneratedFrom: { metronomeId: string, status: string } | null } };

export type ScheduleProServicesInvoiceMutationVariables = Exact<{
  input: ScheduleProServicesInvoiceInput;
}>;


export type ScheduleProServicesInvoiceMutation = { scheduleProServicesInvoice: Array<{ metronomeId: string, type: string, status: string, issuedAt: string | null, total: number, contract: { name: string | null } | null, lineItems: Array<{ name: string, type: string, quantity: number | null, unitPrice: number | null, total: number, product: { name: string, type: ProductType } | null }> }> };

export type CreateHistoricalInvoicesMutationVariables = Exact<{
  invoices: Array<HistoricalInvoiceInput> | HistoricalInvoiceInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateHistoricalInvoicesMutation = { createHistoricalInvoices: Array<{ id: string, metronomeId: string, status: string, type: string, startTimestamp: string | null, endTimestamp: string | null, issuedAt: string | null, total: number, customFields: unknown, lineItems: Array<{ name: string, type: string, quantity: number | null, unitPrice: number | null, total: number, product: { name: string } | null }> }> };

export type AddCustomerChargeMutationVariables = Exact<{
  customerId: string;
  input: AddCustomerChargeInput;
}>;


export type AddCustomerChargeMutation = { addCustomerCharge: { metronomeId: string, invoices: { nodes: Array<{ planName: string | null, total: number, lineItems: Array<{ type: string, name: string, quantity: number | null, total: number }> }> } } };

export type InvoicesOfCustomersQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type InvoicesOfCustomersQuery = { customers: { nodes: Array<{ name: string, invoices: { nodes: Array<{ total: number, lineItems: Array<{ name: string, product: { name: string } | null, creditType: { name: string } | null }>, customer: { name: string } | null }> }, sameInvoices: { nodes: Array<{ metronomeId: string }> } }> } };

export type PlanInvoicesQueryVariables = Exact<{
  customerId: string;
}>;


export type PlanInvoicesQuery = { customer: { invoices: { nodes: Array<{ planName: string | null, subtotal: number | null, total: number, plan: { name: string } | null, contract: { name: string | null } | null, externalInvoice: { billingProviderType: BillingProviderType } | null, lineItems: Array<{ type: string, name: string, quantity: number | null, unitPrice: number | null, total: number, productId: string | null, product: { name: string } | null, subLineItems: Array<{ name: string, quantity: number, subtotal: number, price: number | null, chargeId: string | null, customFields: unknown, tierPeriod: { startingAt: string, endingBefore: string | null } | null, tiers: Array<{ price: number, quantity: number, startingAt: number, subtotal: number }> }> }>, adjustments: Array<{ name: string, total: number, creditType: { name: string } | null, creditGrant: { metronomeId: string, name: string } | null }> }> } } | null };

export type NamedScheduleUpdateCustomerMutationVariables = Exact<{
  customerId: string;
  scheduleName: string;
  startingAt: string;
  endingBefore?: string | null | undefined;
  value: unknown;
  coveringDate?: string | null | undefined;
}>;


export type NamedScheduleUpdateCustomerMutation = { updateCustomerNamedSchedule: { metronomeId: string, namedSchedule: Array<{ startingAt: string, endingBefore: string | null, value: unknown }> } };

export type NamedScheduleUpdateContractMutationVariables = Exact<{
  customerId: string;
  contractId: string;
  scheduleName: string;
  startingAt: string;
  endingBefore?: string | null | undefined;
  value: unknown;
}>;


export type NamedScheduleUpdateContractMutation = { updateContractNamedSchedule: { metronomeId: string, namedSchedule: Array<{ startingAt: string, endingBefore: string | null, value: unknown }> } };

export type NamedScheduleUpdateRateCardMutationVariables = Exact<{
  rateCardId: string;
  scheduleName: string;
  startingAt: string;
  endingBefore?: string | null | undefined;
  value: unknown;
}>;


export type NamedScheduleUpdateRateCardMutation = { updateRateCardNamedSchedule: { metronomeId: string, namedSchedule: Array<{ startingAt: string, endingBefore: string | null, value: unknown }> } };

export type NamedScheduleReadQueryVariables = Exact<{
  customerId: string;
  contractId: string;
  rateCardId: string;
  name: string;
  coveringDate?: string | null | undefined;
}>;


export type NamedScheduleReadQuery = { customer: { namedSchedule: Array<{ startingAt: string, endingBefore: string | null, value: unknown }> } | null, contract: { namedSchedule: Array<{ startingAt: string, endingBefore: string | null, value: unknown }>, rateCard: { namedSchedule: Array<{ startingAt: string, endingBefore: string | null, value: unknown }> } | null } | null, rateCard: { namedSchedule: Array<{ startingAt: string, endingBefore: string | null, value: unknown }> } | null };

export type NamedSchedulesOfCustomersQueryVariables = Exact<{
  name: string;
}>;


export type NamedSchedulesOfCustomersQuery = { customers: { nodes: Array<{ name: string, namedSchedule: Array<{ value: unknown }>, again: Array<{ startingAt: string }>, contracts: { nodes: Array<{ namedSchedule: Array<{ value: unknown }> }> } }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'BillableMetric', metronomeId: string, name: string, id: string }
    | { __typename: 'Commit', metronomeId: string, id: string, commitName: string | null }
    | { __typename: 'Contract', metronomeId: string, id: string, contractName: string | null }
    | { __typename: 'Credit', metronomeId: string, id: string, creditName: string | null }
    | { __typename: 'CreditGrant', id: string }
    | { __typename: 'CreditType', metronomeId: string, name: string, id: string }
    | { __typename: 'Customer', metronomeId: string, name: string, id: string }
    | { __typename: 'CustomerAlert', id: string }
    | { __typename: 'CustomerPlan', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Plan', id: string }
    | { __typename: 'Product', metronomeId: string, name: string, id: string }
    | { __typename: 'RateCard', metronomeId: string, name: string, id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'BillableMetric', id: string }
    | { __typename: 'Commit', id: string }
    | { __typename: 'Contract', id: string, contractName: string | null }
    | { __typename: 'Credit', id: string }
    | { __typename: 'CreditGrant', id: string }
    | { __typename: 'CreditType', id: string }
    | { __typename: 'Customer', name: string, id: string }
    | { __typename: 'CustomerAlert', id: string }
    | { __typename: 'CustomerPlan', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Plan', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'RateCard', id: string }
   | null> };

export type PlansQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlansQuery = { plans: { nodes: Array<{ id: string, metronomeId: string, name: string, description: string, customFields: unknown }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PlansWithMinimumsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansWithMinimumsQuery = { plans: { nodes: Array<{ name: string, minimums: Array<{ name: string, value: number }> }> } };

export type PlanDetailsQueryVariables = Exact<{
  planId: string;
  chargesFirst?: number | null | undefined;
}>;


export type PlanDetailsQuery = { plan: { name: string, minimums: Array<{ name: string, value: number, startPeriod: number, creditType: { name: string } | null }>, overageRates: Array<{ toFiatConversionFactor: number, startPeriod: number, creditType: { name: string } | null, fiatCreditType: { name: string } | null }>, creditGrants: Array<{ name: string, amountGranted: number, amountPaid: number, effectiveDuration: number, priority: string, sendInvoice: boolean, reason: string | null, recurrenceDuration: number | null, recurrenceInterval: number | null, amountGrantedCreditType: { name: string } | null, amountPaidCreditType: { name: string } | null }>, charges: { nodes: Array<{ metronomeId: string, name: string, chargeType: PlanChargeType, productId: string, productName: string, quantity: number | null, startPeriod: number | null, tierResetFrequency: number | null, customFields: unknown, creditType: { name: string } | null, unitConversion: { divisionFactor: number, roundingBehavior: string | null } | null, prices: Array<{ tier: number, value: number, quantity: number | null, collectionSchedule: string | null, collectionInterval: number | null }> }>, pageInfo: { hasNextPage: boolean } } } | null };

export type PlanCustomersQueryVariables = Exact<{
  planId: string;
  statuses?: Array<PlanCustomerStatus> | PlanCustomerStatus | null | undefined;
}>;


export type PlanCustomersQuery = { plan: { customers: { nodes: Array<{ customerPlanId: string, startingOn: string, endingBefore: string | null, customer: { name: string }, customerPlan: { planName: string, customer: { name: string } | null } | null }> } } | null };

export type CustomersPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersPlansQuery = { customers: { nodes: Array<{ name: string, plans: { nodes: Array<{ id: string, metronomeId: string, planName: string, planDescription: string, startingOn: string, endingBefore: string | null, netPaymentTermsDays: number | null, customFields: unknown, trialInfo: { endingBefore: string, spendingCaps: Array<{ amount: number, amountRemaining: number, creditType: { name: string } | null }> } | null, plan: { name: string, minimums: Array<{ value: number }> } | null, priceAdjustments: { nodes: Array<{ chargeId: string, chargeType: PlanChargeType, startPeriod: number, quantity: number | null, prices: Array<{ adjustmentType: PriceAdjustmentType, value: number | null, quantity: number | null, tier: number | null }> }> } }> } }> } };

export type AddCustomerPlanMutationVariables = Exact<{
  customerId: string;
  input: AddCustomerPlanInput;
  idempotencyKey?: string | null | undefined;
}>;


export type AddCustomerPlanMutation = { addCustomerPlan: { metronomeId: string, planName: string, startingOn: string, endingBefore: string | null, netPaymentTermsDays: number | null, trialInfo: { endingBefore: string, spendingCaps: Array<{ amount: number, amountRemaining: number }> } | null, customer: { name: string } | null, plan: { name: string } | null, priceAdjustments: { nodes: Array<{ chargeId: string, chargeType: PlanChargeType, startPeriod: number, quantity: number | null, prices: Array<{ adjustmentType: PriceAdjustmentType, value: number | null, quantity: number | null, tier: number | null }> }> } } };

export type EndCustomerPlanMutationVariables = Exact<{
  customerId: string;
  customerPlanId: string;
  endingBefore?: string | null | undefined;
}>;


export type EndCustomerPlanMutation = { endCustomerPlan: { metronomeId: string, startingOn: string, endingBefore: string | null } };

export type CustomerSeatCreditsQueryVariables = Exact<{
  customerId: string;
}>;


export type CustomerSeatCreditsQuery = { customer: { contracts: { nodes: Array<{ subscriptions: Array<{ quantityManagementMode: SubscriptionQuantityManagementMode, seatGroupKey: string | null }>, recurringCredits: Array<{ name: string | null, commitDurationPeriods: number, proration: string | null, startingAt: string, accessAmount: { unitPrice: number, quantity: number | null, creditType: { name: string } }, subscriptionConfig: { allocation: SubscriptionAllocation | null } | null }>, credits: Array<{ name: string | null, recurringCreditId: string | null, balance: number | null, subscriptionConfig: { allocation: SubscriptionAllocation | null, seatIncreaseProrated: boolean | null } | null, accessSegments: Array<{ amount: number, startingAt: string, endingBefore: string }> }> }> } } | null };

export type BillingOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingOverviewQuery = { customers: { nodes: Array<{ name: string, contracts: { nodes: Array<{ name: string | null, rateCard: { name: string } | null }> }, invoices: { nodes: Array<{ type: string, status: string, total: number, lineItems: Array<{ name: string, total: number, product: { name: string } | null, creditType: { name: string } | null }> }> }, alerts: { nodes: Array<{ customerStatus: CustomerAlertStatus | null, alert: { name: string } }> } }> } };

export type InvoicesPaidByCommitsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoicesPaidByCommitsQuery = { customers: { nodes: Array<{ invoices: { nodes: Array<{ lineItems: Array<{ appliedCommitOrCredit:
              | { __typename: 'Commit', name: string | null, balance: number | null }
              | { __typename: 'Credit' }
             | null, commit: { name: string | null } | null }> }> } }> } };

export type IngestUsageMutationVariables = Exact<{
  events: Array<UsageEventInput> | UsageEventInput;
  withEvents?: boolean | null | undefined;
}>;


export type IngestUsageMutation = { ingestUsage: { transactionIds: Array<string>, events?: Array<{ transactionId: string, customerId: string, eventType: string, timestamp: string, properties: unknown, isDuplicate: boolean, processedAt: string | null, matchedCustomer: { metronomeId: string, name: string } | null, matchedBillableMetrics: Array<{ metronomeId: string, name: string }> }> } };

export type CustomerUsageQueryVariables = Exact<{
  customerId: string;
  startingOn: string;
  endingBefore: string;
  windowSize: WindowSize;
  billableMetrics?: Array<UsageBillableMetricInput> | UsageBillableMetricInput | null | undefined;
}>;


export type CustomerUsageQuery = { customer: { usage: Array<{ billableMetricName: string, startTimestamp: string, endTimestamp: string, value: number | null, groups: Array<{ groupValue: string, value: number | null }> | null }> } | null };

export type CustomersGroupedUsageQueryVariables = Exact<{
  startingOn: string;
  endingBefore: string;
  billableMetrics?: Array<UsageBillableMetricInput> | UsageBillableMetricInput | null | undefined;
}>;


export type CustomersGroupedUsageQuery = { customers: { nodes: Array<{ name: string, usage: Array<{ value: number | null, customer: { name: string } | null, billableMetric: { name: string } | null, groups: Array<{ groupValue: string, value: number | null }> | null }> }> } };

export type AllUsageQueryVariables = Exact<{
  startingOn: string;
  endingBefore: string;
  windowSize: WindowSize;
  customerIds?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AllUsageQuery = { usage: { edges: Array<{ cursor: string, node: { billableMetricName: string, startTimestamp: string, value: number | null, customer: { name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CustomerUsageGroupsQueryVariables = Exact<{
  customerId: string;
  billableMetricId: string;
  windowSize: WindowSize;
  startingOn?: string | null | undefined;
  endingBefore?: string | null | undefined;
  currentPeriod?: boolean | null | undefined;
  groupKey?: Array<string> | string | null | undefined;
  groupFilters?: Array<UsageGroupFilterInput> | UsageGroupFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomerUsageGroupsQuery = { customer: { usageGroups: { nodes: Array<{ startingOn: string, endingBefore: string, value: number | null, group: Array<{ key: string, value: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type UsageEventsQueryVariables = Exact<{
  transactionIds: Array<string> | string;
  others: Array<string> | string;
}>;


export type UsageEventsQuery = { usageEvents: Array<{ metronomeId: string, transactionId: string, customerId: string, isDuplicate: boolean, matchedCustomer: { name: string } | null }>, others: Array<{ transactionId: string }> };

export const CustomerAlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"uniquenessKey"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrantTypeFilters"}},{"kind":"Field","name":{"kind":"Name","value":"customFieldFilters"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceTypesFilter"}},{"kind":"Field","name":{"kind":"Name","value":"seatFilter"}},{"kind":"Field","name":{"kind":"Name","value":"alertSpecifiers"}}]}}]}}]} as unknown as DocumentNode<CustomerAlertFieldsFragment, unknown>;
export const LedgerEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManualLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RolloverLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerEntryFieldsFragment, unknown>;
export const CatalogueProductStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueProductState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeTags"}},{"kind":"Field","name":{"kind":"Name","value":"excludeFreeUsage"}},{"kind":"Field","name":{"kind":"Name","value":"isRefundable"}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"presentationGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"quantityConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityRounding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decimalPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"roundingMethod"}}]}}]}}]} as unknown as DocumentNode<CatalogueProductStateFragment, unknown>;
export const CatalogueProductFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityRounding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decimalPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"roundingMethod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueProductState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueProductState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"quantityConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueProductState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeTags"}},{"kind":"Field","name":{"kind":"Name","value":"excludeFreeUsage"}},{"kind":"Field","name":{"kind":"Name","value":"isRefundable"}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"presentationGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"quantityConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityRounding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decimalPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"roundingMethod"}}]}}]}}]} as unknown as DocumentNode<CatalogueProductFragment, unknown>;
export const CatalogueRateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueRate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"productTags"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupValues"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"commitRate"}},{"kind":"Field","name":{"kind":"Name","value":"rate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"isProrated"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueRateFragment, unknown>;
export const CatalogueRateCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueRateCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"fiatCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditTypeConversions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiatPerCustomCredit"}}]}}]}}]} as unknown as DocumentNode<CatalogueRateCardFragment, unknown>;
export const ContractWriteSubscriptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractWriteSubscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"collectionSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"quantityManagementMode"}},{"kind":"Field","name":{"kind":"Name","value":"quantitySchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seatGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"proration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceBehavior"}},{"kind":"Field","name":{"kind":"Name","value":"isProrated"}},{"kind":"Field","name":{"kind":"Name","value":"rounding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingCycleAnchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"invoicePlacement"}},{"kind":"Field","name":{"kind":"Name","value":"fiatCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<ContractWriteSubscriptionFragment, unknown>;
export const ContractWriteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractWrite"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"rateCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netPaymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"usageStatementSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"uniquenessKey"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usageFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractWriteSubscription"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractWriteSubscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"collectionSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"quantityManagementMode"}},{"kind":"Field","name":{"kind":"Name","value":"quantitySchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seatGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"proration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceBehavior"}},{"kind":"Field","name":{"kind":"Name","value":"isProrated"}},{"kind":"Field","name":{"kind":"Name","value":"rounding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingCycleAnchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"invoicePlacement"}},{"kind":"Field","name":{"kind":"Name","value":"fiatCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]} as unknown as DocumentNode<ContractWriteFragment, unknown>;
export const CreditGrantLedgerEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditGrantLedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditGrantLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"runningBalance"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"creditGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}}]} as unknown as DocumentNode<CreditGrantLedgerEntryFieldsFragment, unknown>;
export const InvoicePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"endTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appliedCommitOrCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicePartsFragment, unknown>;
export const CustomerAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertStatuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertStatusFilter"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"alertStatuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertStatuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerAlertFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"uniquenessKey"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrantTypeFilters"}},{"kind":"Field","name":{"kind":"Name","value":"customFieldFilters"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceTypesFilter"}},{"kind":"Field","name":{"kind":"Name","value":"seatFilter"}},{"kind":"Field","name":{"kind":"Name","value":"alertSpecifiers"}}]}}]}}]} as unknown as DocumentNode<CustomerAlertsQuery, CustomerAlertsQueryVariables>;
export const CustomerAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupValues"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerAlertGroupValueInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seatFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerAlertSeatFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"alertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupValues"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupValues"}}},{"kind":"Argument","name":{"kind":"Name","value":"seatFilter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seatFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerAlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"uniquenessKey"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrantTypeFilters"}},{"kind":"Field","name":{"kind":"Name","value":"customFieldFilters"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceTypesFilter"}},{"kind":"Field","name":{"kind":"Name","value":"seatFilter"}},{"kind":"Field","name":{"kind":"Name","value":"alertSpecifiers"}}]}}]}}]} as unknown as DocumentNode<CustomerAlertQuery, CustomerAlertQueryVariables>;
export const CustomerAlertStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerAlertStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"alertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}}]}}]}}]} as unknown as DocumentNode<CustomerAlertStatusQuery, CustomerAlertStatusQueryVariables>;
export const CustomerAlertNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerAlertNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerAlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"uniquenessKey"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrantTypeFilters"}},{"kind":"Field","name":{"kind":"Name","value":"customFieldFilters"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceTypesFilter"}},{"kind":"Field","name":{"kind":"Name","value":"seatFilter"}},{"kind":"Field","name":{"kind":"Name","value":"alertSpecifiers"}}]}}]}}]} as unknown as DocumentNode<CustomerAlertNodeQuery, CustomerAlertNodeQueryVariables>;
export const CreateAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerAlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"uniquenessKey"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrantTypeFilters"}},{"kind":"Field","name":{"kind":"Name","value":"customFieldFilters"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceTypesFilter"}},{"kind":"Field","name":{"kind":"Name","value":"seatFilter"}},{"kind":"Field","name":{"kind":"Name","value":"alertSpecifiers"}}]}}]}}]} as unknown as DocumentNode<CreateAlertMutation, CreateAlertMutationVariables>;
export const ArchiveAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"releaseUniquenessKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"alertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}}},{"kind":"Argument","name":{"kind":"Name","value":"releaseUniquenessKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"releaseUniquenessKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"customerAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerAlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"uniquenessKey"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrantTypeFilters"}},{"kind":"Field","name":{"kind":"Name","value":"customFieldFilters"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceTypesFilter"}},{"kind":"Field","name":{"kind":"Name","value":"seatFilter"}},{"kind":"Field","name":{"kind":"Name","value":"alertSpecifiers"}}]}}]}}]} as unknown as DocumentNode<ArchiveAlertMutation, ArchiveAlertMutationVariables>;
export const ResetCustomerAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetCustomerAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetCustomerAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"alertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerAlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"uniquenessKey"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrantTypeFilters"}},{"kind":"Field","name":{"kind":"Name","value":"customFieldFilters"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceTypesFilter"}},{"kind":"Field","name":{"kind":"Name","value":"seatFilter"}},{"kind":"Field","name":{"kind":"Name","value":"alertSpecifiers"}}]}}]}}]} as unknown as DocumentNode<ResetCustomerAlertMutation, ResetCustomerAlertMutationVariables>;
export const AlertsOfCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertsOfCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlertsOfCustomersQuery, AlertsOfCustomersQueryVariables>;
export const CustomerAlertTwiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerAlertTwice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byArgs"},"name":{"kind":"Name","value":"customerAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"alertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"again"},"name":{"kind":"Name","value":"customerAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"alertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerAlertTwiceQuery, CustomerAlertTwiceQueryVariables>;
export const AuditLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"startingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourceType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceType"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogsQuery, AuditLogsQueryVariables>;
export const ServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"ips"}}]}}]}}]} as unknown as DocumentNode<ServicesQuery, ServicesQueryVariables>;
export const CustomerBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeBalance"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeLedgers"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeContractBalances"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"includeBalance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeBalance"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeLedgers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeLedgers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessSegments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoiceScheduleItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoiceContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"applicableProductTags"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManualLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RolloverLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerBalancesQuery, CustomerBalancesQueryVariables>;
export const CustomerBalanceNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerBalanceNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coveringDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeContractBalances"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"balanceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excludeZeroBalances"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"coveringDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coveringDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"startingAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeContractBalances"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeContractBalances"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}},{"kind":"Argument","name":{"kind":"Name","value":"balanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"balanceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludeZeroBalances"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excludeZeroBalances"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerBalanceNamesQuery, CustomerBalanceNamesQueryVariables>;
export const CustomersBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeContractBalances"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"includeBalance"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"includeLedgers"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersBalancesQuery, CustomersBalancesQueryVariables>;
export const CustomerContractsCommitBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerContractsCommitBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerContractsCommitBalancesQuery, CustomerContractsCommitBalancesQueryVariables>;
export const CommitAndCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitAndCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CommitAndCreditQuery, CommitAndCreditQueryVariables>;
export const CreateCustomerCommitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomerCommit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerCommitInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomerCommit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"uniquenessKey"}},{"kind":"Field","name":{"kind":"Name","value":"applicableProductTags"}},{"kind":"Field","name":{"kind":"Name","value":"accessSegments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoiceScheduleItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoiceContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCustomerCommitMutation, CreateCustomerCommitMutationVariables>;
export const UpdateCustomerCommitEndDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomerCommitEndDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessEndingBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomerCommitEndDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"commitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessEndingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessEndingBefore"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"accessSegments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerCommitEndDateMutation, UpdateCustomerCommitEndDateMutationVariables>;
export const CreateCustomerCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomerCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomerCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productTags"}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupValues"}},{"kind":"Field","name":{"kind":"Name","value":"presentationGroupValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessSegments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCustomerCreditMutation, CreateCustomerCreditMutationVariables>;
export const UpdateCustomerCreditEndDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomerCreditEndDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessEndingBefore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomerCreditEndDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"creditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessEndingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessEndingBefore"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"accessSegments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerCreditEndDateMutation, UpdateCustomerCreditEndDateMutationVariables>;
export const AddManualBalanceLedgerEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddManualBalanceLedgerEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddManualBalanceLedgerEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addManualBalanceLedgerEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManualLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RolloverLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newContract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddManualBalanceLedgerEntryMutation, AddManualBalanceLedgerEntryMutationVariables>;
export const CustomersUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"windowSize"},"value":{"kind":"EnumValue","value":"NONE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billableMetricName"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"endTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersUsageQuery, CustomersUsageQueryVariables>;
export const CustomersCreditGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersCreditGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grantAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersCreditGrantsQuery, CustomersCreditGrantsQueryVariables>;
export const CreateBillableMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBillableMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBillableMetricInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBillableMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aggregationType"}},{"kind":"Field","name":{"kind":"Name","value":"aggregationKey"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeFilter"}},{"kind":"Field","name":{"kind":"Name","value":"propertyFilters"}},{"kind":"Field","name":{"kind":"Name","value":"groupKeys"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<CreateBillableMetricMutation, CreateBillableMetricMutationVariables>;
export const ArchiveBillableMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveBillableMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billableMetricId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveBillableMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"billableMetricId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billableMetricId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveBillableMetricMutation, ArchiveBillableMetricMutationVariables>;
export const BillableMetricNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillableMetricNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billableMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<BillableMetricNamesQuery, BillableMetricNamesQueryVariables>;
export const CatalogueCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueProduct"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueProductState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeTags"}},{"kind":"Field","name":{"kind":"Name","value":"excludeFreeUsage"}},{"kind":"Field","name":{"kind":"Name","value":"isRefundable"}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"presentationGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"quantityConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityRounding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decimalPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"roundingMethod"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityRounding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decimalPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"roundingMethod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueProductState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueProductState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"quantityConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueCreateProductMutation, CatalogueCreateProductMutationVariables>;
export const CatalogueUpdateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueUpdateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueProduct"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueProductState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeTags"}},{"kind":"Field","name":{"kind":"Name","value":"excludeFreeUsage"}},{"kind":"Field","name":{"kind":"Name","value":"isRefundable"}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"presentationGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"quantityConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityRounding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decimalPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"roundingMethod"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityRounding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decimalPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"roundingMethod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueProductState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueProductState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"quantityConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueUpdateProductMutation, CatalogueUpdateProductMutationVariables>;
export const CatalogueArchiveProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueArchiveProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<CatalogueArchiveProductMutation, CatalogueArchiveProductMutationVariables>;
export const CatalogueProductListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueProductLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"archiveFilter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueProductListsQuery, CatalogueProductListsQueryVariables>;
export const CatalogueProductByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueProductById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueProduct"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueProductState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeTags"}},{"kind":"Field","name":{"kind":"Name","value":"excludeFreeUsage"}},{"kind":"Field","name":{"kind":"Name","value":"isRefundable"}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"presentationGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"quantityConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityRounding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decimalPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"roundingMethod"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityRounding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decimalPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"roundingMethod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueProductState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueProductState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"quantityConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueProductByIdQuery, CatalogueProductByIdQueryVariables>;
export const CatalogueCreateRateCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueCreateRateCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRateCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRateCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueRateCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueRateCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"fiatCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditTypeConversions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiatPerCustomCredit"}}]}}]}}]} as unknown as DocumentNode<CatalogueCreateRateCardMutation, CatalogueCreateRateCardMutationVariables>;
export const CatalogueUpdateRateCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueUpdateRateCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRateCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRateCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueRateCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueRateCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"fiatCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditTypeConversions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiatPerCustomCredit"}}]}}]}}]} as unknown as DocumentNode<CatalogueUpdateRateCardMutation, CatalogueUpdateRateCardMutationVariables>;
export const CatalogueArchiveRateCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueArchiveRateCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rateCardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveRateCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rateCardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rateCardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CatalogueArchiveRateCardMutation, CatalogueArchiveRateCardMutationVariables>;
export const CatalogueRateCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueRateCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueRateCardsQuery, CatalogueRateCardsQueryVariables>;
export const CatalogueRateCardByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueRateCardById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueRateCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueRateCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"fiatCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditTypeConversions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiatPerCustomCredit"}}]}}]}}]} as unknown as DocumentNode<CatalogueRateCardByIdQuery, CatalogueRateCardByIdQueryVariables>;
export const CatalogueAddRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueAddRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rateCardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rateCardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rateCardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueRate"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueRate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"productTags"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupValues"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"commitRate"}},{"kind":"Field","name":{"kind":"Name","value":"rate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"isProrated"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueAddRateMutation, CatalogueAddRateMutationVariables>;
export const CatalogueAddRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueAddRates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rateCardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rates"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rateCardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rateCardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueRate"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueRate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"productTags"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupValues"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"commitRate"}},{"kind":"Field","name":{"kind":"Name","value":"rate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"isProrated"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueAddRatesMutation, CatalogueAddRatesMutationVariables>;
export const CatalogueRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueRates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selectors"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateSelectorWithProductTagsInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"selectors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selectors"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueRate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"productTags"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupValues"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"commitRate"}},{"kind":"Field","name":{"kind":"Name","value":"rate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"isProrated"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueRatesQuery, CatalogueRatesQueryVariables>;
export const CatalogueRateScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueRateSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selectors"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateSelectorInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startingAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"selectors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selectors"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueRate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"productTags"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupValues"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"commitRate"}},{"kind":"Field","name":{"kind":"Name","value":"rate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"isProrated"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueRateScheduleQuery, CatalogueRateScheduleQueryVariables>;
export const CatalogueSetProductsOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueSetProductsOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rateCardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productOrder"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRateCardProductsOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rateCardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rateCardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"productOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueSetProductsOrderMutation, CatalogueSetProductsOrderMutationVariables>;
export const CatalogueMoveProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueMoveProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rateCardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productMoves"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMoveInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveRateCardProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rateCardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rateCardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"productMoves"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productMoves"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueMoveProductsMutation, CatalogueMoveProductsMutationVariables>;
export const CatalogueRateCardsNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueRateCardsNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fiatCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startingAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"rate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueRateCardsNestedQuery, CatalogueRateCardsNestedQueryVariables>;
export const ContractCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractWrite"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractWriteSubscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"collectionSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"quantityManagementMode"}},{"kind":"Field","name":{"kind":"Name","value":"quantitySchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seatGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"proration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceBehavior"}},{"kind":"Field","name":{"kind":"Name","value":"isProrated"}},{"kind":"Field","name":{"kind":"Name","value":"rounding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingCycleAnchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"invoicePlacement"}},{"kind":"Field","name":{"kind":"Name","value":"fiatCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractWrite"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"rateCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netPaymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"usageStatementSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"uniquenessKey"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usageFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractWriteSubscription"}}]}}]}}]} as unknown as DocumentNode<ContractCreateMutation, ContractCreateMutationVariables>;
export const ContractAmendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractAmend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendContractInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"commits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"accessSchedule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}},{"kind":"Field","name":{"kind":"Name","value":"amendments"}},{"kind":"Field","name":{"kind":"Name","value":"rateSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"listRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrideRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractAmendMutation, ContractAmendMutationVariables>;
export const ContractArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voidInvoices"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}},{"kind":"Argument","name":{"kind":"Name","value":"voidInvoices"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voidInvoices"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ContractArchiveMutation, ContractArchiveMutationVariables>;
export const ContractUpdateEndDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractUpdateEndDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allow"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContractEndDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"allowEndingBeforeFinalizedInvoice"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}}]} as unknown as DocumentNode<ContractUpdateEndDateMutation, ContractUpdateEndDateMutationVariables>;
export const ContractSetUsageFilterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractSetUsageFilter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupValues"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContractUsageFilter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupValues"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupValues"}}},{"kind":"Argument","name":{"kind":"Name","value":"startingAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"usageFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupValues"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractSetUsageFilterMutation, ContractSetUsageFilterMutationVariables>;
export const ContractSubscriptionHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractSubscriptionHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionQuantityHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subscriptionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"fiatCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"quantityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractSubscriptionHistoryQuery, ContractSubscriptionHistoryQueryVariables>;
export const ContractsOfCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractsOfCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usageFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupValues"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantitySchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractsOfCustomersQuery, ContractsOfCustomersQueryVariables>;
export const ContractRatesSelectedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractRatesSelected"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selectors"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateSelectorWithProductTagsInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"selectors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selectors"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"listRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractRatesSelectedQuery, ContractRatesSelectedQueryVariables>;
export const CustomersCreditLedgersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersCreditLedgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditLedger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludingPending"}},{"kind":"Field","name":{"kind":"Name","value":"includingPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludingPending"}},{"kind":"Field","name":{"kind":"Name","value":"includingPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditGrantLedgerEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditGrantLedgerEntryFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditGrantLedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditGrantLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"runningBalance"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"creditGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}}]} as unknown as DocumentNode<CustomersCreditLedgersQuery, CustomersCreditLedgersQueryVariables>;
export const CreditLedgerEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditLedgerEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditLedgerSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditTypeIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditLedgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"startingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"creditTypeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditTypeIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludingPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludingPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditLedgerEntriesQuery, CreditLedgerEntriesQueryVariables>;
export const CustomersCreditLedgersAliasedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersCreditLedgersAliased"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"ascending"},"name":{"kind":"Name","value":"creditLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sameAgain"},"name":{"kind":"Name","value":"creditLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"descending"},"name":{"kind":"Name","value":"creditLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersCreditLedgersAliasedQuery, CustomersCreditLedgersAliasedQueryVariables>;
export const CustomerCreditGrantDeductionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCreditGrantDeductions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balanceExcludingPending"}},{"kind":"Field","name":{"kind":"Name","value":"balanceIncludingPending"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditGrantLedgerEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingDeductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditGrantLedgerEntryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditGrantLedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditGrantLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"runningBalance"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"creditGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}}]} as unknown as DocumentNode<CustomerCreditGrantDeductionsQuery, CustomerCreditGrantDeductionsQueryVariables>;
export const CreateCreditGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCreditGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCreditGrantInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCreditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"creditGrantType"}},{"kind":"Field","name":{"kind":"Name","value":"uniquenessKey"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceIncludingPending"}}]}}]}}]} as unknown as DocumentNode<CreateCreditGrantMutation, CreateCreditGrantMutationVariables>;
export const EditCreditGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditCreditGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditGrantType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editCreditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"creditGrantType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditGrantType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"creditGrantType"}}]}}]}}]} as unknown as DocumentNode<EditCreditGrantMutation, EditCreditGrantMutationVariables>;
export const VoidCreditGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidCreditGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"releaseUniquenessKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidCreditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"releaseUniquenessKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"releaseUniquenessKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<VoidCreditGrantMutation, VoidCreditGrantMutationVariables>;
export const CreditTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditTypes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CreditTypesQuery, CreditTypesQueryVariables>;
export const CustomFieldKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomFieldKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entities"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldEntity"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entities"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enforceUniqueness"}}]}}]}}]} as unknown as DocumentNode<CustomFieldKeysQuery, CustomFieldKeysQueryVariables>;
export const AddCustomFieldKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCustomFieldKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldEntity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enforceUniqueness"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCustomFieldKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"enforceUniqueness"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enforceUniqueness"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enforceUniqueness"}}]}}]}}]} as unknown as DocumentNode<AddCustomFieldKeyMutation, AddCustomFieldKeyMutationVariables>;
export const RemoveCustomFieldKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCustomFieldKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldEntity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCustomFieldKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<RemoveCustomFieldKeyMutation, RemoveCustomFieldKeyMutationVariables>;
export const SetCustomFieldValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCustomFieldValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldEntity"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customFields"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomFieldValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"customFields"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customFields"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"contractName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillableMetric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]}}]}}]} as unknown as DocumentNode<SetCustomFieldValuesMutation, SetCustomFieldValuesMutationVariables>;
export const DeleteCustomFieldValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCustomFieldValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldEntity"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomFieldValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteCustomFieldValuesMutation, DeleteCustomFieldValuesMutationVariables>;
export const CustomerContractCustomFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerContractCustomFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerContractCustomFieldsQuery, CustomerContractCustomFieldsQueryVariables>;
export const CustomerGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ingestAliases"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fiatCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"rate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aggregationType"}},{"kind":"Field","name":{"kind":"Name","value":"aggregationKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupKeys"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"applicableProductTags"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerGraphQuery, CustomerGraphQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ingestAliases"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const SetCustomerNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCustomerName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomerName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetCustomerNameMutation, SetCustomerNameMutationVariables>;
export const ArchiveCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveCustomerMutation, ArchiveCustomerMutationVariables>;
export const SetCustomerIngestAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCustomerIngestAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ingestAliases"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomerIngestAliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ingestAliases"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ingestAliases"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"ingestAliases"}}]}}]}}]} as unknown as DocumentNode<SetCustomerIngestAliasesMutation, SetCustomerIngestAliasesMutationVariables>;
export const UpdateCustomerConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomerConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salesforceAccountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaveStripeInvoicesInDraft"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomerConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"salesforceAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salesforceAccountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"leaveStripeInvoicesInDraft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaveStripeInvoicesInDraft"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"salesforceAccountId"}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerConfigMutation, UpdateCustomerConfigMutationVariables>;
export const SetCustomerBillingConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCustomerBillingConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billingProviderType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingProviderType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"config"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerBillingConfigInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomerBillingConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"billingProviderType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billingProviderType"}}},{"kind":"Argument","name":{"kind":"Name","value":"config"},"value":{"kind":"Variable","name":{"kind":"Name","value":"config"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","alias":{"kind":"Name","value":"stripe"},"name":{"kind":"Name","value":"billingConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"EnumValue","value":"stripe"}}]}]}}]}}]} as unknown as DocumentNode<SetCustomerBillingConfigMutation, SetCustomerBillingConfigMutationVariables>;
export const DeleteCustomerBillingConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCustomerBillingConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billingProviderType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingProviderType"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomerBillingConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"billingProviderType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billingProviderType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}}]} as unknown as DocumentNode<DeleteCustomerBillingConfigMutation, DeleteCustomerBillingConfigMutationVariables>;
export const CustomerBillingConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerBillingConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingProviderType"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}]}]}}]}}]} as unknown as DocumentNode<CustomerBillingConfigQuery, CustomerBillingConfigQueryVariables>;
export const CustomersByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersByIdsQuery, CustomersByIdsQueryVariables>;
export const CustomerBillableMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerBillableMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onCurrentPlan"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billableMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"onCurrentPlan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onCurrentPlan"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerBillableMetricsQuery, CustomerBillableMetricsQueryVariables>;
export const CustomersAndTheirBillableMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersAndTheirBillableMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billableMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersAndTheirBillableMetricsQuery, CustomersAndTheirBillableMetricsQueryVariables>;
export const CustomersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersPageQuery, CustomersPageQueryVariables>;
export const CustomerNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<CustomerNamesQuery, CustomerNamesQueryVariables>;
export const CustomersWithContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersWithContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"again"},"name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersWithContractsQuery, CustomersWithContractsQueryVariables>;
export const EmbeddableDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmbeddableDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dashboard"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardOptionInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"colorOverrides"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardColorOverrideInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billableMetricGroupKeyOverrides"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillableMetricGroupKeyOverrideInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"embeddableDashboardUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dashboard"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dashboard"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"colorOverrides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"colorOverrides"}}},{"kind":"Argument","name":{"kind":"Name","value":"billableMetricGroupKeyOverrides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billableMetricGroupKeyOverrides"}}}]}]}}]}}]} as unknown as DocumentNode<EmbeddableDashboardQuery, EmbeddableDashboardQueryVariables>;
export const CustomersDashboardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersDashboards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"invoices"},"name":{"kind":"Name","value":"embeddableDashboardUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dashboard"},"value":{"kind":"EnumValue","value":"invoices"}}]},{"kind":"Field","alias":{"kind":"Name","value":"usage"},"name":{"kind":"Name","value":"embeddableDashboardUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dashboard"},"value":{"kind":"EnumValue","value":"usage"}}]}]}}]}}]}}]} as unknown as DocumentNode<CustomersDashboardsQuery, CustomersDashboardsQueryVariables>;
export const CustomerInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"endTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appliedCommitOrCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerInvoicesQuery, CustomerInvoicesQueryVariables>;
export const InvoiceSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceSummaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceTypeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skipZeroQtyLineItems"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}},{"kind":"Argument","name":{"kind":"Name","value":"startingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"skipZeroQtyLineItems"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skipZeroQtyLineItems"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceSummariesQuery, InvoiceSummariesQueryVariables>;
export const ContractInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceTypeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractInvoicesQuery, ContractInvoicesQueryVariables>;
export const InvoiceByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"endTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appliedCommitOrCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceByIdQuery, InvoiceByIdQueryVariables>;
export const InvoiceNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceNodeQuery, InvoiceNodeQueryVariables>;
export const InvoicesWithOriginsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesWithOrigins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"USAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regeneratedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesWithOriginsQuery, InvoicesWithOriginsQueryVariables>;
export const InvoiceBreakdownsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceBreakdowns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceBreakdownWindowSize"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceBreakdowns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"windowSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakdownStartTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"breakdownEndTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"startTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"endTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceBreakdownsQuery, InvoiceBreakdownsQueryVariables>;
export const CustomerCostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"endTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"creditTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"lineItemBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupValue"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerCostsQuery, CustomerCostsQueryVariables>;
export const PreviewEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewEventInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewEventsMode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skipZeroQtyLineItems"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"skipZeroQtyLineItems"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skipZeroQtyLineItems"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"endTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreviewEventsQuery, PreviewEventsQueryVariables>;
export const PreviewHistoricalInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewHistoricalInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoices"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HistoricalInvoiceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewHistoricalInvoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoices"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoices"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"endTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewHistoricalInvoicesQuery, PreviewHistoricalInvoicesQueryVariables>;
export const VoidInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<VoidInvoiceMutation, VoidInvoiceMutationVariables>;
export const RegenerateInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regeneratedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RegenerateInvoiceMutation, RegenerateInvoiceMutationVariables>;
export const ScheduleProServicesInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleProServicesInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleProServicesInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleProServicesInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleProServicesInvoiceMutation, ScheduleProServicesInvoiceMutationVariables>;
export const CreateHistoricalInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateHistoricalInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoices"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HistoricalInvoiceInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHistoricalInvoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoices"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoices"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"endTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateHistoricalInvoicesMutation, CreateHistoricalInvoicesMutationVariables>;
export const AddCustomerChargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCustomerCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCustomerChargeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCustomerCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCustomerChargeMutation, AddCustomerChargeMutationVariables>;
export const InvoicesOfCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesOfCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sameInvoices"},"name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesOfCustomersQuery, InvoicesOfCustomersQueryVariables>;
export const PlanInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingProviderType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subLineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"chargeId"}},{"kind":"Field","name":{"kind":"Name","value":"tierPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanInvoicesQuery, PlanInvoicesQueryVariables>;
export const NamedScheduleUpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NamedScheduleUpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scheduleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coveringDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomerNamedSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scheduleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheduleName"}}},{"kind":"Argument","name":{"kind":"Name","value":"startingAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"namedSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheduleName"}}},{"kind":"Argument","name":{"kind":"Name","value":"coveringDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coveringDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<NamedScheduleUpdateCustomerMutation, NamedScheduleUpdateCustomerMutationVariables>;
export const NamedScheduleUpdateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NamedScheduleUpdateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scheduleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContractNamedSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scheduleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheduleName"}}},{"kind":"Argument","name":{"kind":"Name","value":"startingAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"namedSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheduleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<NamedScheduleUpdateContractMutation, NamedScheduleUpdateContractMutationVariables>;
export const NamedScheduleUpdateRateCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NamedScheduleUpdateRateCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rateCardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scheduleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRateCardNamedSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rateCardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rateCardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scheduleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheduleName"}}},{"kind":"Argument","name":{"kind":"Name","value":"startingAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"namedSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheduleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<NamedScheduleUpdateRateCardMutation, NamedScheduleUpdateRateCardMutationVariables>;
export const NamedScheduleReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NamedScheduleRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rateCardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coveringDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namedSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"coveringDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coveringDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namedSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"coveringDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coveringDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namedSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"coveringDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coveringDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rateCardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namedSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"coveringDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coveringDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<NamedScheduleReadQuery, NamedScheduleReadQueryVariables>;
export const NamedSchedulesOfCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NamedSchedulesOfCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namedSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"again"},"name":{"kind":"Name","value":"namedSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namedSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NamedSchedulesOfCustomersQuery, NamedSchedulesOfCustomersQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","alias":{"kind":"Name","value":"contractName"},"name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","alias":{"kind":"Name","value":"commitName"},"name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","alias":{"kind":"Name","value":"creditName"},"name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillableMetric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"contractName"},"name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const PlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PlansQuery, PlansQueryVariables>;
export const PlansWithMinimumsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlansWithMinimums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"minimums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlansWithMinimumsQuery, PlansWithMinimumsQueryVariables>;
export const PlanDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargesFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"minimums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"startPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overageRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toFiatConversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"startPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fiatCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amountGranted"}},{"kind":"Field","name":{"kind":"Name","value":"amountGrantedCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaidCreditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDuration"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"sendInvoice"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceDuration"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceInterval"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargesFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"chargeType"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"startPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"tierResetFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"roundingBehavior"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"collectionSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"collectionInterval"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanDetailsQuery, PlanDetailsQueryVariables>;
export const PlanCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCustomerStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"startingOn"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"customerPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanCustomersQuery, PlanCustomersQueryVariables>;
export const CustomersPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"planDescription"}},{"kind":"Field","name":{"kind":"Name","value":"startingOn"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"netPaymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"trialInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"spendingCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"minimums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceAdjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeId"}},{"kind":"Field","name":{"kind":"Name","value":"chargeType"}},{"kind":"Field","name":{"kind":"Name","value":"startPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustmentType"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersPlansQuery, CustomersPlansQueryVariables>;
export const AddCustomerPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCustomerPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCustomerPlanInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCustomerPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"startingOn"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"netPaymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"trialInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"spendingCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountRemaining"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceAdjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeId"}},{"kind":"Field","name":{"kind":"Name","value":"chargeType"}},{"kind":"Field","name":{"kind":"Name","value":"startPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustmentType"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCustomerPlanMutation, AddCustomerPlanMutationVariables>;
export const EndCustomerPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCustomerPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerPlanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCustomerPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerPlanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerPlanId"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"startingOn"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}}]} as unknown as DocumentNode<EndCustomerPlanMutation, EndCustomerPlanMutationVariables>;
export const CustomerSeatCreditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerSeatCredits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityManagementMode"}},{"kind":"Field","name":{"kind":"Name","value":"seatGroupKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringCredits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accessAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitDurationPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"proration"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"recurringCreditId"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocation"}},{"kind":"Field","name":{"kind":"Name","value":"seatIncreaseProrated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessSegments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerSeatCreditsQuery, CustomerSeatCreditsQueryVariables>;
export const BillingOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BillingOverviewQuery, BillingOverviewQueryVariables>;
export const InvoicesPaidByCommitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesPaidByCommits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appliedCommitOrCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesPaidByCommitsQuery, InvoicesPaidByCommitsQueryVariables>;
export const IngestUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageEventInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withEvents"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionIds"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withEvents"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"isDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"processedAt"}},{"kind":"Field","name":{"kind":"Name","value":"matchedCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedBillableMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IngestUsageMutation, IngestUsageMutationVariables>;
export const CustomerUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowSize"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billableMetrics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageBillableMetricInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"windowSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"billableMetrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billableMetrics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billableMetricName"}},{"kind":"Field","name":{"kind":"Name","value":"startTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"endTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerUsageQuery, CustomerUsageQueryVariables>;
export const CustomersGroupedUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersGroupedUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billableMetrics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageBillableMetricInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"windowSize"},"value":{"kind":"EnumValue","value":"NONE"}},{"kind":"Argument","name":{"kind":"Name","value":"billableMetrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billableMetrics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billableMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersGroupedUsageQuery, CustomersGroupedUsageQueryVariables>;
export const AllUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowSize"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"windowSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billableMetricName"}},{"kind":"Field","name":{"kind":"Name","value":"startTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AllUsageQuery, AllUsageQueryVariables>;
export const CustomerUsageGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerUsageGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billableMetricId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowSize"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPeriod"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupKey"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupFilters"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageGroupFilterInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metronomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"billableMetricId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billableMetricId"}}},{"kind":"Argument","name":{"kind":"Name","value":"windowSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"startingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"endingBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endingBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"currentPeriod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPeriod"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupFilters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupFilters"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingOn"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerUsageGroupsQuery, CustomerUsageGroupsQueryVariables>;
export const UsageEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsageEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"transactionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"others"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"transactionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"transactionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"isDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"matchedCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"others"},"name":{"kind":"Name","value":"usageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"transactionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"others"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionId"}}]}}]}}]} as unknown as DocumentNode<UsageEventsQuery, UsageEventsQueryVariables>;