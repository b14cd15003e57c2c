/**
 * The operations GraphiQL opens with, one tab each: a tour of the graph. `test/gateway/schema-artifacts.test.ts`
 * validates every one against the schema, so they never go stale.
 */
export const exampleOperations: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'Customers and their contracts',
    query: /* GraphQL */ `# Customers, each with its contracts, rate card and commits: one batched call per resource.
query CustomersAndContracts($first: Int = 5) {
  customers(first: $first) {
    edges {
      node {
        id
        metronomeId
        name
        ingestAliases
        contracts {
          nodes {
            id
            name
            startingAt
            endingBefore
            rateCard { name fiatCreditType { name } }
            commits { name type product { name } accessSchedule }
            credits { name product { name } }
          }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  },
  {
    name: 'A contract’s rate schedule',
    query: /* GraphQL */ `# The prices a contract bills at, with overrides: pick a contract id from the first tab.
query ContractRates($id: ID!) {
  node(id: $id) {
    ... on Contract {
      name
      customer { name }
      rateSchedule(first: 20) {
        nodes {
          productName
          startingAt
          listRate { rateType price tiers creditType { name } }
          overrideRate { rateType price }
          product { type billableMetric { name aggregationType } }
        }
      }
    }
  }
}
`,
    variables: { id: '<a Contract id from the first tab>' },
  },
  {
    name: 'Pricing catalogue',
    query: /* GraphQL */ `# Products, the metrics they price, and the rate cards that price them.
query Catalogue {
  products(first: 20) { nodes { name type tags billableMetric { name aggregationType groupKeys } } }
  rateCards(first: 5) {
    nodes {
      name
      description
      rates(at: "2030-01-01T00:00:00.000Z", first: 20) { nodes { productName rate { rateType price tiers } } }
    }
  }
  creditTypes(first: 10) { nodes { name isCurrency } }
}
`,
  },
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
  {
    name: 'A billing screen',
    query: /* GraphQL */ `# What a billing page shows for one customer: its latest invoices with their line items and
# products, its commit and credit balances, and the state of its alerts. Upstream calls are batched per resource.
query BillingScreen($first: Int = 1) {
  customers(first: $first) {
    nodes {
      name
      invoices(first: 3) {
        nodes {
          status
          startTimestamp
          endTimestamp
          total
          creditType { name }
          lineItems { name quantity total product { name } }
        }
      }
      balances(includeContractBalances: true) {
        nodes {
          ... on Commit { name balance }
          ... on Credit { name balance }
        }
      }
      alerts {
        nodes {
          customerStatus
          triggeredBy
          alert { name type threshold }
        }
      }
    }
  }
}
`,
  },
  {
    name: 'Seats and their allowances',
    query: /* GraphQL */ `# A team on seats (the demo's Pied Piper, found by its ingest alias): its seat-based subscription, the monthly
# credits its recurring credit creates with a share for each seat, and each seat's state on the seat balance alert.
query SeatAllowances($ingestAlias: String = "piedpiper") {
  customers(ingestAlias: $ingestAlias) {
    nodes {
      name
      contracts {
        nodes {
          subscriptions { quantityManagementMode seatGroupKey quantitySchedule { quantity startingAt } }
          credits {
            name
            subscriptionConfig { allocation }
            accessSegments { amount startingAt endingBefore }
            balance
          }
        }
      }
      alerts {
        nodes {
          customerStatus
          alert { name type threshold seatFilter }
        }
      }
    }
  }
}
`,
  },
  {
    name: 'Live alert status',
    query: /* GraphQL */ `# Subscribe (over WebSocket or SSE) to a customer's alerts: first their current state, then every
# transition as Metronome's webhooks announce it or polling sees it. Paste a customer's metronomeId below.
subscription LiveAlertStatus($customerId: String!) {
  customerAlertChanged(customerId: $customerId) {
    source
    previousStatus
    changedAt
    customerAlert {
      customerStatus
      triggeredBy
      alert { name type threshold }
      customer { name }
    }
  }
}
`,
    variables: { customerId: 'paste a customer metronomeId' },
  },
];
