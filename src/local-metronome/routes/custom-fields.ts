import type {
  CustomFieldAddKeyParams,
  CustomFieldDeleteValuesParams,
  CustomFieldListKeysParams,
  CustomFieldRemoveKeyParams,
  CustomFieldSetValuesParams,
} from '@metronome/sdk/resources/v1/custom-fields';
import { NotFoundError } from '../http/api-error.js';
import { defineRoute, type Domain } from '../http/route.js';
import type { Db } from '../store/database.js';
import { Collection } from '../store/documents.js';
import { deleteCustomFields } from '../store/custom-fields.js';
import {
  addCustomFieldKey,
  assignCustomFields,
  pageCustomFieldKeys,
  removeCustomFieldKey,
  type CustomFieldEntity,
} from '../store/custom-field-keys.js';

/**
 * The document kind each entity type is stored as in the Local Metronome. Contract-pricing products are the
 * `contract_product` entity in Metronome's custom fields and the `product` document kind here; `product` (the
 * Plans-era name) resolves to the same documents. Entity types without a document kind here (commits, credits,
 * charges, invoices...) live inside other documents, so their ids are accepted as given.
 */
const DOCUMENT_KIND_OF: Partial<Record<CustomFieldEntity, string>> = {
  customer: 'customer',
  contract: 'contract',
  contract_product: 'product',
  product: 'product',
  rate_card: 'rate_card',
  billable_metric: 'billable_metric',
  plan: 'plan',
  customer_plan: 'customer_plan',
  credit_grant: 'credit_grant',
  alert: 'alert',
};

function requireEntity(db: Db, entity: CustomFieldEntity, entityId: string): void {
  const kind = DOCUMENT_KIND_OF[entity];
  if (kind && !new Collection(db, kind).find(entityId)) throw new NotFoundError(`${entity} not found: ${entityId}`);
}

const keyAudit = { resourceType: 'custom_field_key', resourceId: (ctx: { body: { entity: string; key: string } }) => `${ctx.body.entity}/${ctx.body.key}` };
const valuesAudit = { resourceType: 'custom_field_values', resourceId: (ctx: { body: { entity_id: string } }) => ctx.body.entity_id };

export const customFields: Domain = {
  name: 'custom-fields',
  routes: [
    defineRoute<CustomFieldAddKeyParams>({
      operation: 'POST /v1/customFields/addKey',
      kind: 'write',
      audit: { ...keyAudit, action: 'addKey' },
      handle({ db, body }) {
        addCustomFieldKey(db, body);
        return undefined;
      },
    }),

    defineRoute<CustomFieldRemoveKeyParams>({
      operation: 'POST /v1/customFields/removeKey',
      kind: 'write',
      audit: { ...keyAudit, action: 'removeKey' },
      handle({ db, body }) {
        removeCustomFieldKey(db, body.entity, body.key);
        return undefined;
      },
    }),

    defineRoute<Omit<CustomFieldListKeysParams, 'next_page'>, { next_page?: string }>({
      operation: 'POST /v1/customFields/listKeys',
      kind: 'read',
      handle({ db, body, query }) {
        return pageCustomFieldKeys(db, { entities: body.entities, nextPage: query.next_page });
      },
    }),

    defineRoute<CustomFieldSetValuesParams>({
      operation: 'POST /v1/customFields/setValues',
      kind: 'write',
      audit: { ...valuesAudit, action: 'setValues' },
      handle({ db, body }) {
        requireEntity(db, body.entity, body.entity_id);
        assignCustomFields(db, body.entity, body.entity_id, body.custom_fields);
        return undefined;
      },
    }),

    defineRoute<CustomFieldDeleteValuesParams>({
      operation: 'POST /v1/customFields/deleteValues',
      kind: 'write',
      audit: { ...valuesAudit, action: 'deleteValues' },
      handle({ db, body }) {
        requireEntity(db, body.entity, body.entity_id);
        deleteCustomFields(db, body.entity, body.entity_id, body.keys);
        return undefined;
      },
    }),
  ],
};
