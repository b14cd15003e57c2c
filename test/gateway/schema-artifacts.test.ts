import { readFileSync } from 'node:fs';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  parse,
  printSchema,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { exampleOperations } from '../../src/server/example-operations.js';

describe('schema artefacts', () => {
  it('has the checked-in schema/schema.graphql equal to the schema the server serves (run `npm run codegen`)', () => {
    expect(readFileSync('schema/schema.graphql', 'utf8').trim()).toBe(printSchema(schema).trim());
  });

  it('describes every type, field and argument of its own', () => {
    const undescribed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)))
        continue;
      if (!type.description) undescribed.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undescribed.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) undescribed.push(`${type.name}.${field.name}(${arg.name})`);
        }
      if (isEnumType(type)) continue;
    }
    expect(undescribed).toEqual([]);
  });

  it('serves GraphiQL example operations that are valid against the schema', () => {
    const invalid = exampleOperations.flatMap(({ name, query }) =>
      validate(schema, parse(query)).map((error) => `${name}: ${error.message}`),
    );
    expect(exampleOperations.length).toBeGreaterThan(0);
    expect(invalid).toEqual([]);
  });
});
