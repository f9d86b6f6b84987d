// Applying a previewed department list: rows are written a few per transaction, village by
// village, and a chunk that fails or runs again never leaves a row half written or
// written twice.
import type { HouseholdDoc, HouseholdEventDoc, TaskDoc } from '../../server/store/docs'
import { FaultyStore } from '../support/faulty-store'
import { LIST_HEADER, runToRest, startImport, validId } from '../support/list-import'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { leavingCount } from '../support/imports'
import { xlsxOf } from '../support/sheets'

const STAFF = DEMO.staffBachuan
const NEW_ROWS = 7
let env: TestEnv
let faulty: FaultyStore

beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 6, now: '2026-11-03T09:00:00+08:00' })
  faulty = new FaultyStore(env.rt.deps.store)
  env.rt.deps.store = faulty
  // Three rows per transaction and one transaction per chunk, so that a short list spans
  // many transactions and chunks.
  env.rt.deps.config.importTxRows = 3
})
afterEach(() => env.close())

const sql = <T>(query: string, ...params: unknown[]) => env.rt.store.db.prepare(query).all(...params) as T[]
const docsOf = <T>(rows: Array<{ _id: string; rev: number; doc: string }>) => rows.map((r) => ({ ...JSON.parse(r.doc), _id: r._id, _rev: r.rev }) as T)

/** New households for 凉水社区 (whose civil-listed households then all go missing). */
async function previewedList(): Promise<string> {
  const rows: Array<Array<string | number>> = [LIST_HEADER]
  for (let i = 0; i < NEW_ROWS; i++) rows.push(['凉水社区', '1组', `新户${i}`, validId(`5002241961${String(i).padStart(7, '0')}`), '', '低保户', 2, ''])
  const { importId } = await startImport(env, await xlsxOf(rows), 'civil')
  const preview = await runToRest(env, importId)
  expect(preview).toMatchObject({ phase: 'ready', counts: { new: NEW_ROWS, error: 0 } })
  expect(preview.counts.missing).toBeGreaterThan(0)
  return importId
}

function written(importId: string) {
  const events = docsOf<HouseholdEventDoc>(sql(`SELECT * FROM householdEvents WHERE json_extract(doc, '$.importId') = ?`, importId))
  const listed = events.filter((e) => e.kind === 'listed').map((e) => e.householdId)
  const households = docsOf<HouseholdDoc>(sql(`SELECT * FROM households WHERE json_extract(doc, '$.listedSince') = '2026-11-03' AND json_extract(doc, '$.headName') LIKE '新户%'`))
  const tasks = docsOf<TaskDoc>(sql(`SELECT * FROM tasks WHERE json_extract(doc, '$.kind') = 'newListingCheck' AND json_extract(doc, '$.villageId') = 'v-liangshui'`))
  return { events, listed, households, tasks }
}

it('an import applied in batches writes each household once when a chunk runs again', async () => {
  const importId = await previewedList()
  const before = new Map(sql<{ _id: string; rev: number }>('SELECT _id, rev FROM households').map((r) => [r._id, r.rev]))
  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) }))
  env.rt.deps.config.chunkBudgetMs = 1

  // The chunk's rows are committed, then saving how far it got fails: the next step
  // starts again from the earlier cursor.
  faulty.failOnce((collection, write, patch) => collection === 'imports' && write === 'update' && 'applyCursor' in (patch as object))
  const failed = await env.call(STAFF, 'import.step', { importId })
  expect(failed.ok ? 'ok' : failed.code).toBe('INTERNAL')
  const done = await runToRest(env, importId)
  expect(faulty.failures).toBe(1)
  expect(done.phase).toBe('done')

  const { events, listed, households, tasks } = written(importId)
  expect(households).toHaveLength(NEW_ROWS)
  // Inserted once and never written again.
  expect(households.map((h) => h._rev)).toEqual(households.map(() => 1))
  expect(new Set(listed)).toEqual(new Set(households.map((h) => h._id)))
  expect(tasks.filter((t) => listed.includes(t.householdId)).map((t) => t._rev)).toEqual(listed.map(() => 1))
  // Every household that left the list changed once: one event, one revision more.
  const dropped = events.filter((e) => e.kind !== 'listed')
  expect(dropped).toHaveLength(done.counts.missing)
  expect(new Set(dropped.map((e) => e.householdId)).size).toBe(dropped.length)
  for (const e of dropped) expect(sql<{ rev: number }>('SELECT rev FROM households WHERE _id = ?', e.householdId)[0]!.rev).toBe(before.get(e.householdId)! + 1)
})

it('a crash in the middle of a page of new households is finished by the next step, with the same file numbers', async () => {
  const importId = await previewedList()
  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) }))
  const lastBefore = (await env.rt.store.collection('orgs').get('s-bachuan'))!.lastFileNo ?? 0

  // The page's households are written in bulk, then writing their check tasks fails: no
  // row is applied yet (its event is written last).
  faulty.failOnce((collection, write) => collection === 'tasks' && write === 'insertMany')
  for (let i = 0; i < 5 && faulty.failures === 0; i++) await env.call(STAFF, 'import.step', { importId })
  expect(faulty.failures).toBe(1)
  const atCrash = written(importId)
  expect(atCrash.households).toHaveLength(NEW_ROWS)
  expect(atCrash.listed).toEqual([])
  expect(atCrash.tasks).toEqual([])

  expect((await runToRest(env, importId)).phase).toBe('done')
  const after = written(importId)
  expect(after.households).toHaveLength(NEW_ROWS)
  expect(after.households.map((h) => h._rev)).toEqual(after.households.map(() => 1))
  expect(after.households.map((h) => h.fileNo).sort()).toEqual(atCrash.households.map((h) => h.fileNo).sort())
  expect(new Set(after.households.map((h) => h.fileNo)).size).toBe(NEW_ROWS)
  expect(after.listed).toHaveLength(NEW_ROWS)
  expect(after.tasks).toHaveLength(NEW_ROWS)
  expect(new Set(after.tasks.map((t) => t.householdId))).toEqual(new Set(after.households.map((h) => h._id)))
  // No number is spent twice: the street's count moved by the households listed.
  expect((await env.rt.store.collection('orgs').get('s-bachuan'))!.lastFileNo).toBe(lastBefore + NEW_ROWS)
})

it('an import an earlier version left half applied is finished, each row written once', async () => {
  const importId = await previewedList()
  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) }))
  env.rt.deps.config.chunkBudgetMs = 1
  await env.call(STAFF, 'import.step', { importId })
  // As the seq-ordered version saved its cursor: the seq of the last row applied.
  env.rt.store.db.prepare(`UPDATE imports SET doc = json_set(doc, '$.applyCursor', 3) WHERE _id = ?`).run(importId)
  expect((await runToRest(env, importId)).phase).toBe('done')
  const job = JSON.parse((env.rt.store.db.prepare('SELECT doc FROM imports WHERE _id = ?').get(importId) as { doc: string }).doc)
  expect(job.applied).toBe(job.toApply)
  const { households, listed } = written(importId)
  expect(households.map((h) => h._rev)).toEqual(households.map(() => 1))
  expect(listed).toHaveLength(NEW_ROWS)
})

it('a household listed under another village moves there with its houses', async () => {
  const houses = env.rt.store.collection('houses')
  const yulong = await env.rt.store.collection('households').find({ where: { villageId: 'v-yulong', status: 'monitored' } })
  let mover: HouseholdDoc | undefined
  for (const h of yulong) if (h.categories.includes('dibao') && (await houses.count({ householdId: h._id })) > 0) mover = mover ?? h
  const row = ['狮子村', mover!.group, mover!.headName, env.rt.deps.personal.open(mover!.idEnc), '', '低保户', mover!.members, '']
  const { importId } = await startImport(env, await xlsxOf([LIST_HEADER, row]), 'civil')
  expect((await runToRest(env, importId)).counts.changed).toBe(1)
  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) }))
  expect((await runToRest(env, importId)).phase).toBe('done')

  expect((await env.rt.store.collection('households').get(mover!._id))!.villageId).toBe('v-shizi')
  const moved = await houses.find({ where: { householdId: mover!._id } })
  expect(moved.length).toBeGreaterThan(0)
  expect(moved.map((h) => h.villageId)).toEqual(moved.map(() => 'v-shizi'))
  const history = ok(await env.call(STAFF, 'household.history', { householdId: mover!._id }))
  expect(history[0]!.changes).toContainEqual(expect.objectContaining({ from: '玉龙村', to: '狮子村' }))
})

it("a household that moves village takes its open tasks and cases along, where the new village's inspector sees them", async () => {
  const store = env.rt.store
  const yulong = await store.collection('households').find({ where: { villageId: 'v-yulong', status: 'monitored' } })
  let mover: HouseholdDoc | undefined
  for (const h of yulong) if (h.categories.includes('dibao') && (await store.collection('houses').count({ householdId: h._id })) > 0) mover = mover ?? h
  const house = (await store.collection('houses').find({ where: { householdId: mover!._id } }))[0]!
  await store.collection('tasks').set({ _id: `tk-check-${mover!._id}`, kind: 'newListingCheck', householdId: mover!._id, villageId: 'v-yulong', streetId: mover!.streetId, title: '新纳入核查', status: 'open', dueDate: '2026-11-30', createdAt: '2026-11-01T09:00:00+08:00', doneAt: null })
  ok(await env.call(STAFF, 'case.open', { caseId: 'case-mover', houseId: house._id, summary: '墙体开裂' }))
  const row = ['狮子村', mover!.group, mover!.headName, env.rt.deps.personal.open(mover!.idEnc), '', '低保户', mover!.members, '']
  const { importId } = await startImport(env, await xlsxOf([LIST_HEADER, row]), 'civil')
  await runToRest(env, importId)
  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) }))
  expect((await runToRest(env, importId)).phase).toBe('done')

  expect((await store.collection('tasks').get(`tk-check-${mover!._id}`))!.villageId).toBe('v-shizi')
  expect((await store.collection('cases').get('case-mover'))!.villageId).toBe('v-shizi')
  const shiziCases = ok(await env.call(DEMO.inspectorShizi, 'case.list', { stage: 'open', villageId: 'v-shizi', pageSize: 50 }))
  expect(shiziCases.items.map((c) => c.id)).toContain('case-mover')
})
