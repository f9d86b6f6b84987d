// Pages of a village's records are read in index order, not sorted afresh: at district
// scale a temporary sort of every matching row made a page cost 70 times as much.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SqliteStore } from '../../../server/adapters/local/sqlite-store'
import { findSql } from '../../../server/adapters/local/sqlite-query'
import type { FindOptions } from '../../../server/ports/store'

let dir: string
let store: SqliteStore
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-plan-'))
  store = new SqliteStore(path.join(dir, 'anju.sqlite'))
})
afterAll(async () => {
  await store.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const plan = (table: string, opts: FindOptions): string => {
  const { sql, params } = findSql(table, opts)
  return (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
}

describe('query plans on SQLite', () => {
  it("a village's patrols of a month come in house order straight from the index", () => {
    const p = plan('patrols', { where: { villageId: 'v1', month: '2026-11' }, orderBy: [['villageId', 'asc'], ['month', 'asc'], ['houseId', 'asc']], limit: 1000 })
    expect(p).toContain('patrols_by_village_month')
    expect(p).not.toContain('TEMP B-TREE')
  })

  it("a village's monitored households page by group without a sort", () => {
    const p = plan('households', { where: { villageId: 'v1', status: 'monitored' }, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']], skip: 40, limit: 20 })
    expect(p).not.toContain('TEMP B-TREE')
  })

  it("an import's rows after a cursor come in seq order without a sort", () => {
    const p = plan('importRows', { where: { importId: 'imp-1', seq: { $gt: 500 } }, orderBy: [['importId', 'asc'], ['seq', 'asc']], limit: 500 })
    expect(p).not.toContain('TEMP B-TREE')
  })

  it('a sort key under a range or $in condition is kept, so the order stays right', () => {
    const { sql } = findSql('houses', { where: { villageId: { $in: ['v1', 'v2'] } }, orderBy: [['villageId', 'asc'], ['_id', 'asc']] })
    expect(sql).toMatch(/ORDER BY json_extract\(doc, '\$\.villageId'\) ASC, _id ASC/)
  })
})
