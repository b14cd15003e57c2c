import type { ObjectFieldBuilder } from '@pothos/core';
import type { GatewaySchemaTypes } from './builder.js';

/**
 * The `customFields` field every Metronome resource has: its `custom_fields` map as sent (the SDK leaves it off
 * some types), `{}` when absent.
 */
export function customFieldsField<Parent>(t: ObjectFieldBuilder<GatewaySchemaTypes, Parent>) {
  return t.field({
    type: 'JSON',
    description: 'Custom fields to be added eg. { "key1": "value1", "key2": "value2" }',
    resolve: (parent) => (parent as { custom_fields?: Record<string, string> }).custom_fields ?? {},
  });
}
