import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { schema } from './src/schema/index.js';

/**
 * `npm run codegen`: prints the gateway's schema (sorted SDL) to `schema/schema.graphql`, and types the
 * operations under `test/gateway/operations/` into `test/gateway/__generated__/` for the tests.
 * The schema is taken from the Pothos builder itself, so the SDL is always what the server serves.
 */
const config: CodegenConfig = {
  schema: printSchema(schema),
  documents: ['test/gateway/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'schema/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: false, commentDescriptions: false, sort: true },
    },
    'test/gateway/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
