import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './query.js';
import './credit-type.js';

/** The gateway's schema: every domain module imported for its side effect of declaring its types. */
export const schema: GraphQLSchema = lexicographicSortSchema(builder.toSchema());
