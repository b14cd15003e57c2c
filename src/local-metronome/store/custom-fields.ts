import type { Db } from './database.js';

/**
 * Custom field values live beside the entities they describe, keyed by (entity type, entity id). Every domain
 * module reads them with `customFieldsOf` when it serves an entity's `custom_fields`, and writes the ones a
 * create request carries with `setCustomFields`.
 *
 * Entity types are the contract's names: `alert`, `billable_metric`, `charge`, `commit`, `contract`,
 * `contract_product`, `contract_credit`, `credit_grant`, `customer`, `customer_plan`, `invoice`, `plan`,
 * `product`, `rate_card`, `scheduled_charge`, ... (see the `entity` enum of `/v1/customFields/addKey`).
 */
export function customFieldsOf(db: Db, entity: string, entityId: string): Record<string, string> {
  const rows = db
    .prepare('SELECT key, value FROM custom_field_values WHERE entity = ? AND entity_id = ? ORDER BY key')
    .all(entity, entityId) as { key: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export function setCustomFields(db: Db, entity: string, entityId: string, values: Record<string, string> | undefined): void {
  if (!values) return;
  const upsert = db.prepare(
    `INSERT INTO custom_field_values (entity, entity_id, key, value) VALUES (?, ?, ?, ?)
     ON CONFLICT (entity, entity_id, key) DO UPDATE SET value = excluded.value`,
  );
  for (const [key, value] of Object.entries(values)) upsert.run(entity, entityId, key, value);
}

export function deleteCustomFields(db: Db, entity: string, entityId: string, keys: string[]): void {
  const remove = db.prepare('DELETE FROM custom_field_values WHERE entity = ? AND entity_id = ? AND key = ?');
  for (const key of keys) remove.run(entity, entityId, key);
}
