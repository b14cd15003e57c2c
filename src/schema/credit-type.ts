import { loadCreditTypes, type PricingUnit } from '../loaders/credit-types.js';
import { builder } from './builder.js';
import { connectionType, pagingArgs, resolveCursorConnection } from './pagination.js';

export type CreditTypeShape = PricingUnit;

/** Resolvers return a pricing unit, or just its id to have it loaded (batched, one list call per operation). */
export const CreditType = builder.loadableNodeRef('CreditType', {
  load: (ids: string[], { api }) => loadCreditTypes(api, ids),
  id: { resolve: (type: CreditTypeShape) => type.id },
});

CreditType.implement({
  description:
    'A pricing unit (credit type): a fiat currency such as USD (cents), or a custom unit such as AI credits that usage can be charged in. The USD (cents) pricing unit is 2714e483-4ff1-48e4-9e25-ac732e8f24f2.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The Metronome ID of the pricing unit.' }),
    name: t.exposeString('name', { description: 'The name of the pricing unit, e.g. `USD (cents)`.' }),
    isCurrency: t.boolean({
      description: 'Whether the pricing unit is a fiat currency.',
      resolve: (type) => type.is_currency ?? false,
    }),
  }),
});

const MAX_PAGE = 100;
const CreditTypeConnection = connectionType('CreditType', CreditType, 'A page of pricing units.');

builder.queryFields((t) => ({
  creditTypes: t.field({
    type: CreditTypeConnection,
    description:
      'List all pricing units. All fiat currency types (for example, USD or GBP) will be included, as well as any custom pricing units that were configured. Custom pricing units can be used to charge for usage in a non-fiat pricing unit, for example AI credits.',
    args: pagingArgs(t.arg, MAX_PAGE),
    resolve: (_root, args, { api }) =>
      resolveCursorConnection(args, MAX_PAGE, ({ limit, nextPage }) => api.creditTypes.list({ limit, next_page: nextPage }) as Promise<{ data: PricingUnit[]; next_page: string | null }>),
  }),
  creditType: t.field({
    type: CreditType,
    nullable: true,
    description: 'A pricing unit by its Metronome ID; null (with a NOT_FOUND error) when there is none.',
    args: { metronomeId: t.arg.string({ required: true, description: 'The Metronome ID of the pricing unit.' }) },
    resolve: (_root, args) => args.metronomeId,
  }),
}));
