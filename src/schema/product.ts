import type {
  ProductListItemState,
  ProductListResponse,
  QuantityConversion as QuantityConversionWire,
  QuantityRounding as QuantityRoundingWire,
} from '@metronome/sdk/resources/v1/contracts/products';
import { loadEachById } from '../loaders/by-id.js';
import { BillableMetric } from './billable-metric.js';
import { builder } from './builder.js';
import { customFieldsField } from './custom-fields.js';
import { idempotencyKeyArg } from './mutation.js';
import { connectionType, pagingArgs, resolveCursorConnection } from './pagination.js';
import { primeWithPage } from './prime.js';

export type ProductShape = ProductListResponse;

/** Resolvers return a product, or its id to have it loaded (`POST /v1/contract-pricing/products/get`, once per id). */
export const Product = builder.loadableNodeRef('Product', {
  load: (ids: string[], { api }) =>
    loadEachById(ids, (id) => api.products.retrieve({ id }) as Promise<{ data: ProductShape }>),
  id: { resolve: (product: ProductShape) => product.id },
});

export const ProductType = builder.enumType('ProductType', {
  description: 'What a product charges for.',
  values: ['USAGE', 'SUBSCRIPTION', 'COMPOSITE', 'FIXED', 'PRO_SERVICE'] as const,
});

const DESCRIPTIONS = {
  pricingGroupKey:
    'For USAGE products only. If set, pricing for this product will be determined for each pricing_group_key value, as opposed to the product as a whole. The superset of values in the pricing group key and presentation group key must be set as one compound group key on the billable metric.',
  presentationGroupKey:
    'For USAGE products only. Groups usage line items on invoices. The superset of values in the pricing group key and presentation group key must be set as one compound group key on the billable metric.',
  quantityConversion:
    'Optional. Only valid for USAGE products. If provided, the quantity will be converted using the provided conversion factor and operation. For example, if the operation is "multiply" and the conversion factor is 100, then the quantity will be multiplied by 100. This can be used in cases where data is sent in one unit and priced in another. For example, data could be sent in MB and priced in GB. In this case, the conversion factor would be 1024 and the operation would be "divide".',
  quantityRounding:
    'Optional. Only valid for USAGE products. If provided, the quantity will be rounded using the provided rounding method and decimal places. For example, if the method is "round up" and the decimal places is 0, then the quantity will be rounded up to the nearest integer.',
  excludeFreeUsage:
    'Beta feature only available for composite products. If true, products with $0 will not be included when computing composite usage. Defaults to false',
  isRefundable: "This field's availability is dependent on your client's configuration. Defaults to true.",
  netsuite: "This field's availability is dependent on your client's configuration.",
  sqlBreakdownGranularity:
    "Defines the breakdown behavior when calculating usage from SQL Billable Metrics. If set to 'service_period' (default), the usage will be evaluated once for all events the invoice service period and the usage will be applied at the last instant of the invoice. If set to 'hour', it will be broken down and evaluated for each hour. For most use cases, 'hour' is recommended. The setting has no effect for Streaming Billable Metrics.",
};

export const QuantityConversionOperation = builder.enumType('QuantityConversionOperation', {
  description: 'The operation to perform on the quantity',
  values: ['MULTIPLY', 'DIVIDE'] as const,
});

export const QuantityRoundingMethod = builder.enumType('QuantityRoundingMethod', {
  description: 'How a quantity is rounded to its decimal places.',
  values: ['ROUND_UP', 'ROUND_DOWN', 'ROUND_HALF_UP'] as const,
});

const QuantityConversion = builder.objectRef<QuantityConversionWire>('QuantityConversion').implement({
  description: DESCRIPTIONS.quantityConversion,
  fields: (t) => ({
    conversionFactor: t.exposeFloat('conversion_factor', { description: 'The factor to multiply or divide the quantity by.' }),
    operation: t.field({
      type: QuantityConversionOperation,
      description: 'The operation to perform on the quantity',
      resolve: (conversion) => conversion.operation,
    }),
    name: t.string({ nullable: true, description: 'Optional name for this conversion.', resolve: (c) => c.name ?? null }),
  }),
});

const QuantityRounding = builder.objectRef<QuantityRoundingWire>('QuantityRounding').implement({
  description: DESCRIPTIONS.quantityRounding,
  fields: (t) => ({
    decimalPlaces: t.exposeInt('decimal_places', { description: 'The number of decimal places to round the quantity to.' }),
    roundingMethod: t.field({
      type: QuantityRoundingMethod,
      description: 'How the quantity is rounded.',
      resolve: (rounding) => rounding.rounding_method,
    }),
  }),
});

/** A state of a product: its initial or current configuration. */
const ProductState = builder.objectRef<ProductListItemState>('ProductState').implement({
  description: 'A product’s configuration as of one point in time: its initial state, or its current one with updates applied.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'displayed on invoices' }),
    startingAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When this state took effect.',
      resolve: (state) => state.starting_at ?? null,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When this state was created.', resolve: (state) => state.created_at }),
    createdBy: t.exposeString('created_by', { description: 'Who created this state.' }),
    tags: t.stringList({ description: 'Tags of the product.', resolve: (state) => state.tags ?? [] }),
    billableMetric: t.field({
      type: BillableMetric,
      nullable: true,
      description: 'The billable metric a USAGE product prices; null for other products.',
      resolve: (state) => state.billable_metric_id ?? null,
    }),
    compositeProducts: t.field({
      type: [Product],
      description: 'For COMPOSITE products: the products whose spend it is computed from.',
      resolve: (state) => state.composite_product_ids ?? [],
    }),
    compositeTags: t.stringList({
      description: 'For COMPOSITE products: tags of the products whose spend it is computed from.',
      resolve: (state) => state.composite_tags ?? [],
    }),
    excludeFreeUsage: t.boolean({
      nullable: true,
      description: DESCRIPTIONS.excludeFreeUsage,
      resolve: (state) => state.exclude_free_usage ?? null,
    }),
    isRefundable: t.boolean({ nullable: true, description: DESCRIPTIONS.isRefundable, resolve: (state) => state.is_refundable ?? null }),
    netsuiteInternalItemId: t.string({
      nullable: true,
      description: DESCRIPTIONS.netsuite,
      resolve: (state) => state.netsuite_internal_item_id ?? null,
    }),
    netsuiteOverageItemId: t.string({
      nullable: true,
      description: DESCRIPTIONS.netsuite,
      resolve: (state) => state.netsuite_overage_item_id ?? null,
    }),
    pricingGroupKey: t.stringList({ description: DESCRIPTIONS.pricingGroupKey, resolve: (state) => state.pricing_group_key ?? [] }),
    presentationGroupKey: t.stringList({
      description: DESCRIPTIONS.presentationGroupKey,
      resolve: (state) => state.presentation_group_key ?? [],
    }),
    quantityConversion: t.field({
      type: QuantityConversion,
      nullable: true,
      description: DESCRIPTIONS.quantityConversion,
      resolve: (state) => state.quantity_conversion ?? null,
    }),
    quantityRounding: t.field({
      type: QuantityRounding,
      nullable: true,
      description: DESCRIPTIONS.quantityRounding,
      resolve: (state) => state.quantity_rounding ?? null,
    }),
  }),
});

/** One scheduled change of a product: only the fields it sets are present. */
const ProductUpdate = builder.objectRef<ProductListResponse.Update>('ProductUpdate').implement({
  description:
    'One change to a product (`updateProduct`), taking effect at `startingAt`: fields it did not change are null.',
  fields: (t) => ({
    startingAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the change takes effect.',
      resolve: (update) => update.starting_at ?? null,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When the change was made.', resolve: (update) => update.created_at }),
    createdBy: t.exposeString('created_by', { description: 'Who made the change.' }),
    name: t.string({ nullable: true, description: 'The new name; null when unchanged.', resolve: (u) => u.name ?? null }),
    tags: t.stringList({ nullable: true, description: 'The new tags; null when unchanged.', resolve: (u) => u.tags ?? null }),
    billableMetric: t.field({
      type: BillableMetric,
      nullable: true,
      description: 'The new billable metric; null when unchanged.',
      resolve: (update) => update.billable_metric_id ?? null,
    }),
    compositeProducts: t.field({
      type: [Product],
      nullable: true,
      description: 'The new composite products; null when unchanged.',
      resolve: (update) => update.composite_product_ids ?? null,
    }),
    compositeTags: t.stringList({
      nullable: true,
      description: 'The new composite tags; null when unchanged.',
      resolve: (update) => update.composite_tags ?? null,
    }),
    excludeFreeUsage: t.boolean({
      nullable: true,
      description: `${DESCRIPTIONS.excludeFreeUsage} Null when unchanged.`,
      resolve: (update) => update.exclude_free_usage ?? null,
    }),
    isRefundable: t.boolean({
      nullable: true,
      description: 'The new refundability; null when unchanged.',
      resolve: (update) => update.is_refundable ?? null,
    }),
    netsuiteInternalItemId: t.string({
      nullable: true,
      description: `${DESCRIPTIONS.netsuite} Null when unchanged.`,
      resolve: (update) => update.netsuite_internal_item_id ?? null,
    }),
    netsuiteOverageItemId: t.string({
      nullable: true,
      description: `${DESCRIPTIONS.netsuite} Null when unchanged.`,
      resolve: (update) => update.netsuite_overage_item_id ?? null,
    }),
    pricingGroupKey: t.stringList({
      nullable: true,
      description: 'The new pricing group key; null when unchanged.',
      resolve: (update) => update.pricing_group_key ?? null,
    }),
    presentationGroupKey: t.stringList({
      nullable: true,
      description: 'The new presentation group key; null when unchanged.',
      resolve: (update) => update.presentation_group_key ?? null,
    }),
    quantityConversion: t.field({
      type: QuantityConversion,
      nullable: true,
      description: 'The new quantity conversion; null when unchanged or removed.',
      resolve: (update) => update.quantity_conversion ?? null,
    }),
    quantityRounding: t.field({
      type: QuantityRounding,
      nullable: true,
      description: 'The new quantity rounding; null when unchanged or removed.',
      resolve: (update) => update.quantity_rounding ?? null,
    }),
  }),
});

const current = (product: ProductShape): ProductListItemState => product.current;

Product.implement({
  description:
    'A product: the item a rate card prices and an invoice line item charges for — usage of a billable metric, a subscription, a fixed charge, a composite of other products, or professional services. Its top-level fields are its current state (`current`); `initial` is its state when created and `updates` its changes.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the product.' }),
    type: t.field({ type: ProductType, description: 'What the product charges for.', resolve: (product) => product.type }),
    name: t.string({ description: 'The name of the product (current).', resolve: (product) => current(product).name }),
    startingAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the current state of the product took effect.',
      resolve: (product) => current(product).starting_at ?? null,
    }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'When the current state of the product was created.',
      resolve: (product) => current(product).created_at,
    }),
    createdBy: t.string({ description: 'Who created the current state of the product.', resolve: (product) => current(product).created_by }),
    tags: t.stringList({ description: 'Tags of the product (current).', resolve: (product) => current(product).tags ?? [] }),
    billableMetric: t.field({
      type: BillableMetric,
      nullable: true,
      description: 'The billable metric a USAGE product prices; null for other products.',
      resolve: (product) => current(product).billable_metric_id ?? null,
    }),
    compositeProducts: t.field({
      type: [Product],
      description: 'For COMPOSITE products: the products whose spend it is computed from.',
      resolve: (product) => current(product).composite_product_ids ?? [],
    }),
    compositeTags: t.stringList({
      description: 'For COMPOSITE products: tags of the products whose spend it is computed from.',
      resolve: (product) => current(product).composite_tags ?? [],
    }),
    pricingGroupKey: t.stringList({
      description: DESCRIPTIONS.pricingGroupKey,
      resolve: (product) => current(product).pricing_group_key ?? [],
    }),
    presentationGroupKey: t.stringList({
      description: DESCRIPTIONS.presentationGroupKey,
      resolve: (product) => current(product).presentation_group_key ?? [],
    }),
    quantityConversion: t.field({
      type: QuantityConversion,
      nullable: true,
      description: DESCRIPTIONS.quantityConversion,
      resolve: (product) => current(product).quantity_conversion ?? null,
    }),
    quantityRounding: t.field({
      type: QuantityRounding,
      nullable: true,
      description: DESCRIPTIONS.quantityRounding,
      resolve: (product) => current(product).quantity_rounding ?? null,
    }),
    current: t.field({
      type: ProductState,
      description: 'The product’s state now: its initial state with every update that has taken effect applied.',
      resolve: (product) => product.current,
    }),
    initial: t.field({
      type: ProductState,
      description: 'The product’s state when it was created.',
      resolve: (product) => product.initial,
    }),
    updates: t.field({
      type: [ProductUpdate],
      description: 'The changes made to the product, past and scheduled, each with the fields it changed and when it takes effect.',
      resolve: (product) => product.updates ?? [],
    }),
    archivedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the product was archived; null while it is active.',
      resolve: (product) => product.archived_at ?? null,
    }),
    customFields: customFieldsField(t),
  }),
});

export const ArchiveFilter = builder.enumType('ArchiveFilter', {
  description: 'Which items a list returns by archive state.',
  values: ['ARCHIVED', 'NOT_ARCHIVED', 'ALL'] as const,
});

const MAX_PAGE = 100;
const ProductConnection = connectionType('Product', Product, 'A page of products.');

builder.queryFields((t) => ({
  products: t.field({
    type: ProductConnection,
    description:
      'Get a paginated list of all products in your organization with their complete configuration, version history, and metadata. By default excludes archived products unless explicitly requested via the `archive_filter` parameter (`POST /v1/contract-pricing/products/list`).',
    args: {
      ...pagingArgs(t.arg, MAX_PAGE),
      archiveFilter: t.arg({
        type: ArchiveFilter,
        required: false,
        description: 'Filter options for the product list. If not provided, defaults to not archived.',
      }),
    },
    resolve: async (_root, args, context) => {
      const connection = await resolveCursorConnection(args, MAX_PAGE, ({ limit, nextPage }) =>
        context.api.products.list({ limit, next_page: nextPage, archive_filter: args.archiveFilter ?? undefined }),
      );
      // Links to these products (a rate's, a commit's) then need no `products/get`.
      return primeWithPage(Product.getDataloader(context), connection, (node) => node.id);
    },
  }),
  product: t.field({
    type: Product,
    nullable: true,
    description:
      'Retrieve a product by its ID, including all metadata and historical changes (`POST /v1/contract-pricing/products/get`); null (with a NOT_FOUND error) when there is none.',
    args: { metronomeId: t.arg.string({ required: true, description: 'The ID of the product.' }) },
    resolve: (_root, args) => args.metronomeId,
  }),
}));

const SqlBreakdownGranularity = builder.enumType('SqlBreakdownGranularity', {
  description: DESCRIPTIONS.sqlBreakdownGranularity,
  values: ['HOUR', 'SERVICE_PERIOD'] as const,
});

const QuantityConversionInput = builder.inputType('QuantityConversionInput', {
  description: DESCRIPTIONS.quantityConversion,
  fields: (t) => ({
    conversionFactor: t.float({ required: true, description: 'The factor to multiply or divide the quantity by.' }),
    operation: t.field({ type: QuantityConversionOperation, required: true, description: 'The operation to perform on the quantity' }),
    name: t.string({ required: false, description: 'Optional name for this conversion.' }),
  }),
});

const QuantityRoundingInput = builder.inputType('QuantityRoundingInput', {
  description: DESCRIPTIONS.quantityRounding,
  fields: (t) => ({
    decimalPlaces: t.int({ required: true, description: 'The number of decimal places to round the quantity to.' }),
    roundingMethod: t.field({ type: QuantityRoundingMethod, required: true, description: 'How the quantity is rounded.' }),
  }),
});

const CreateProductInput = builder.inputType('CreateProductInput', {
  description: 'A new product (`POST /v1/contract-pricing/products/create`).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'displayed on invoices' }),
    type: t.field({ type: ProductType, required: true, description: 'What the product charges for; it cannot be changed later.' }),
    billableMetricId: t.string({ required: false, description: 'Required for USAGE products' }),
    compositeProductIds: t.stringList({ required: false, description: 'Required for COMPOSITE products' }),
    compositeTags: t.stringList({ required: false, description: 'Required for COMPOSITE products' }),
    customFields: t.field({ type: 'JSON', required: false, description: 'Custom fields to be added eg. { "key1": "value1", "key2": "value2" }' }),
    excludeFreeUsage: t.boolean({ required: false, description: DESCRIPTIONS.excludeFreeUsage }),
    isRefundable: t.boolean({ required: false, description: DESCRIPTIONS.isRefundable }),
    netsuiteInternalItemId: t.string({ required: false, description: DESCRIPTIONS.netsuite }),
    netsuiteOverageItemId: t.string({ required: false, description: DESCRIPTIONS.netsuite }),
    presentationGroupKey: t.stringList({ required: false, description: DESCRIPTIONS.presentationGroupKey }),
    pricingGroupKey: t.stringList({ required: false, description: DESCRIPTIONS.pricingGroupKey }),
    quantityConversion: t.field({ type: QuantityConversionInput, required: false, description: DESCRIPTIONS.quantityConversion }),
    quantityRounding: t.field({ type: QuantityRoundingInput, required: false, description: DESCRIPTIONS.quantityRounding }),
    sqlBreakdownGranularity: t.field({ type: SqlBreakdownGranularity, required: false, description: DESCRIPTIONS.sqlBreakdownGranularity }),
    tags: t.stringList({ required: false, description: 'Tags of the product.' }),
  }),
});

const UpdateProductInput = builder.inputType('UpdateProductInput', {
  description:
    'A change to a product (`POST /v1/contract-pricing/products/update`): fields left out keep their current value.',
  fields: (t) => ({
    productId: t.string({ required: true, description: 'ID of the product to update' }),
    startingAt: t.field({
      type: 'DateTime',
      required: true,
      description: 'Timestamp representing when the update should go into effect. It must be on an hour boundary (e.g. 1:00, not 1:30).',
    }),
    name: t.string({ required: false, description: "displayed on invoices. If not provided, defaults to product's current name." }),
    billableMetricId: t.string({
      required: false,
      description: "Available for USAGE products only. If not provided, defaults to product's current billable metric.",
    }),
    compositeProductIds: t.stringList({
      required: false,
      description: "Available for COMPOSITE products only. If not provided, defaults to product's current composite_product_ids.",
    }),
    compositeTags: t.stringList({
      required: false,
      description: "Available for COMPOSITE products only. If not provided, defaults to product's current composite_tags.",
    }),
    excludeFreeUsage: t.boolean({ required: false, description: DESCRIPTIONS.excludeFreeUsage }),
    isRefundable: t.boolean({
      required: false,
      description: "Defaults to product's current refundability status. This field's availability is dependent on your client's configuration.",
    }),
    netsuiteInternalItemId: t.string({
      required: false,
      description: "If not provided, defaults to product's current netsuite_internal_item_id. This field's availability is dependent on your client's configuration.",
    }),
    netsuiteOverageItemId: t.string({
      required: false,
      description:
        "Available for USAGE and COMPOSITE products only. If not provided, defaults to product's current netsuite_overage_item_id. This field's availability is dependent on your client's configuration.",
    }),
    presentationGroupKey: t.stringList({ required: false, description: DESCRIPTIONS.presentationGroupKey }),
    pricingGroupKey: t.stringList({ required: false, description: DESCRIPTIONS.pricingGroupKey }),
    quantityConversion: t.field({
      type: QuantityConversionInput,
      required: false,
      description: `${DESCRIPTIONS.quantityConversion} An explicit null removes the conversion.`,
    }),
    quantityRounding: t.field({
      type: QuantityRoundingInput,
      required: false,
      description: `${DESCRIPTIONS.quantityRounding} An explicit null removes the rounding.`,
    }),
    sqlBreakdownGranularity: t.field({ type: SqlBreakdownGranularity, required: false, description: DESCRIPTIONS.sqlBreakdownGranularity }),
    tags: t.stringList({ required: false, description: "If not provided, defaults to product's current tags" }),
  }),
});

type ConversionArg = { conversionFactor: number; operation: 'MULTIPLY' | 'DIVIDE'; name?: string | null } | null | undefined;
type RoundingArg = { decimalPlaces: number; roundingMethod: QuantityRoundingWire['rounding_method'] } | null | undefined;

/** Absent stays absent; an explicit null is sent as null (it removes the setting). */
function quantityConversionBody(conversion: ConversionArg): QuantityConversionWire | null | undefined {
  if (conversion === undefined || conversion === null) return conversion;
  return {
    conversion_factor: conversion.conversionFactor,
    operation: conversion.operation,
    ...(conversion.name != null ? { name: conversion.name } : {}),
  };
}

function quantityRoundingBody(rounding: RoundingArg): QuantityRoundingWire | null | undefined {
  if (rounding === undefined || rounding === null) return rounding;
  return { decimal_places: rounding.decimalPlaces, rounding_method: rounding.roundingMethod };
}

builder.mutationFields((t) => ({
  createProduct: t.field({
    type: Product,
    description:
      "Create a new product object (`POST /v1/contract-pricing/products/create`). Products in Metronome represent your company's individual product or service offerings. A Product can be thought of as the basic unit of a line item on the invoice. This is analogous to SKUs or items in an ERP system. Give the product a meaningful name as they will appear on customer invoices.",
    args: {
      input: t.arg({ type: CreateProductInput, required: true, description: 'The product to create.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { input, idempotencyKey }, { api }) => {
      const { data } = await api.products.create(
        {
          name: input.name,
          type: input.type,
          billable_metric_id: input.billableMetricId ?? undefined,
          composite_product_ids: input.compositeProductIds ?? undefined,
          composite_tags: input.compositeTags ?? undefined,
          custom_fields: (input.customFields as Record<string, string> | null) ?? undefined,
          exclude_free_usage: input.excludeFreeUsage ?? undefined,
          is_refundable: input.isRefundable ?? undefined,
          netsuite_internal_item_id: input.netsuiteInternalItemId ?? undefined,
          netsuite_overage_item_id: input.netsuiteOverageItemId ?? undefined,
          presentation_group_key: input.presentationGroupKey ?? undefined,
          pricing_group_key: input.pricingGroupKey ?? undefined,
          quantity_conversion: quantityConversionBody(input.quantityConversion) ?? undefined,
          quantity_rounding: quantityRoundingBody(input.quantityRounding) ?? undefined,
          sql_breakdown_granularity: input.sqlBreakdownGranularity ?? undefined,
          tags: input.tags ?? undefined,
        },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      return data.id;
    },
  }),
  updateProduct: t.field({
    type: Product,
    description:
      "Updates a product's configuration while maintaining billing continuity for active customers (`POST /v1/contract-pricing/products/update`). Changes are scheduled using the starting_at timestamp, which must be on an hour boundary—set future dates to schedule updates ahead of time, or past dates for retroactive changes. Product type cannot be changed after creation.",
    args: {
      input: t.arg({ type: UpdateProductInput, required: true, description: 'The change to make.' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { input, idempotencyKey }, context) => {
      const { data } = await context.api.products.update(
        {
          product_id: input.productId,
          starting_at: input.startingAt,
          name: input.name ?? undefined,
          billable_metric_id: input.billableMetricId ?? undefined,
          composite_product_ids: input.compositeProductIds ?? undefined,
          composite_tags: input.compositeTags ?? undefined,
          exclude_free_usage: input.excludeFreeUsage ?? undefined,
          is_refundable: input.isRefundable ?? undefined,
          netsuite_internal_item_id: input.netsuiteInternalItemId ?? undefined,
          netsuite_overage_item_id: input.netsuiteOverageItemId ?? undefined,
          presentation_group_key: input.presentationGroupKey ?? undefined,
          pricing_group_key: input.pricingGroupKey ?? undefined,
          quantity_conversion: quantityConversionBody(input.quantityConversion),
          quantity_rounding: quantityRoundingBody(input.quantityRounding),
          sql_breakdown_granularity: input.sqlBreakdownGranularity ?? undefined,
          tags: input.tags ?? undefined,
        },
        { idempotencyKey: idempotencyKey ?? undefined },
      );
      Product.getDataloader(context).clear(data.id);
      return data.id;
    },
  }),
  archiveProduct: t.field({
    type: Product,
    description:
      'Archive a product (`POST /v1/contract-pricing/products/archive`). Any current rate cards associated with this product will continue to function as normal. However, it will no longer be available as an option for newly created rates. Once you archive a product, you can still retrieve it in the UI and API, but you cannot unarchive it.',
    args: {
      productId: t.arg.string({ required: true, description: 'ID of the product to be archived' }),
      idempotencyKey: t.arg(idempotencyKeyArg),
    },
    resolve: async (_root, { productId, idempotencyKey }, context) => {
      const { data } = await context.api.products.archive({ product_id: productId }, { idempotencyKey: idempotencyKey ?? undefined });
      Product.getDataloader(context).clear(data.id);
      return data.id;
    },
  }),
}));
