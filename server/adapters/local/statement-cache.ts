// Prepared statements by SQL text. Preparing is a large share of a small query's cost in
// better-sqlite3; the same few hundred shapes repeat on every request. Bounded, because
// `$in` lists of varying length make new texts: the oldest is dropped first.
import type Database from 'better-sqlite3'

export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>()

  constructor(
    readonly db: Database.Database,
    private readonly max = 2000,
  ) {}

  get(sql: string): Database.Statement {
    let stmt = this.statements.get(sql)
    if (!stmt) {
      stmt = this.db.prepare(sql)
      if (this.statements.size >= this.max) this.statements.delete(this.statements.keys().next().value!)
      this.statements.set(sql, stmt)
    }
    return stmt
  }
}
