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
export type StoredProduct = Omit<ProductRetrieveResponse.Data, 'custom_fields'>;
export type ProductState = ProductListItemState;
export type ProductUpdate = ProductRetrieveResponse.Data.Update;

export const PRODUCT_KIND = 'product';

export function productCollection(db: Db): Collection<StoredProduct> {
  return new Collection<StoredProduct>(db, PRODUCT_KIND, 'product');
}

/**
 * The product's state in force at `at`: the initial state with every update whose `starting_at` has passed
 * applied in order of `starting_at` (updates with the same start apply in the order they were made). An update
 * only changes the fields it carries; `created_at`/`created_by`/`starting_at` tell which update was applied last.
 */
export function productInForce(product: StoredProduct, at: Date): ProductState {
  const due = product.updates
    .map((update, order) => ({ update, order }))
    .filter(({ update }) => update.starting_at === undefined || Date.parse(update.starting_at) <= at.getTime())
    .sort(
      (a, b) =>
        Date.parse(a.update.starting_at ?? a.update.created_at) - Date.parse(b.update.starting_at ?? b.update.created_at) ||
        a.order - b.order,
    );
  let state: ProductState = { ...product.initial };
  for (const { update } of due) {
    const changes = Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined));
    state = { ...state, ...changes } as ProductState;
  }
  return state;
}

/** The stored product with `current` brought to the state in force at `at`. */
export function productAsOf(product: StoredProduct, at: Date): StoredProduct {
  return { ...product, current: productInForce(product, at) };
}
