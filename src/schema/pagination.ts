import type { ArgBuilder, ObjectRef } from '@pothos/core';
import { builder, type GatewaySchemaTypes } from './builder.js';
import { badUserInput } from './errors.js';

/**
 * Relay connections (`first`/`after`, `edges`, `pageInfo`) over Metronome's paging styles. Metronome pages
 * forward only, so connections take no `last`/`before`.
 *
 * An edge cursor is opaque to clients; inside it holds where to resume upstream:
 * - cursor-paged lists (`next_page` in the query or in the body): the upstream token of a page, the `limit` it
 *   was fetched with, and how many of its items to skip — so a later request fetches exactly that page again;
 * - unpaged lists (contracts/list): an offset into the one answer.
 */
export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfoShape;
}

export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface PagingArgs {
  first?: number | null;
  after?: string | null;
}

/** Items per GraphQL page when `first` is not given. */
export const DEFAULT_FIRST = 20;

export const PageInfo = builder.objectRef<PageInfoShape>('PageInfo').implement({
  description: 'Where a page of a connection sits in the whole list.',
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage', {
      description: 'More items follow: pass `endCursor` as `after` to get them.',
    }),
    hasPreviousPage: t.exposeBoolean('hasPreviousPage', {
      description: 'Always false: Metronome pages forward only.',
    }),
    startCursor: t.exposeString('startCursor', { nullable: true, description: 'The cursor of the first edge.' }),
    endCursor: t.exposeString('endCursor', { nullable: true, description: 'The cursor of the last edge.' }),
  }),
});

/** Declares `<Name>Connection` and `<Name>Edge` over a node type. */
export function connectionType<T>(name: string, node: ObjectRef<GatewaySchemaTypes, T>, description: string) {
  const edge = builder.objectRef<{ cursor: string; node: T }>(`${name}Edge`).implement({
    description: `One item of a ${name}Connection.`,
    fields: (t) => ({
      cursor: t.exposeString('cursor', { description: 'Pass as `after` to get the items after this one.' }),
      node: t.field({ type: node as never, description: 'The item.', resolve: (e) => e.node as never }),
    }),
  });
  return builder.objectRef<ConnectionShape<T>>(`${name}Connection`).implement({
    description,
    fields: (t) => ({
      edges: t.field({ type: [edge], description: 'The items of this page, with their cursors.', resolve: (c) => c.edges }),
      nodes: t.field({
        type: [node as never],
        description: 'The items of this page (the edges without cursors).',
        resolve: (c) => c.edges.map((e) => e.node) as never,
      }),
      pageInfo: t.field({ type: PageInfo, description: 'Whether more items follow.', resolve: (c) => c.pageInfo }),
    }),
  });
}

/** The `first`/`after` arguments of every connection field. */
export function pagingArgs(t: ArgBuilder<GatewaySchemaTypes>, maxPageSize: number) {
  return {
    first: t.int({
      required: false,
      description: `How many items to return (default ${Math.min(DEFAULT_FIRST, maxPageSize)}; more than ${maxPageSize}, this list's largest upstream page, is clamped to ${maxPageSize}).`,
    }),
    after: t.string({ required: false, description: 'Return the items after this cursor (an `endCursor` or edge cursor).' }),
  };
}

function pageSize(first: number | null | undefined, maxPageSize: number): number {
  if (first === null || first === undefined) return Math.min(DEFAULT_FIRST, maxPageSize);
  if (!Number.isInteger(first) || first < 0) throw badUserInput('first must be a non-negative integer');
  return Math.min(first, maxPageSize);
}

interface UpstreamPosition {
  /** The upstream `next_page` token of the page; null for the first page. */
  p: string | null;
  /** The `limit` that page is fetched with. */
  l: number;
  /** Items of that page already returned. */
  s: number;
}

function encodeCursor(position: object): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decodeCursor<T>(cursor: string, isValid: (value: any) => boolean): T {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value as T;
  } catch {
    // reported below
  }
  throw badUserInput('after is not a cursor of this connection');
}

const isUpstreamPosition = (v: any) =>
  v && (v.p === null || typeof v.p === 'string') && Number.isInteger(v.l) && v.l > 0 && Number.isInteger(v.s) && v.s >= 0;

/** One upstream page request: where `limit` and `next_page` go (query or body) is the caller's business. */
export type FetchPage<T> = (page: { limit: number; nextPage: string | undefined }) => Promise<{
  data: T[];
  next_page?: string | null;
}>;

/**
 * A connection over a cursor-paged Metronome list. Fetches as many upstream pages as `first` needs, each with
 * `limit` = `first` clamped to `maxPageSize`.
 */
export async function resolveCursorConnection<T>(
  args: PagingArgs,
  maxPageSize: number,
  fetchPage: FetchPage<T>,
): Promise<ConnectionShape<T>> {
  const wanted = pageSize(args.first, maxPageSize);
  let position: UpstreamPosition = args.after
    ? decodeCursor<UpstreamPosition>(args.after, isUpstreamPosition)
    : { p: null, l: Math.max(wanted, 1), s: 0 };
  const edges: ConnectionShape<T>['edges'] = [];
  if (wanted === 0) return connection(edges, true);

  for (;;) {
    const page = await fetchPage({ limit: position.l, nextPage: position.p ?? undefined });
    const nextPage = page.next_page ?? null;
    let index = position.s;
    for (; index < page.data.length && edges.length < wanted; index++) {
      // The last item of a page resumes at the next page itself, so following it costs no refetch.
      const after: UpstreamPosition =
        index === page.data.length - 1 && nextPage !== null
          ? { p: nextPage, l: Math.max(wanted, 1), s: 0 }
          : { p: position.p, l: position.l, s: index + 1 };
      edges.push({ cursor: encodeCursor(after), node: page.data[index]! });
    }
    if (edges.length >= wanted) return connection(edges, index < page.data.length || nextPage !== null);
    if (nextPage === null) return connection(edges, false);
    position = { p: nextPage, l: wanted, s: 0 };
  }
}

/** A connection over a list Metronome answers whole (contracts/list): `after` is an offset into it. */
export function resolveListConnection<T>(args: PagingArgs, items: readonly T[], maxPageSize = 100): ConnectionShape<T> {
  const wanted = pageSize(args.first, maxPageSize);
  const start = args.after ? decodeCursor<{ o: number }>(args.after, (v) => Number.isInteger(v?.o) && v.o >= 0).o : 0;
  const slice = items.slice(start, start + wanted);
  const edges = slice.map((node, index) => ({ cursor: encodeCursor({ o: start + index + 1 }), node }));
  return connection(edges, start + slice.length < items.length);
}

function connection<T>(edges: ConnectionShape<T>['edges'], hasNextPage: boolean): ConnectionShape<T> {
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
