import { isInterfaceType, lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import { nodeTypeNames } from './node.js';
import './scalars.js';
import './query.js';
import './mutation.js';
import './credit-type.js';
import './customer.js';
import './billable-metric.js';
import './product.js';
import './rate.js';
import './rate-card.js';
import './commit.js';
import './contract.js';
import './named-schedule.js';
import './usage.js';
import './credit-grant.js';
import './alert.js';
import './customer-alert-subscription.js';
import './custom-fields.js';
import './audit-log.js';
import './service.js';
import './dashboard.js';
import './balance.js';
import './plan.js';
import './invoice.js';
import './costs.js';

/** The gateway's schema, sorted: every domain module imported for its side effect of declaring its types. */
export const schema: GraphQLSchema = lexicographicSortSchema(builder.toSchema());

const nodeInterface = schema.getType('Node');
if (isInterfaceType(nodeInterface)) for (const type of schema.getPossibleTypes(nodeInterface)) nodeTypeNames.add(type.name);
