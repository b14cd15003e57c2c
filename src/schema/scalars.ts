import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { builder } from './builder.js';

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}T/.test(value))
    throw new GraphQLError('DateTime must be an RFC 3339 timestamp such as 2025-01-01T00:00:00.000Z', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return new Date(value).toISOString();
}

builder.scalarType('DateTime', {
  description: 'An instant as an RFC 3339 UTC timestamp, e.g. `2025-01-01T00:00:00.000Z`.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: parseDateTime,
  parseLiteral: (node) => parseDateTime(node.kind === Kind.STRING ? node.value : undefined),
});

function literalValue(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
    case Kind.ENUM:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literalValue);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literalValue(field.value)]));
    default:
      throw new GraphQLError('JSON literals cannot contain variables', { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

builder.scalarType('JSON', {
  description: 'Any JSON value, passed through as Metronome sends or expects it (e.g. a `custom_fields` map).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalValue,
});
