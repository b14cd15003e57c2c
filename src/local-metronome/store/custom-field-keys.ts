import type { CustomFieldListKeysResponse } from '@metronome/sdk/resources/v1/custom-fields';
import type { Db } from './database.js';
import { setCustomFields } from './custom-fields.js';
import { decodeCursor, encodeCursor, DEFAULT_PAGE_LIMIT, type Page } from './paging.js';
import { BadRequestError, ConflictError, NotFoundError } from '../http/api-error.js';

/** An entity type custom fields can describe: the contract's `ManagedEntity`. */
export type CustomFieldEntity = CustomFieldListKeysResponse['entity'];
export type CustomFieldKey = CustomFieldListKeysResponse;

/** Metronome's limits: "a 100 character limit on custom field keys", "a 200 character limit on custom field values". */
export const CUSTOM_FIELD_KEY_MAX_LENGTH = 100;
export const CUSTOM_FIELD_VALUE_MAX_LENGTH = 200;

/**
 * The allow list of custom field keys, per entity type (table `custom_field_keys`). A value can only be set for
 * a key on this list; a key that enforces uniqueness holds each value on at most one entity of its type.
 */
export function findCustomFieldKey(db: Db, entity: CustomFieldEntity, key: string): CustomFieldKey | undefined {
  const row = db
    .prepare('SELECT enforce_uniqueness FROM custom_field_keys WHERE entity = ? AND key = ?')
    .get(entity, key) as { enforce_uniqueness: number } | undefined;
  return row ? { entity, key, enforce_uniqueness: row.enforce_uniqueness === 1 } : undefined;
}

/** Adds a key to the allow list; 409 when the entity type already has it. */
export function addCustomFieldKey(db: Db, { entity, key, enforce_uniqueness }: CustomFieldKey): void {
  if (key.length > CUSTOM_FIELD_KEY_MAX_LENGTH)
    throw new BadRequestError(`key must be at most ${CUSTOM_FIELD_KEY_MAX_LENGTH} characters`);
  if (findCustomFieldKey(db, entity, key))
    throw new ConflictError(`Custom field key "${key}" already exists for entity ${entity}`);
  const seq = (db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 FROM custom_field_keys').pluck().get() as number) ?? 1;
  db.prepare('INSERT INTO custom_field_keys (entity, key, enforce_uniqueness, seq) VALUES (?, ?, ?, ?)').run(
    entity,
    key,
    enforce_uniqueness ? 1 : 0,
    seq,
  );
}

/** Removes a key from the allow list together with every value set for it; 404 when there is no such key. */
export function removeCustomFieldKey(db: Db, entity: CustomFieldEntity, key: string): void {
  if (!findCustomFieldKey(db, entity, key)) throw new NotFoundError(`Custom field key "${key}" not found for entity ${entity}`);
  db.prepare('DELETE FROM custom_field_keys WHERE entity = ? AND key = ?').run(entity, key);
  db.prepare('DELETE FROM custom_field_values WHERE entity = ? AND key = ?').run(entity, key);
}

/** Keys in the order they were added, optionally only those of some entity types. */
export function pageCustomFieldKeys(
  db: Db,
  options: { entities?: readonly CustomFieldEntity[]; nextPage?: string | undefined; limit?: number },
): Page<CustomFieldKey> {
  const after = decodeCursor<{ seq: number }>(options.nextPage)?.seq ?? 0;
  const limit = options.limit ?? DEFAULT_PAGE_LIMIT;
  const entities = options.entities?.length ? options.entities : undefined;
  const rows = db
    .prepare(
      `SELECT seq, entity, key, enforce_uniqueness FROM custom_field_keys
       WHERE seq > ? ${entities ? `AND entity IN (${entities.map(() => '?').join(', ')})` : ''}
       ORDER BY seq LIMIT ?`,
    )
    .all(after, ...(entities ?? []), limit + 1) as { seq: number; entity: CustomFieldEntity; key: string; enforce_uniqueness: number }[];
  const page = rows.slice(0, limit);
  return {
    data: page.map((r) => ({ entity: r.entity, key: r.key, enforce_uniqueness: r.enforce_uniqueness === 1 })),
    next_page: rows.length > limit ? encodeCursor({ seq: page.at(-1)!.seq }) : null,
  };
}

/**
 * Checks values before they are set on one entity: every key must be on the allow list for the entity type
 * (400), every value at most 200 characters (400), and a key that enforces uniqueness must not already hold the
 * same value on another entity of the type (409).
 */
export function checkCustomFieldValues(
  db: Db,
  entity: CustomFieldEntity,
  entityId: string,
  values: Record<string, string>,
): void {
  for (const [key, value] of Object.entries(values)) {
    const definition = findCustomFieldKey(db, entity, key);
    if (!definition)
      throw new BadRequestError(`Custom field key "${key}" has not been added for entity ${entity}; add it with /v1/customFields/addKey`);
    if (value.length > CUSTOM_FIELD_VALUE_MAX_LENGTH)
      throw new BadRequestError(`custom_fields.${key} must be at most ${CUSTOM_FIELD_VALUE_MAX_LENGTH} characters`);
    if (!definition.enforce_uniqueness) continue;
    const holder = db
      .prepare('SELECT entity_id FROM custom_field_values WHERE entity = ? AND key = ? AND value = ? AND entity_id != ?')
      .pluck()
      .get(entity, key, value, entityId) as string | undefined;
    if (holder)
      throw new ConflictError(`Custom field "${key}" must be unique for entity ${entity}: value "${value}" is already set on ${holder}`);
  }
}

/**
 * `checkCustomFieldValues`, then stores the values. Domain modules call this with the `custom_fields` of a create
 * request, so create enforces the same rules as `/v1/customFields/setValues`.
 */
export function assignCustomFields(
  db: Db,
  entity: CustomFieldEntity,
  entityId: string,
  values: Record<string, string> | undefined,
): void {
  if (!values) return;
  checkCustomFieldValues(db, entity, entityId, values);
  setCustomFields(db, entity, entityId, values);
}
