import type { Db } from './database.js';
import { DEFAULT_PAGE_LIMIT, decodeCursor, encodeCursor, type Page } from './paging.js';
import { NotFoundError } from '../http/api-error.js';

interface DocumentRow {
  seq: number;
  data: string;
}

export interface ListOptions<T> {
  /** Only documents stored under this parent (usually a customer id). */
  parentId?: string;
  /** Keeps a document in the page when true. Applied before the limit. */
  where?: (doc: T) => boolean;
  limit?: number;
  /** The `next_page` token of the previous page. */
  nextPage?: string | null;
}

/**
 * A collection of JSON documents of one kind, in insertion order. Domain modules keep their resources here in
 * their wire shape (the shape the API returns), so that what is stored is what is served.
 */
export class Collection<T extends { id: string }> {
  constructor(
    private readonly db: Db,
    readonly kind: string,
    /** How "not found" reads in a 404 message, e.g. `customer`. */
    private readonly label: string = kind,
  ) {}

  insert(doc: T, parentId?: string): T {
    this.db
      .prepare('INSERT INTO documents (kind, id, parent_id, data) VALUES (?, ?, ?, ?)')
      .run(this.kind, doc.id, parentId ?? null, JSON.stringify(doc));
    return doc;
  }

  /** Replaces the stored document with the same id. */
  update(doc: T): T {
    const result = this.db
      .prepare('UPDATE documents SET data = ? WHERE kind = ? AND id = ?')
      .run(JSON.stringify(doc), this.kind, doc.id);
    if (result.changes === 0) throw new NotFoundError(`${this.label} not found: ${doc.id}`);
    return doc;
  }

  find(id: string): T | undefined {
    const row = this.db.prepare('SELECT data FROM documents WHERE kind = ? AND id = ?').get(this.kind, id) as
      | DocumentRow
      | undefined;
    return row ? (JSON.parse(row.data) as T) : undefined;
  }

  /** The document, or a 404 naming it. */
  get(id: string): T {
    const doc = this.find(id);
    if (!doc) throw new NotFoundError(`${this.label} not found: ${id}`);
    return doc;
  }

  parentOf(id: string): string | undefined {
    return (
      (this.db.prepare('SELECT parent_id FROM documents WHERE kind = ? AND id = ?').pluck().get(this.kind, id) as
        | string
        | null
        | undefined) ?? undefined
    );
  }

  all(parentId?: string): T[] {
    const rows = (
      parentId === undefined
        ? this.db.prepare('SELECT seq, data FROM documents WHERE kind = ? ORDER BY seq').all(this.kind)
        : this.db
            .prepare('SELECT seq, data FROM documents WHERE kind = ? AND parent_id = ? ORDER BY seq')
            .all(this.kind, parentId)
    ) as DocumentRow[];
    return rows.map((row) => JSON.parse(row.data) as T);
  }

  /** One page in insertion order, with a `next_page` token when more documents match. */
  page(options: ListOptions<T> = {}): Page<T> {
    const limit = options.limit ?? DEFAULT_PAGE_LIMIT;
    const after = decodeCursor<{ seq: number }>(options.nextPage)?.seq ?? 0;
    const statement =
      options.parentId === undefined
        ? this.db.prepare('SELECT seq, data FROM documents WHERE kind = ? AND seq > ? ORDER BY seq')
        : this.db.prepare('SELECT seq, data FROM documents WHERE kind = ? AND seq > ? AND parent_id = ? ORDER BY seq');
    const args = options.parentId === undefined ? [this.kind, after] : [this.kind, after, options.parentId];
    const data: T[] = [];
    let lastSeq = after;
    for (const row of statement.iterate(...args) as IterableIterator<DocumentRow>) {
      const doc = JSON.parse(row.data) as T;
      if (options.where && !options.where(doc)) continue;
      if (data.length === limit) return { data, next_page: encodeCursor({ seq: lastSeq }) };
      data.push(doc);
      lastSeq = row.seq;
    }
    return { data, next_page: null };
  }
}
