/**
 * The operations GraphiQL opens with, one tab each: a tour of the graph. `test/gateway/examples.test.ts`
 * validates every one against the schema, so they never go stale.
 */
export const exampleOperations: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'Pricing units',
    query: /* GraphQL */ `query PricingUnits {
  creditTypes(first: 10) {
    edges { node { id metronomeId name isCurrency } }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  },
];
