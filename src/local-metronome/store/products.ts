import type {
  ProductListItemState,
  ProductRetrieveResponse,
} from '@metronome/sdk/resources/v1/contracts/products';
import { Collection } from './documents.js';
import type { Db } from './database.js';

/**
 * A contract-pricing product as stored under document kind `product`: the wire shape of
 * `/v1/contract-pricing/products/get` without `custom_fields` (those live in the custom field store). The stored
 * `current` is the state in force when the product was last written; an update scheduled for later only comes
 * into force when its `starting_at` passes, so readers call `productInForce` for the state at a given time.
 */
export type StoredProduct = Omit<ProductRetrieveResponse.Data, 'custom_fields' | 'initial' | 'current' | 'updates'> & {
  initial: ProductState;
  current: ProductState;
  updates: ProductUpdate[];
};

/** Composite settings the spec lists on a product's state that the SDK's type leaves out. */
interface CompositeSettings {
  composite_scope?: 'CUSTOMER' | 'CONTRACT';
  include_composite_spend?: boolean;
}
export type ProductState = ProductListItemState & CompositeSettings;
export type ProductUpdate = ProductRetrieveResponse.Data.Update & CompositeSettings;

export const PRODUCT_KIND = 'product';

export function productCollection(db: Db): Collection<StoredProduct> {
  return new Collection<StoredProduct>(db, PRODUCT_KIND, 'Product');
}

/** What an update records about itself rather than about the product; `current` keeps the initial values. */
const UPDATE_METADATA = new Set(['starting_at', 'created_at', 'created_by']);

/**
 * The product's state in force at `at`: the initial state with the fields of every update whose `starting_at`
 * has passed, applied in order of `starting_at` (updates with the same start apply in the order they were
 * made). `name`, `tags`, ... come from the latest such update that carries them; `starting_at`, `created_at` and
 * `created_by` stay those of the initial state, as the API's own example of `current` shows.
 */
export function productInForce(product: StoredProduct, at: Date): ProductState {
  const due = product.updates
    .map((update, order) => ({ update, order }))
    .filter(({ update }) => Date.parse(update.starting_at ?? update.created_at) <= at.getTime())
    .sort(
      (a, b) =>
        Date.parse(a.update.starting_at ?? a.update.created_at) - Date.parse(b.update.starting_at ?? b.update.created_at) ||
        a.order - b.order,
    );
  const state: Record<string, unknown> = { ...product.initial };
  for (const { update } of due)
    for (const [field, value] of Object.entries(update))
      if (value !== undefined && !UPDATE_METADATA.has(field)) state[field] = value;
  return state as unknown as ProductState;
}

/** The stored product with `current` brought to the state in force at `at`. */
export function productAsOf(product: StoredProduct, at: Date): StoredProduct {
  return { ...product, current: productInForce(product, at) };
}
