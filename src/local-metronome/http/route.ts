import type { EventEmitter } from 'node:events';
import type { Clock } from '../store/clock.js';
import type { Db, StoreSchema } from '../store/database.js';
import type { OperationKey } from './contract.js';

/** Things that happened inside a committed request, for the parts of the Local Metronome that react to them. */
export interface LocalEvents {
  /** Usage events were stored for these customers. */
  'usage.ingested': [{ customerIds: string[] }];
  /** Anything that can move a customer's balances or invoices changed. */
  'customer.changed': [{ customerId: string; reason: string }];
}

export interface RequestContext<Body = any, Query = any, Params = any> {
  body: Body;
  query: Query;
  params: Params;
  db: Db;
  clock: Clock;
  /** The clock's reading when the request arrived; use it for every timestamp the request writes. */
  now: Date;
  requestId: string;
  /** Where this Local Metronome is reached from outside (`publicUrl`, else the request's Host), for links it returns. */
  publicUrl: string;
  /** Signs what the Local Metronome hands out and later accepts back, such as embeddable dashboard URLs. */
  signingSecret: string;
  /** Runs after the request's transaction commits (never when it rolls back). */
  afterCommit(task: () => void): void;
  /** Emits a Local Metronome event after commit. */
  emit<E extends keyof LocalEvents>(event: E, ...args: LocalEvents[E]): void;
}

export interface AuditSpec<Ctx = RequestContext> {
  /** e.g. `customer`, `contract`. */
  resourceType: string;
  /** e.g. `create`, `archive`, `setName`. */
  action: string;
  /** Defaults to `result.data.id`, then `body.id`, then the `customer_id` path or body parameter. */
  resourceId?: (ctx: Ctx, result: any) => string | undefined;
}

export interface RouteDefinition<Body = any, Query = any, Params = any> {
  /** The contract operation this route serves, exactly as the OpenAPI spec names its method and path. */
  operation: OperationKey;
  /**
   * Writes run in one transaction, appear in the audit log, and honour `Idempotency-Key`. Reads served as POST
   * (`/v1/contracts/get`, ...) are `read`.
   */
  kind: 'read' | 'write';
  audit?: AuditSpec<RequestContext<Body, Query, Params>>;
  /**
   * Synchronous on purpose: better-sqlite3 is synchronous, so a handler that never awaits runs wholly inside one
   * transaction, and a thrown error rolls back everything it wrote. Return the JSON body; `undefined` answers
   * an empty 200.
   */
  handle(ctx: RequestContext<Body, Query, Params>): unknown;
}

export function defineRoute<Body = any, Query = any, Params = any>(
  route: RouteDefinition<Body, Query, Params>,
): RouteDefinition {
  return route as RouteDefinition;
}

/** One domain's tables and routes. `routes/index.ts` lists every domain the Local Metronome serves. */
export interface Domain {
  name: string;
  /** The domain's table sets, applied in order (each with its own added columns). */
  schemas?: readonly StoreSchema[];
  routes: RouteDefinition[];
}

export type LocalEventBus = EventEmitter<LocalEvents>;
