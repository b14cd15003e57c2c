import { randomUUID } from 'node:crypto';
import type {
  ProductArchiveParams,
  ProductCreateParams,
  ProductListParams,
  ProductListResponse,
  ProductRetrieveParams,
  ProductRetrieveResponse,
  ProductUpdateParams,
} from '@metronome/sdk/resources/v1/contracts/products';
import { BadRequestError } from '../http/api-error.js';
import { defineRoute, type Domain } from '../http/route.js';
import { API_TOKEN_ACTOR } from '../store/audit-log.js';
import { requireBillableMetric, sameKeySet, type StoredBillableMetric } from '../store/billable-metrics.js';
import { assignCustomFields } from '../store/custom-field-keys.js';
import { customFieldsOf } from '../store/custom-fields.js';
import type { Db } from '../store/database.js';
import {
  productAsOf,
  productCollection,
  productInForce,
  type ProductState,
  type ProductUpdate,
  type StoredProduct,
} from '../store/products.js';

type ProductType = StoredProduct['type'];

/** The fields of a product's state that a create or update request can set. */
type ProductFields = Omit<ProductCreateParams, 'type' | 'name' | 'custom_fields' | 'sql_breakdown_granularity'> &
  Pick<ProductState, 'composite_scope' | 'include_composite_spend'> & { name?: string };


const USAGE_ONLY_FIELDS = [
  'billable_metric_id',
  'quantity_conversion',
  'quantity_rounding',
  'pricing_group_key',
  'presentation_group_key',
] as const;
const COMPOSITE_ONLY_FIELDS = [
  'composite_product_ids',
  'composite_tags',
  'composite_scope',
  'exclude_free_usage',
  'include_composite_spend',
] as const;
/** Every field a request may carry into a product's state, in the order the API lists them. */
const STATE_FIELDS = [
  'name',
  'netsuite_internal_item_id',
  'netsuite_overage_item_id',
  'billable_metric_id',
  'composite_product_ids',
  'quantity_conversion',
  'quantity_rounding',
  'composite_tags',
  'is_refundable',
  'tags',
  'composite_scope',
  'exclude_free_usage',
  'include_composite_spend',
  'pricing_group_key',
  'presentation_group_key',
] as const;

const HOUR_MS = 3_600_000;

/** `PROFESSIONAL_SERVICE` is accepted on create; products always report it as `PRO_SERVICE`. */
function productType(requested: ProductCreateParams['type']): ProductType {
  return requested === 'PROFESSIONAL_SERVICE' ? 'PRO_SERVICE' : requested;
}

function pickStateFields(body: ProductFields): Partial<ProductState> {
  const picked: Record<string, unknown> = {};
  for (const field of STATE_FIELDS) if (body[field] !== undefined) picked[field] = body[field];
  return picked as Partial<ProductState>;
}

function requireLiveBillableMetric(db: Db, id: string): StoredBillableMetric {
  const metric = requireBillableMetric(db, id);
  if (metric.archived_at) throw new BadRequestError(`billable_metric_id ${id} is archived`);
  return metric;
}

/** The contract: the union of pricing and presentation group keys must be one compound group key of the metric. */
function checkGroupKeys(metric: StoredBillableMetric, pricing: string[] = [], presentation: string[] = []): void {
  const union = [...new Set([...pricing, ...presentation])];
  if (union.length === 0) return;
  const groupKeys = metric.group_keys ?? [];
  if (groupKeys.some((groupKey) => sameKeySet(groupKey, union))) return;
  const available = groupKeys.length ? groupKeys.map((k) => `[${k.join(', ')}]`).join(', ') : 'none';
  throw new BadRequestError(
    `pricing_group_key and presentation_group_key together ([${union.join(', ')}]) must be one of the group keys of billable metric ${metric.id}: ${available}`,
  );
}

/** Rules that hold for both a new product and an update, given the product's type. */
function checkFieldsForType(db: Db, type: ProductType, fields: ProductFields): void {
  if (fields.name !== undefined && fields.name.trim() === '') throw new BadRequestError('name must not be empty');
  if (type !== 'USAGE')
    for (const field of USAGE_ONLY_FIELDS)
      if (fields[field] !== undefined && fields[field] !== null)
        throw new BadRequestError(`${field} is only valid for USAGE products`);
  if (type !== 'COMPOSITE')
    for (const field of COMPOSITE_ONLY_FIELDS)
      if (fields[field] !== undefined) throw new BadRequestError(`${field} is only valid for COMPOSITE products`);
  if (fields.netsuite_overage_item_id !== undefined && type !== 'USAGE' && type !== 'COMPOSITE')
    throw new BadRequestError('netsuite_overage_item_id is only valid for USAGE and COMPOSITE products');
  if (fields.quantity_conversion && !(fields.quantity_conversion.conversion_factor > 0))
    throw new BadRequestError('quantity_conversion.conversion_factor must be greater than 0');
  if (fields.quantity_rounding && !Number.isInteger(fields.quantity_rounding.decimal_places))
    throw new BadRequestError('quantity_rounding.decimal_places must be a whole number');
  const products = productCollection(db);
  for (const id of fields.composite_product_ids ?? []) products.get(id);
}

function productResponse(db: Db, product: StoredProduct, now: Date): ProductRetrieveResponse.Data {
  const { id, type, initial, current, updates } = productAsOf(product, now);
  return {
    id,
    type,
    initial,
    current,
    updates,
    archived_at: product.archived_at ?? null,
    custom_fields: customFieldsOf(db, 'product', id),
  };
}

const createProduct = defineRoute<ProductCreateParams>({
  operation: 'POST /v1/contract-pricing/products/create',
  kind: 'write',
  audit: { resourceType: 'product', action: 'create' },
  handle({ body, db, now }) {
    const type = productType(body.type);
    checkFieldsForType(db, type, body);
    if (type === 'USAGE') {
      if (body.billable_metric_id === undefined)
        throw new BadRequestError('billable_metric_id is required for USAGE products');
      checkGroupKeys(requireLiveBillableMetric(db, body.billable_metric_id), body.pricing_group_key, body.presentation_group_key);
    }
    if (type === 'COMPOSITE' && !body.composite_product_ids?.length && !body.composite_tags?.length)
      throw new BadRequestError('composite_product_ids or composite_tags is required for COMPOSITE products');

    const initial: ProductState = {
      ...(pickStateFields(body) as ProductState),
      name: body.name,
      starting_at: now.toISOString(),
      created_at: now.toISOString(),
      created_by: API_TOKEN_ACTOR.name,
    };
    const product: StoredProduct = { id: randomUUID(), type, archived_at: null, initial, current: initial, updates: [] };
    productCollection(db).insert(product);
    assignCustomFields(db, 'product', product.id, body.custom_fields);
    return { data: { id: product.id } };
  },
});

const getProduct = defineRoute<ProductRetrieveParams>({
  operation: 'POST /v1/contract-pricing/products/get',
  kind: 'read',
  handle({ body, db, now }) {
    return { data: productResponse(db, productCollection(db).get(body.id), now) };
  },
});

const listProducts = defineRoute<Pick<ProductListParams, 'archive_filter'>, Pick<ProductListParams, 'limit' | 'next_page'>>({
  operation: 'POST /v1/contract-pricing/products/list',
  kind: 'read',
  handle({ body, query, db, now }) {
    const filter = body.archive_filter ?? 'NOT_ARCHIVED';
    const page = productCollection(db).page({
      limit: query.limit,
      nextPage: query.next_page,
      where: (product) => filter === 'ALL' || (filter === 'ARCHIVED') === Boolean(product.archived_at),
    });
    const data: ProductListResponse[] = page.data.map((product) => productResponse(db, product, now));
    return { data, next_page: page.next_page };
  },
});

const updateProduct = defineRoute<ProductUpdateParams>({
  operation: 'POST /v1/contract-pricing/products/update',
  kind: 'write',
  audit: { resourceType: 'product', action: 'update', resourceId: (ctx) => ctx.body.product_id },
  handle({ body, db, now }) {
    const products = productCollection(db);
    const product = products.get(body.product_id);
    if (product.archived_at) throw new BadRequestError(`product ${product.id} is archived and cannot be updated`);
    const startingAt = new Date(body.starting_at);
    if (startingAt.getTime() % HOUR_MS !== 0)
      throw new BadRequestError('starting_at must be on an hour boundary (e.g. 1:00, not 1:30)');
    checkFieldsForType(db, product.type, body);
    if (
      product.type === 'USAGE' &&
      (body.billable_metric_id !== undefined || body.pricing_group_key !== undefined || body.presentation_group_key !== undefined)
    ) {
      const inForce = productInForce(product, startingAt);
      const metric = requireLiveBillableMetric(db, body.billable_metric_id ?? inForce.billable_metric_id!);
      checkGroupKeys(
        metric,
        body.pricing_group_key ?? inForce.pricing_group_key,
        body.presentation_group_key ?? inForce.presentation_group_key,
      );
    }

    const update: ProductUpdate = {
      ...pickStateFields(body),
      starting_at: startingAt.toISOString(),
      created_at: now.toISOString(),
      created_by: API_TOKEN_ACTOR.name,
    };
    products.update(productAsOf({ ...product, updates: [...product.updates, update] }, now));
    return { data: { id: product.id } };
  },
});

const archiveProduct = defineRoute<ProductArchiveParams>({
  operation: 'POST /v1/contract-pricing/products/archive',
  kind: 'write',
  audit: { resourceType: 'product', action: 'archive', resourceId: (ctx) => ctx.body.product_id },
  handle({ body, db, now }) {
    const products = productCollection(db);
    const product = products.get(body.product_id);
    if (product.archived_at) throw new BadRequestError(`product ${product.id} is already archived`);
    products.update({ ...productAsOf(product, now), archived_at: now.toISOString() });
    return { data: { id: product.id } };
  },
});

/** Contract-pricing products: the line items rate cards price and contracts bill. */
export const products: Domain = {
  name: 'products',
  routes: [createProduct, getProduct, listProducts, updateProduct, archiveProduct],
};
