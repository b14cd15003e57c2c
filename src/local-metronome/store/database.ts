import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * A table set owned by one domain module. Statements must be idempotent (`CREATE ... IF NOT EXISTS`): they run
 * on every start against a database that may already hold them.
 */
export interface StoreSchema {
  name: string;
  sql: string;
  /** Columns added to the schema's tables after they first shipped: added to a database created before them. */
  addedColumns?: readonly { table: string; column: string; definition: string }[];
}

function addMissingColumns(db: Db, schema: StoreSchema): void {
  for (const { table, column, definition } of schema.addedColumns ?? []) {
    const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[];
    if (!columns.some((c) => c.name === column)) db.exec(`ALTER TABLE "${table}" ADD COLUMN "${column}" ${definition}`);
  }
}

const coreSchema: StoreSchema = {
  name: 'core',
  sql: `
    CREATE TABLE IF NOT EXISTS documents (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL,
      id TEXT NOT NULL,
      parent_id TEXT,
      data TEXT NOT NULL,
      UNIQUE (kind, id)
    );
    CREATE INDEX IF NOT EXISTS documents_by_parent ON documents (kind, parent_id, seq);

    CREATE TABLE IF NOT EXISTS idempotency_keys (
      key TEXT PRIMARY KEY,
      fingerprint TEXT NOT NULL,
      status INTEGER NOT NULL,
      body TEXT NOT NULL,
      created_at_ms INTEGER NOT NULL
    );

    CREATE TABLE IF NOT EXISTS audit_logs (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      timestamp TEXT NOT NULL,
      resource_type TEXT,
      resource_id TEXT,
      data TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS audit_logs_by_time ON audit_logs (timestamp, seq);

    CREATE TABLE IF NOT EXISTS custom_field_keys (
      entity TEXT NOT NULL,
      key TEXT NOT NULL,
      enforce_uniqueness INTEGER NOT NULL,
      seq INTEGER NOT NULL,
      PRIMARY KEY (entity, key)
    );
    CREATE TABLE IF NOT EXISTS custom_field_values (
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      key TEXT NOT NULL,
      value TEXT NOT NULL,
      PRIMARY KEY (entity, entity_id, key)
    );
    CREATE INDEX IF NOT EXISTS custom_field_values_by_value ON custom_field_values (entity, key, value);

    CREATE TABLE IF NOT EXISTS credit_types (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      is_currency INTEGER NOT NULL
    );
  `,
};

/** Opens (creating if needed) the database at `path` — a file, or `:memory:` — and applies every schema. */
export function openDatabase(path: string, schemas: readonly StoreSchema[]): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  for (const schema of [coreSchema, ...schemas]) {
    db.exec(schema.sql);
    addMissingColumns(db, schema);
  }
  return db;
}

/** Every table the schemas created, emptied: the state of a fresh database. */
export function clearDatabase(db: Db): void {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[];
  db.transaction(() => {
    for (const table of tables) db.exec(`DELETE FROM "${table}"`);
    db.exec(`DELETE FROM sqlite_sequence`);
  })();
}
