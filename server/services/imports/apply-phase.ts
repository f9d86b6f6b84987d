// Phase 5: write the accepted rows, village by village and in seq order within a village,
// a few hundred rows per transaction on SQLite (a handful on CloudBase: config.importTxRows).
//
// Village by village, because every village a chunk writes is counted again for the
// dashboards after the chunk: in file order each chunk of a district's list touches every
// village. A transaction holds whole rows, so a crash leaves each row applied or not at
// all; the cursor moves only past committed transactions, and a chunk that runs again
// finds each applied row's event and skips it.
import type { Deps } from '../../core/deps'
import type { HouseDoc, ImportDoc, ImportRowDoc, TaskDoc } from '../../store/docs'
import { applyRow, applyTime, eventIdOf } from './apply-row'
import { applyNewRows } from './apply-new'
import { BATCH } from './batch'
import { streetScope } from '../street-scope'
import { openCasesOf } from '../cases/household-left'

const WRITES = new Set<ImportRowDoc['kind']>(['new', 'changed', 'missing'])

/** The houses of the households that rows may move to another village, by household. */
async function housesOfMoving(deps: Deps, rows: ImportRowDoc[]): Promise<Map<string, HouseDoc[]>> {
  const ids = rows.filter((r) => r.kind === 'changed' && r.villageId && r.householdId).map((r) => r.householdId!)
  const byHousehold = new Map<string, HouseDoc[]>()
  if (ids.length === 0) return byHousehold
  for (const h of await deps.store.collection('houses').find({ where: { householdId: { $in: ids } } })) {
    byHousehold.set(h.householdId, [...(byHousehold.get(h.householdId) ?? []), h])
  }
  return byHousehold
}

/** The open tasks of the households that rows may take out of monitoring or move to another village, by household. */
async function openTasksOf(deps: Deps, rows: ImportRowDoc[]): Promise<Map<string, TaskDoc[]>> {
  const ids = rows.filter((r) => (r.kind === 'missing' || r.kind === 'changed') && r.householdId).map((r) => r.householdId!)
  const byHousehold = new Map<string, TaskDoc[]>()
  if (ids.length === 0) return byHousehold
  for (const t of await deps.store.collection('tasks').find({ where: { householdId: { $in: ids } }, orderBy: [['householdId', 'asc']], limit: 20 * ids.length })) {
    if (t.status === 'open') byHousehold.set(t.householdId, [...(byHousehold.get(t.householdId) ?? []), t])
  }
  return byHousehold
}

/**
 * The next rows to apply: the rest of the cursor's village, else the first rows of the next
 * village that has any. Every row that writes names a village (the village column is
 * required and must exist), so walking the villages visits all of them. Ordered by the
 * moving fields alone: naming the fixed importId in the order too would make SQLite sort
 * every matching row instead of reading the index in order.
 */
async function nextPage(deps: Deps, job: ImportDoc, cursor: ImportDoc['applyCursor']): Promise<ImportRowDoc[]> {
  const rowsCol = deps.store.collection('importRows')
  if (cursor.villageId) {
    const rest = await rowsCol.find({ where: { importId: job._id, villageId: cursor.villageId, seq: { $gt: cursor.seq } }, orderBy: [['seq', 'asc']], limit: BATCH })
    if (rest.length) return rest
  }
  const [first] = await rowsCol.find({ where: { importId: job._id, villageId: { $gt: cursor.villageId } }, orderBy: [['villageId', 'asc']], limit: 1 })
  if (!first) return []
  return rowsCol.find({ where: { importId: job._id, villageId: first.villageId, seq: { $gt: 0 } }, orderBy: [['seq', 'asc']], limit: BATCH })
}

export async function applyChunk(deps: Deps, job: ImportDoc, deadline: number): Promise<Partial<ImportDoc>> {
  const events = deps.store.collection('householdEvents')
  const perTx = deps.config.importTxRows
  const street = await streetScope(deps, job.streetId)
  let { applied, applyCursor } = job
  if (typeof applyCursor !== 'object') {
    // Left mid-apply by the version that went in seq order: the walk starts again, and the
    // rows already written are skipped by their events.
    applied = 0
    applyCursor = { villageId: '', seq: 0 }
  }
  for (;;) {
    const page = await nextPage(deps, job, applyCursor)
    if (page.length === 0) return { phase: 'done', applied, applyCursor, appliedAt: deps.clock.now().toISOString() }
    const writing = page.filter((r) => WRITES.has(r.kind))
    // Rows applied by an earlier run of this chunk are skipped without a transaction. An
    // event never goes away, so one found here is final; the rest are checked again inside.
    const done = new Set((await events.getMany(writing.map((r) => eventIdOf(job, r)))).map((e) => e._id))
    // New households in bulk first (apply-new.ts); the other rows one transaction per few.
    const bulk = await applyNewRows(deps, job, street, writing.filter((r) => !done.has(eventIdOf(job, r))), applyTime(deps, deps.clock.now()))
    for (const r of writing) if (bulk.has(r.seq)) done.add(eventIdOf(job, r))
    const houses = await housesOfMoving(deps, writing.filter((r) => !done.has(eventIdOf(job, r))))
    const tasks = await openTasksOf(deps, writing.filter((r) => !done.has(eventIdOf(job, r))))
    const cases = await openCasesOf(deps, writing.filter((r) => (r.kind === 'missing' || r.kind === 'changed') && r.householdId && !done.has(eventIdOf(job, r))).map((r) => r.householdId!))
    for (let i = 0; i < page.length; i += perTx) {
      const slice = page.slice(i, i + perTx)
      const rows = slice.filter((r) => WRITES.has(r.kind) && !done.has(eventIdOf(job, r)))
      if (rows.length) {
        const at = applyTime(deps, deps.clock.now())
        const refused: number[] = []
        await deps.store.transaction(async (tx) => {
          refused.length = 0
          for (const r of rows) if (!(await applyRow(deps, tx, job, street, r, houses.get(r.householdId ?? '') ?? [], at, tasks.get(r.householdId ?? '') ?? [], cases.get(r.householdId ?? '') ?? []))) refused.push(r.seq)
        })
        if (refused.length) deps.log.error('import rows outside the street refused', { import: job._id, street: job.streetId, seqs: refused })
      }
      applied += slice.filter((r) => WRITES.has(r.kind)).length
      const last = slice[slice.length - 1]!
      applyCursor = { villageId: last.villageId!, seq: last.seq }
      if (Date.now() > deadline) return { applied, applyCursor }
    }
  }
}
