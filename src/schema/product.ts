import type { ProductListItemState, ProductListResponse } from '@metronome/sdk/resources/v1/contracts/products';
import { loadEachById } from '../loaders/by-id.js';
import { BillableMetric } from './billable-metric.js';
import { builder } from './builder.js';
import { customFieldsField } from './custom-fields.js';
import { connectionType, pagingArgs, resolveCursorConnection } from './pagination.js';

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

const current = (product: ProductShape): ProductListItemState => product.current;

Product.implement({
  description:
    'A product: the item a rate card prices and an invoice line item charges for — usage of a billable metric, a subscription, a fixed charge, a composite of other products, or professional services. Its fields are its current state; `updates` lists scheduled changes.',
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
      description:
        'For USAGE products only. If set, pricing for this product will be determined for each pricing_group_key value, as opposed to the product as a whole. The superset of values in the pricing group key and presentation group key must be set as one compound group key on the billable metric.',
      resolve: (product) => current(product).pricing_group_key ?? [],
    }),
    presentationGroupKey: t.stringList({
      description:
        'For USAGE products only. Groups usage line items on invoices. The superset of values in the pricing group key and presentation group key must be set as one compound group key on the billable metric.',
      resolve: (product) => current(product).presentation_group_key ?? [],
    }),
    quantityConversion: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Optional. Only valid for USAGE products. If provided, the quantity will be converted using the provided conversion factor and operation (`conversion_factor`, `operation`: MULTIPLY or DIVIDE).',
      resolve: (product) => current(product).quantity_conversion ?? null,
    }),
    quantityRounding: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Optional. Only valid for USAGE products. If provided, the quantity will be rounded using the provided rounding method and decimal places (`rounding_method`, `decimal_places`).',
      resolve: (product) => current(product).quantity_rounding ?? null,
    }),
    updates: t.field({
      type: 'JSON',
      description: 'The history of changes to the product, each with the fields it changed and when it takes effect.',
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
    description: 'List products (`POST /v1/contract-pricing/products/list`).',
    args: {
      ...pagingArgs(t.arg, MAX_PAGE),
      archiveFilter: t.arg({
        type: ArchiveFilter,
        required: false,
        description: 'Filter options for the product list. If not provided, defaults to not archived.',
      }),
    },
    resolve: (_root, args, { api }) =>
      resolveCursorConnection(args, MAX_PAGE, ({ limit, nextPage }) =>
        api.products.list({ limit, next_page: nextPage, archive_filter: args.archiveFilter ?? undefined }),
      ),
  }),
  product: t.field({
    type: Product,
    nullable: true,
    description: 'Retrieve a product by its ID, including all metadata and historical changes; null (with a NOT_FOUND error) when there is none.',
    args: { metronomeId: t.arg.string({ required: true, description: 'The ID of the product.' }) },
    resolve: (_root, args) => args.metronomeId,
  }),
}));
