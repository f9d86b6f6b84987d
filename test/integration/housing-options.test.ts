// 安置房源 (seed 五): the street's register of homes for people who cannot rebuild, and the
// case that closes by relocation moves the family into one (occupancy updated).
import type { CaseDetail } from '../../domain'
import '../support/matchers'
import { aCaseAt, aHouseWithoutCase } from '../support/builders'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

const STAFF = DEMO.staffBachuan
const addOption = (optionId: string, capacity = 1, user: string = STAFF) =>
  env.call(user, 'housing.add', { optionId, kind: 'publicRental', name: `公租房 ${optionId}`, address: '滨河路 8 号', capacity })

async function caseInEmergency(id: string): Promise<CaseDetail> {
  const c = await aCaseAt(env, id, await aHouseWithoutCase(env), 'emergency', { renovation: null })
  return ok(await env.call(STAFF, 'case.get', { caseId: c._id }))
}

const closeInto = (c: CaseDetail, optionId: string, transitionId = `tr-close-${c.id}`) =>
  env.call(STAFF, 'case.transition', { caseId: c.id, transitionId, expectRev: c.rev, action: 'closeOut', route: 'geoRelocation', reason: '', housingOptionId: optionId })

it('a case closed by relocation moves the family into the chosen option and empties the old house', async () => {
  ok(await addOption('hs-1', 2))
  const c = await caseInEmergency('case-move-1')
  expect(await closeInto(c, 'hs-1')).toSucceed()
  const [option] = ok(await env.call(DEMO.leaderBachuan, 'housing.list', {}))
  expect(option).toMatchObject({ id: 'hs-1', roomLeft: 1, occupants: [{ householdId: c.householdId, caseId: c.id, since: '2026-11-28' }] })
  expect((await env.rt.store.collection('houses').get(c.houseId!))!.occupancy).toBe('vacant')
  const closed = ok(await env.call(STAFF, 'case.get', { caseId: c.id }))
  expect(closed.timeline.at(-1)!.note).toContain('搬入公租房 hs-1')
})

it('a full option is refused before anything is written', async () => {
  ok(await addOption('hs-full', 1))
  ok(await closeInto(await caseInEmergency('case-first'), 'hs-full'))
  const second = await caseInEmergency('case-second')
  const before = env.snapshot()
  const refused = await closeInto(second, 'hs-full')
  expect(refused).toFailWith('VALIDATION')
  expect(!refused.ok && refused.message).toContain('已住满')
  expect(env.snapshot()).toBe(before)
})

it('a family that moves out frees its place; an option with people in it is not deleted', async () => {
  ok(await addOption('hs-out', 1))
  const c = await caseInEmergency('case-out')
  ok(await closeInto(c, 'hs-out'))
  expect(await env.call(STAFF, 'housing.remove', { optionId: 'hs-out' })).toFailWith('VALIDATION')
  expect(ok(await env.call(STAFF, 'housing.moveOut', { optionId: 'hs-out', householdId: c.householdId }))).toMatchObject({ occupants: [], roomLeft: 1 })
  expect(await env.call(STAFF, 'housing.remove', { optionId: 'hs-out' })).toSucceed()
  expect(await env.call(STAFF, 'housing.remove', { optionId: 'hs-out' })).toSucceed()
  expect(ok(await env.call(STAFF, 'housing.list', {}))).toEqual([])
})

it('a 巴川 case never moves into a 东城 option, and 东城 staff never see 巴川 options', async () => {
  ok(await addOption('hs-dongcheng', 3, DEMO.staffDongcheng))
  ok(await addOption('hs-bachuan', 3))
  expect(await closeInto(await caseInEmergency('case-cross'), 'hs-dongcheng')).toFailWith('VALIDATION')
  expect(ok(await env.call(DEMO.staffDongcheng, 'housing.list', {})).map((o) => o.id)).toEqual(['hs-dongcheng'])
  expect(await env.call(DEMO.staffDongcheng, 'housing.edit', { optionId: 'hs-bachuan', kind: 'rentalListing', name: '改名', address: '某处', capacity: 1 })).toFailWith('NOT_FOUND')
})

it('capacity cannot drop below the households living there', async () => {
  ok(await addOption('hs-cap', 2))
  ok(await closeInto(await caseInEmergency('case-cap-1'), 'hs-cap'))
  ok(await closeInto(await caseInEmergency('case-cap-2'), 'hs-cap'))
  expect(await env.call(STAFF, 'housing.edit', { optionId: 'hs-cap', kind: 'publicRental', name: '公租房 hs-cap', address: '滨河路 8 号', capacity: 1 })).toFailWith('VALIDATION')
})
