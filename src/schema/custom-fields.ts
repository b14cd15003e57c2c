import type { CustomFieldListKeysResponse } from '@metronome/sdk/resources/v1/custom-fields';
import type { FieldRef, InterfaceFieldBuilder, ObjectFieldBuilder } from '@pothos/core';
import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import { loadCustomFieldKeys } from '../loaders/custom-field-keys.js';
import { builder, type GatewaySchemaTypes } from './builder.js';
import { badUserInput } from './errors.js';
import { idempotencyKeyArg } from './mutation.js';
import { decodeGlobalId, splitCompositeId } from './node.js';

export const CUSTOM_FIELDS_DESCRIPTION = 'Custom fields to be added eg. { "key1": "value1", "key2": "value2" }';

/**
 * The `customFields` field every Metronome resource has: its `custom_fields` map as sent (the SDK leaves it off
 * some types), `{}` when absent. For object and interface types alike.
 */
export function customFieldsField<Parent>(t: ObjectFieldBuilder<GatewaySchemaTypes, Parent>): FieldRef<GatewaySchemaTypes, unknown, 'Object'>;
export function customFieldsField<Parent>(t: InterfaceFieldBuilder<GatewaySchemaTypes, Parent>): FieldRef<GatewaySchemaTypes, unknown, 'Interface'>;
export function customFieldsField<Parent>(t: ObjectFieldBuilder<GatewaySchemaTypes, Parent> | InterfaceFieldBuilder<GatewaySchemaTypes, Parent>) {
  return (t as ObjectFieldBuilder<GatewaySchemaTypes, Parent>).field({
    type: 'JSON',
    description: CUSTOM_FIELDS_DESCRIPTION,
    resolve: (parent) => (parent as { custom_fields?: Record<string, string> }).custom_fields ?? {},
  });
}

type Entity = CustomFieldListKeysResponse['entity'];

export const CustomFieldEntity = builder.enumType('CustomFieldEntity', {
  description: 'A kind of Metronome object that custom fields can be set on.',
  values: [
    'alert',
    'billable_metric',
    'charge',
    'commit',
    'contract_credit',
    'contract_product',
    'contract',
    'credit_grant',
    'customer_plan',
    'customer',
    'discount',
    'invoice',
    'plan',
    'professional_service',
    'product',
    'rate_card',
    'scheduled_charge',
    'subscription',
    'package_commit',
    'package_credit',
    'package_subscription',
    'package_scheduled_charge',
  ] as const satisfies readonly Entity[],
});

const CustomFieldKey = builder.objectRef<CustomFieldListKeysResponse>('CustomFieldKey').implement({
  description: 'A custom field key allowed on one kind of object: only allowed keys can be given values.',
  fields: (t) => ({
    entity: t.field({ type: CustomFieldEntity, description: 'The kind of object the key is for.', resolve: (key) => key.entity }),
    key: t.exposeString('key', { description: 'The key.' }),
    enforceUniqueness: t.exposeBoolean('enforce_uniqueness', {
      description: 'Whether two objects of the kind may not have the same value for this key: setting a value another object has fails.',
    }),
  }),
});

builder.queryField('customFieldKeys', (t) =>
  t.field({
    type: [CustomFieldKey],
    description:
      'Retrieve all your active custom field keys, with optional filtering by entity type (customer, contract, product, etc.) (`POST /v1/customFields/listKeys`, every page).',
    args: {
      entities: t.arg({ type: [CustomFieldEntity], required: false, description: 'Optional list of entity types to return keys for' }),
    },
    resolve: (_root, args, { api }) => loadCustomFieldKeys(api, args.entities),
  }),
);

/**
 * The node types whose objects carry custom fields, and the entity kind Metronome calls them. A node's Metronome id
 * is the last part of its local id (`<customer id>:<contract id>` for a contract).
 */
const ENTITY_OF_NODE_TYPE: Record<string, Entity> = {
  Customer: 'customer',
  Contract: 'contract',
  Commit: 'commit',
  Credit: 'contract_credit',
  Product: 'contract_product',
  RateCard: 'rate_card',
  BillableMetric: 'billable_metric',
  CreditGrant: 'credit_grant',
  Invoice: 'invoice',
  Alert: 'alert',
  Plan: 'plan',
  CustomerPlan: 'customer_plan',
};

/** Entity kinds whose node's local id is the Metronome id alone, so `entity` + `entityId` name a node too. */
const NODE_TYPE_OF_ENTITY: Partial<Record<Entity, string>> = {
  customer: 'Customer',
  contract_product: 'Product',
  rate_card: 'RateCard',
  billable_metric: 'BillableMetric',
  credit_grant: 'CreditGrant',
  plan: 'Plan',
};

interface Target {
  entity: Entity;
  entityId: string;
  /** The node to answer with, when the target has one. */
  node: { type: string; id: string } | null;
}

/** Where custom field values go: a node by its global id, or any entity by kind and Metronome id. */
function targetOf(args: { id?: string | null; entity?: Entity | null; entityId?: string | null }): Target {
  if (args.id != null) {
    if (args.entity != null || args.entityId != null) throw badUserInput('Give either id, or entity and entityId, not both');
    const { typename, id } = decodeGlobalId(args.id);
    const entity = ENTITY_OF_NODE_TYPE[typename];
    if (!entity) throw badUserInput(`${typename} objects have no custom fields`);
    const parts = splitCompositeId(id, id.split(':').length);
    if (!parts) throw badUserInput(`Not a valid global id: ${args.id}`);
    return { entity, entityId: parts.at(-1)!, node: { type: typename, id } };
  }
  if (args.entity == null || args.entityId == null) throw badUserInput('Give either id, or entity and entityId');
  const type = NODE_TYPE_OF_ENTITY[args.entity];
  return { entity: args.entity, entityId: args.entityId, node: type ? { type, id: args.entityId } : null };
}

builder.mutationFields((t) => {
  const targetArgs = {
    id: t.arg.id({
      required: false,
      description:
        'The global id of the object (a Customer, Contract, Commit, Credit, Product, RateCard, BillableMetric, CreditGrant, Invoice…); the answer is that object read again. Or give `entity` and `entityId`.',
    }),
    entity: t.arg({
      type: CustomFieldEntity,
      required: false,
      description: 'The kind of object, with `entityId`, for objects the graph has no node for (charges, subscriptions, packages…).',
    }),
    entityId: t.arg.string({ required: false, description: 'The Metronome ID of the object, with `entity`.' }),
  };
  return {
    addCustomFieldKey: t.field({
      type: [CustomFieldKey],
      description:
        'Creates a new custom field key for a given entity (e.g. billable metric, contract, alert) (`POST /v1/customFields/addKey`). Answers the entity kind’s keys after the change.',
      args: {
        entity: t.arg({ type: CustomFieldEntity, required: true, description: 'The kind of object the key is for.' }),
        key: t.arg.string({ required: true, description: 'The key.' }),
        enforceUniqueness: t.arg.boolean({
          required: true,
          description:
            'If true, setting a value for this key that another object of the kind already has will fail.',
        }),
        idempotencyKey: t.arg(idempotencyKeyArg),
      },
      resolve: async (_root, { entity, key, enforceUniqueness, idempotencyKey }, { api }) => {
        await api.customFields.addKey(
          { entity, key, enforce_uniqueness: enforceUniqueness },
          { idempotencyKey: idempotencyKey ?? undefined },
        );
        return loadCustomFieldKeys(api, [entity]);
      },
    }),
    removeCustomFieldKey: t.field({
      type: [CustomFieldKey],
      description:
        'Removes a custom field key from the allowlist for a specific entity type, preventing future use of that key across all instances of the entity. Existing values for this key on entity instances will no longer be accessible once the key is removed (`POST /v1/customFields/removeKey`). Answers the entity kind’s keys after the change.',
      args: {
        entity: t.arg({ type: CustomFieldEntity, required: true, description: 'The kind of object the key is for.' }),
        key: t.arg.string({ required: true, description: 'The key.' }),
        idempotencyKey: t.arg(idempotencyKeyArg),
      },
      resolve: async (_root, { entity, key, idempotencyKey }, { api }) => {
        await api.customFields.removeKey({ entity, key }, { idempotencyKey: idempotencyKey ?? undefined });
        return loadCustomFieldKeys(api, [entity]);
      },
    }),
    setCustomFieldValues: t.node({
      description:
        'Sets custom field values on a specific Metronome entity instance (`POST /v1/customFields/setValues`). Overwrites existing values for matching keys while preserving other fields. All updates are transactional—either all values are set or none are. Custom field values are limited to 200 characters each. Answers the object read again; null for an object the graph has no node for.',
      args: {
        ...targetArgs,
        customFields: t.arg({ type: 'JSON', required: true, description: `${CUSTOM_FIELDS_DESCRIPTION}: the values to set.` }),
        idempotencyKey: t.arg(idempotencyKeyArg),
      },
      id: async (_root, args, context) => {
        const target = targetOf(args);
        await context.api.customFields.setValues(
          { entity: target.entity, entity_id: target.entityId, custom_fields: args.customFields as Record<string, string> },
          { idempotencyKey: args.idempotencyKey ?? undefined },
        );
        clearAllDataLoaders(context);
        return target.node;
      },
    }),
    deleteCustomFieldValues: t.node({
      description:
        'Remove specific custom field values from a Metronome entity instance by specifying the field keys to delete (`POST /v1/customFields/deleteValues`); other fields are kept. Answers the object read again; null for an object the graph has no node for.',
      args: {
        ...targetArgs,
        keys: t.arg.stringList({ required: true, description: 'The keys whose values to delete.' }),
        idempotencyKey: t.arg(idempotencyKeyArg),
      },
      id: async (_root, args, context) => {
        const target = targetOf(args);
        await context.api.customFields.deleteValues(
          { entity: target.entity, entity_id: target.entityId, keys: args.keys },
          { idempotencyKey: args.idempotencyKey ?? undefined },
        );
        clearAllDataLoaders(context);
        return target.node;
      },
    }),
  };
});
