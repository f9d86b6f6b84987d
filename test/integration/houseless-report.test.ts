// A listed household whose house is not registered yet can still report a problem: the
// case hangs on the household, and registering the house later attaches it.
import type { HouseDoc } from '../../server/store/docs'
import { attachHouseToOpenCase } from '../../server/services/cases/houseless-case'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
let hhId: string
let removed: HouseDoc[]
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3, now: '2026-11-28T10:00:00+08:00' })
  hhId = ok(await env.call(DEMO.farmerYulong, 'auth.me', {})).householdId!
  // As an imported list leaves it: the household has no house.
  const houses = env.rt.store.collection('houses')
  removed = await houses.find({ where: { householdId: hhId } })
  for (const h of removed) await houses.remove(h._id)
  await env.rt.store.collection('households').update(hhId, { houseCount: 0 })
})
afterEach(() => env.close())

const none = { cracks: false, leaning: false, roof: false, foundation: false, slope: false }
const words = (reportId: string, description: string) =>
  env.call(DEMO.farmerYulong, 'selfcheck.submit', { reportId, houseId: null, answers: none, description, photos: [], checkedAt: '2026-11-28T09:00:00+08:00', problem: true, noPhoto: true })

it('a household without a house can report', async () => {
  const r = ok(await words('sc-nohouse-1', '房子后面的坡垮了一块'))
  expect(r).toMatchObject({ houseId: null, caseStage: 'reported' })
  const c = ok(await env.call(DEMO.inspectorYulong, 'case.get', { caseId: r.caseId! }))
  expect(c).toMatchObject({ houseId: null, householdId: hhId, source: 'farmerReport' })
  expect(c.reports[0]).toMatchObject({ words: '房子后面的坡垮了一块', noPhoto: true })
  // His inspector is told, and a second report joins the same case.
  expect((await env.rt.store.collection('inbox').find({ where: { userId: DEMO.inspectorYulong } })).filter((m) => m.kind === 'farmerReport')).toHaveLength(1)
  expect(ok(await words('sc-nohouse-2', '又垮了一点')).caseId).toBe(r.caseId)
  // The inspector can go and see it and pass it on; appraisal waits for the house.
  let cur = ok(await env.call(DEMO.inspectorYulong, 'case.get', { caseId: c.id }))
  expect(cur.reports).toHaveLength(2)
  cur = ok(await env.call(DEMO.inspectorYulong, 'case.transition', { caseId: c.id, transitionId: 'tr-nh-1', expectRev: cur.rev, action: 'verify', note: '看了' }))
  cur = ok(await env.call(DEMO.inspectorYulong, 'case.transition', { caseId: c.id, transitionId: 'tr-nh-2', expectRev: cur.rev, action: 'reportToStreet', note: '' }))
  expect(await env.call(DEMO.staffBachuan, 'case.transition', { caseId: c.id, transitionId: 'tr-nh-3', expectRev: cur.rev, action: 'assignAppraisal', appraiserId: DEMO.appraiserBachuan, dueDate: '2026-12-05', firm: '' })).toMatchObject({ ok: false, code: 'VALIDATION' })
})

it('registering the house attaches the open case to it', async () => {
  const r = ok(await words('sc-nohouse-3', '墙裂了'))
  const house = { ...removed[0]!, _id: 'ho-registered-1', openCaseId: null }
  delete (house as { _rev?: number })._rev
  const attached = await env.rt.store.transaction(async (tx) => {
    await tx.collection('houses').insert(house)
    return attachHouseToOpenCase(tx, hhId, house._id, '2026-11-28T11:00:00.000Z')
  })
  expect(attached).toBe(r.caseId)
  expect((await env.rt.store.collection('cases').get(r.caseId!))!.houseId).toBe('ho-registered-1')
  expect((await env.rt.store.collection('houses').get('ho-registered-1'))!.openCaseId).toBe(r.caseId)
  expect((await env.rt.store.collection('households').get(hhId))!.houselessCaseId).toBeNull()
  // A report on the registered house now joins the same case.
  const again = ok(await env.call(DEMO.farmerYulong, 'selfcheck.submit', { reportId: 'sc-house-4', houseId: 'ho-registered-1', answers: none, description: '更宽了', photos: [], checkedAt: '2026-11-28T09:30:00+08:00', problem: true, noPhoto: true }))
  expect(again.caseId).toBe(r.caseId)
})

it('the inspector registering the house in the app attaches the farmer\'s open case to it', async () => {
  const { registration } = await import('../support/houses')
  const r = ok(await words('sc-nohouse-reg', '墙裂了'))
  const house = ok(await env.call(DEMO.inspectorYulong, 'house.register', await registration(env, DEMO.inspectorYulong, hhId)))
  expect((await env.rt.store.collection('cases').get(r.caseId!))!.houseId).toBe(house.id)
  expect((await env.rt.store.collection('houses').get(house.id))!.openCaseId).toBe(r.caseId)
})
