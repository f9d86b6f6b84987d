// The client-made id of a case step belongs to one step of one case: a retry of it is
// answered with the case, sent twice at once it still moves the case once, and reused
// on another case it is refused instead of being taken as done.
import type { HouseDoc } from '../../server/store/docs'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
let houses: HouseDoc[]
beforeAll(async () => {
  env = await createTestEnv({ householdsPerVillage: 6 })
  houses = (await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 50 })).filter((h) => !h.openCaseId)
})
afterAll(() => env.close())

const openCase = async (n: number) => ok(await env.call(DEMO.inspectorYulong, 'case.open', { caseId: `case-ids-${n}`, houseId: houses[n]!._id, summary: '墙体开裂' }))

it('one step sent twice at once moves the case once, and both senders get the case', async () => {
  const c = await openCase(0)
  const step = { caseId: c.id, transitionId: 'tr-twice', expectRev: c.rev, action: 'verify' as const, note: '已核实' }
  const [a, b] = await Promise.all([env.call(DEMO.inspectorYulong, 'case.transition', step), env.call(DEMO.inspectorYulong, 'case.transition', step)])
  expect([a.ok ? a.data.stage : a.code, b.ok ? b.data.stage : b.code]).toEqual(['villageVerified', 'villageVerified'])
  const events = await env.rt.store.collection('caseEvents').find({ where: { caseId: c.id } })
  expect(events.filter((e) => e.action === 'verify')).toHaveLength(1)
})

it('a step id already used on another case is refused, and this case does not move', async () => {
  const first = await openCase(1)
  const second = await openCase(2)
  ok(await env.call(DEMO.inspectorYulong, 'case.transition', { caseId: first.id, transitionId: 'tr-reused', expectRev: first.rev, action: 'verify', note: '已核实' }))
  const r = await env.call(DEMO.inspectorYulong, 'case.transition', { caseId: second.id, transitionId: 'tr-reused', expectRev: second.rev, action: 'verify', note: '已核实' })
  expect(r.ok ? 'taken as done' : r.code).toBe('CONFLICT')
  expect(ok(await env.call(DEMO.inspectorYulong, 'case.get', { caseId: second.id })).stage).toBe('reported')
})

it('a step id already used on another case is refused as taken, not as a stale revision', async () => {
  const first = await openCase(6)
  const second = await openCase(7)
  ok(await env.call(DEMO.inspectorYulong, 'case.transition', { caseId: first.id, transitionId: 'tr-reused-illegal', expectRev: first.rev, action: 'verify', note: '已核实' }))
  const r = await env.call(DEMO.inspectorYulong, 'case.transition', { caseId: second.id, transitionId: 'tr-reused-illegal', expectRev: second.rev + 1, action: 'verify', note: '已核实' })
  expect(r.ok ? 'taken as done' : r.message).toBe('这个编号已被使用，请重新提交')
})

it('a note id already used on another case is refused, and no note is lost silently', async () => {
  const first = await openCase(3)
  const second = await openCase(4)
  ok(await env.call(DEMO.inspectorYulong, 'case.record', { caseId: first.id, entryId: 'en-reused', kind: 'note', note: '已电话联系' }))
  const r = await env.call(DEMO.inspectorYulong, 'case.record', { caseId: second.id, entryId: 'en-reused', kind: 'note', note: '已电话联系' })
  expect(r.ok ? 'taken as done' : r.code).toBe('CONFLICT')
})

it('a retried note is answered with the case and recorded once', async () => {
  const c = await openCase(5)
  const note = { caseId: c.id, entryId: 'en-retried', kind: 'note' as const, note: '已电话联系' }
  ok(await env.call(DEMO.inspectorYulong, 'case.record', note))
  const again = ok(await env.call(DEMO.inspectorYulong, 'case.record', note))
  expect(again.timeline.filter((e) => e.id === 'ce-en-retried')).toHaveLength(1)
})
