// The Store on SQLite (better-sqlite3): one table per collection holding JSON documents,
// expression indexes from the manifest, WAL journaling, and transactions.
import Database from 'better-sqlite3'
import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../../../domain/errors'
import type { Collection, DocOps, FindOptions, StoredDoc, Store, TxStore, Where, AnyWhere } from '../../ports/store'
import { COLLECTIONS, MANIFEST, type CollectionName } from '../../store/manifest'
import type { DocOf } from '../../store/collections'
import { AsyncLock } from './async-lock'
import { StatementCache } from './statement-cache'
import { WalCheckpointer } from './wal-checkpointer'
import { fieldExpr, findSql, whereSql } from './sqlite-query'

interface Row {
  _id: string
  rev: number
  doc: string
}

const toDoc = <T>(row: Row): T => ({ ...JSON.parse(row.doc), _id: row._id, _rev: row.rev }) as T

function body(doc: Record<string, unknown>): string {
  const { _id: _ignoredId, _rev: _ignoredRev, ...rest } = doc
  return JSON.stringify(rest)
}

export class SqliteStore implements Store {
  readonly remote = false
  readonly db: Database.Database
  private readonly sql: StatementCache
  private readonly lock = new AsyncLock()
  /**
   * Plain reads use a second, read-only connection: under WAL it sees every committed
   * write and never waits for the writer's lock, so many requests at once do not queue
   * their reads behind each other's writes.
   */
  private readonly reader: Reader
  private readonly checkpointer: WalCheckpointer | null = null

  constructor(readonly file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true })
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('busy_timeout = 5000')
    tuneReads(this.db)
    this.migrate()
    this.sql = new StatementCache(this.db)
    if (file === ':memory:') this.reader = { db: this.db, sql: this.sql, run: (fn) => this.lock.run(fn) }
    else {
      // Checkpoints happen off the request path (see WalCheckpointer); SQLite's own, on
      // the committing thread, only when the log passes ~32 MB regardless, and the file is
      // cut back to 64 MB when it restarts.
      this.db.pragma('wal_autocheckpoint = 8000')
      this.db.pragma('journal_size_limit = 67108864')
      this.checkpointer = new WalCheckpointer(file, 500)
      const readDb = new Database(file, { readonly: true })
      readDb.pragma('busy_timeout = 5000')
      tuneReads(readDb)
      this.reader = {
        db: readDb,
        sql: new StatementCache(readDb),
        // Reading through the outer store inside a transaction is a mistake (it would not
        // see the transaction's own writes): refused, as the lock refuses it.
        run: (fn) => (this.lock.held ? Promise.reject(new Error('store used outside its transaction handle while a transaction is open')) : Promise.resolve().then(fn)),
      }
    }
  }

  private migrate(): void {
    const ddl: string[] = []
    for (const name of COLLECTIONS) {
      ddl.push(`CREATE TABLE IF NOT EXISTS "${name}" (_id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 1, doc TEXT NOT NULL)`)
      for (const idx of MANIFEST[name]) {
        const cols = idx.fields.map(([f, d]) => `${fieldExpr(f)} ${d === 'desc' ? 'DESC' : 'ASC'}`).join(', ')
        ddl.push(`CREATE ${'unique' in idx && idx.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS "${name}_${idx.name}" ON "${name}" (${cols})`)
      }
    }
    this.db.exec(ddl.join(';\n'))
  }

  collection<N extends CollectionName>(name: N): Collection<DocOf<N>> {
    type T = DocOf<N>
    return new SqliteCollection<T>(this.sql, name, (fn) => this.lock.run(fn), this.reader)
  }

  async transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R> {
    return this.lock.run(async () => {
      this.sql.get('BEGIN IMMEDIATE').run()
      try {
        const tx: TxStore = {
          collection: <N extends CollectionName>(name: N): DocOps<DocOf<N>> =>
            docOpsOnly(new SqliteCollection<DocOf<N>>(this.sql, name, (op) => Promise.resolve().then(op))),
        }
        const result = await fn(tx)
        this.sql.get('COMMIT').run()
        return result
      } catch (err) {
        if (this.db.inTransaction) this.sql.get('ROLLBACK').run()
        throw err
      }
    })
  }

  async health(): Promise<Record<string, unknown>> {
    return this.lock.run(() => {
      const counts: Record<string, number> = {}
      for (const name of COLLECTIONS) {
        counts[name] = (this.db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n
      }
      return {
        engine: 'sqlite',
        file: this.file,
        journalMode: this.db.pragma('journal_mode', { simple: true }),
        sqliteVersion: (this.db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
        counts,
      }
    })
  }

  async close(): Promise<void> {
    await this.checkpointer?.close()
    await this.lock.run(() => {
      if (this.reader.db !== this.db) this.reader.db.close()
      this.db.close()
    })
  }
}

/**
 * SQLite's default page cache is 2 MB; at district scale (a 1 GB file) look-ups then keep
 * asking the kernel for the same index pages. 64 MB per connection holds the hot ones.
 * (Memory-mapped reads were tried as well and cost more CPU per request under load.)
 */
function tuneReads(db: Database.Database): void {
  db.pragma('cache_size = -65536')
}

type Runner = <R>(op: () => R) => Promise<R>

/** Only the single-document operations, as CloudBase's runTransaction offers. */
function docOpsOnly<T extends StoredDoc>(c: DocOps<T>): DocOps<T> {
  return {
    get: (id) => c.get(id),
    insert: (doc) => c.insert(doc),
    set: (doc) => c.set(doc),
    update: (id, patch, opts) => c.update(id, patch, opts),
    remove: (id) => c.remove(id),
  }
}

/** Where plain reads go: the writer itself, or a second, read-only connection. */
interface Reader {
  db: Database.Database
  sql: StatementCache
  run: Runner
}

class SqliteCollection<T extends StoredDoc> implements Collection<T> {
  private readonly reader: Reader

  constructor(
    private readonly sql: StatementCache,
    private readonly table: CollectionName,
    private readonly run: Runner,
    reader?: Reader,
  ) {
    this.reader = reader ?? { db: sql.db, sql, run }
  }

  private getSync(id: string, sql = this.sql): T | null {
    const row = sql.get(`SELECT _id, rev, doc FROM "${this.table}" WHERE _id = ?`).get(id) as Row | undefined
    return row ? toDoc<T>(row) : null
  }

  get(id: string): Promise<T | null> {
    return this.reader.run(() => this.getSync(id, this.reader.sql))
  }

  getMany(ids: string[]): Promise<T[]> {
    if (ids.length === 0) return Promise.resolve([])
    return this.find({ where: { _id: { $in: ids } } })
  }

  find(typed: FindOptions<T> = {}): Promise<T[]> {
    // The filter's fields were checked against T by the caller; here every field is a path.
    const opts = typed as unknown as FindOptions
    // The query is built inside run() so that a bad field path rejects, not throws.
    return this.reader.run(() => {
      const { sql, params } = findSql(this.table, opts)
      return (this.reader.sql.get(sql).all(...params) as Row[]).map((r) => toDoc<T>(r))
    })
  }

  count(typed?: Where<T>): Promise<number> {
    const where = typed as AnyWhere | undefined
    return this.reader.run(() => {
      const { sql, params } = whereSql(where)
      return (this.reader.sql.get(`SELECT count(*) AS n FROM "${this.table}" ${sql}`).get(...params) as { n: number }).n
    })
  }

  insert(doc: Omit<T, '_rev'>): Promise<void> {
    return this.run(() => {
      const res = this.sql
        .get(`INSERT INTO "${this.table}" (_id, rev, doc) VALUES (?, 1, ?) ON CONFLICT(_id) DO NOTHING`)
        .run(doc._id, body(doc))
      if (res.changes === 0) throw new AppError('CONFLICT', '这条记录已经存在')
    })
  }

  insertMany(docs: Array<Omit<T, '_rev'>>): Promise<void> {
    return this.run(() => {
      const stmt = this.sql.get(`INSERT INTO "${this.table}" (_id, rev, doc) VALUES (?, 1, ?)`)
      const all = this.sql.db.transaction((list: Array<Omit<T, '_rev'>>) => {
        for (const d of list) stmt.run(d._id, body(d))
      })
      try {
        // Inside an open transaction better-sqlite3 nests this as a savepoint.
        all(docs)
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new AppError('CONFLICT', '记录已经存在')
        throw err
      }
    })
  }

  set(doc: Omit<T, '_rev'> & { _rev?: number }): Promise<void> {
    return this.run(() => {
      this.sql
        .get(`INSERT INTO "${this.table}" (_id, rev, doc) VALUES (?, 1, ?) ON CONFLICT(_id) DO UPDATE SET rev = rev + 1, doc = excluded.doc`)
        .run(doc._id, body(doc))
    })
  }

  update(id: string, patch: Partial<Omit<T, '_id' | '_rev'>>, opts: { ifRev?: number } = {}): Promise<boolean> {
    return this.run(() => {
      const current = this.getSync(id)
      if (!current) return false
      if (opts.ifRev !== undefined && current._rev !== opts.ifRev) throw new AppError('CONFLICT')
      const merged = { ...current, ...patch } as Record<string, unknown>
      for (const [k, v] of Object.entries(patch)) if (v === undefined) delete merged[k]
      this.sql.get(`UPDATE "${this.table}" SET rev = rev + 1, doc = ? WHERE _id = ?`).run(body(merged), id)
      return true
    })
  }

  remove(id: string): Promise<void> {
    return this.run(() => {
      this.sql.get(`DELETE FROM "${this.table}" WHERE _id = ?`).run(id)
    })
  }

  updateWhere(typed: Where<T>, patch: Partial<Omit<T, '_id' | '_rev'>>): Promise<number> {
    const where = typed as AnyWhere
    return this.run(() => {
      if (Object.keys(where).length === 0) throw new Error('updateWhere needs a filter')
      // Read and written under the writer's lock, in one SQLite transaction.
      const { sql, params } = findSql(this.table, { where })
      const stmt = this.sql.get(`UPDATE "${this.table}" SET rev = rev + 1, doc = ? WHERE _id = ?`)
      return this.sql.db.transaction(() => {
        const matched = (this.sql.get(sql).all(...params) as Row[]).map((r) => toDoc<T>(r))
        for (const current of matched) {
          const merged = { ...current, ...patch } as Record<string, unknown>
          for (const [k, v] of Object.entries(patch)) if (v === undefined) delete merged[k]
          stmt.run(body(merged), current._id)
        }
        return matched.length
      })()
    })
  }
}
