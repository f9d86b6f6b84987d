// One account may hold grants in several orgs. What it may do at a village is decided by
// the roles it holds AT that village: staff of 东城 who is also 玉龙's inspector is an
// inspector in 玉龙 and staff only in 东城.
import { aHousehold, aHouseWithoutCase, aUser, ORG } from '../support/builders'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { safePatrol } from '../support/patrols'

const MIXED = 'u-staff-dongcheng-insp-yulong'
const TWO_STREETS = 'u-staff-bachuan-dongcheng'
let env: TestEnv


beforeAll(async () => {
  env = await createTestEnv({ householdsPerVillage: 3 })
  const users = env.rt.store.collection('users')
  await users.insert(aUser(MIXED, [{ role: 'staff', orgId: ORG.dongcheng }, { role: 'inspector', orgId: ORG.yulong }], { name: '东城建管办 兼玉龙巡查员' }))
  await users.insert(aUser(TWO_STREETS, [{ role: 'staff', orgId: ORG.dongcheng }, { role: 'staff', orgId: ORG.bachuan }], { name: '两个街道的建管办' }))
})
afterAll(() => env.close())

describe('staff of 东城 who is also 玉龙\'s inspector', () => {
  it('sees 玉龙 phones but never 玉龙 ID numbers', async () => {
    const hh = await aHousehold(env, ORG.yulong)
    expect(ok(await env.call(MIXED, 'household.reveal', { householdId: hh._id, field: 'phone' })).value).toMatch(/^1\d{10}$/)
    const id = await env.call(MIXED, 'household.reveal', { householdId: hh._id, field: 'idNumber' })
    expect(id).toFailWith('FORBIDDEN')
  })

  it('still reveals ID numbers in 东城, where he is staff', async () => {
    const hh = await aHousehold(env, ORG.qingshan)
    expect(ok(await env.call(MIXED, 'household.reveal', { householdId: hh._id, field: 'idNumber' })).value).toHaveLength(18)
  })

  it('cannot take a staff-only step on a 巴川 case', async () => {
    const house = await aHouseWithoutCase(env, ORG.yulong)
    const opened = ok(await env.call(DEMO.inspectorYulong, 'case.open', { caseId: 'case-m1-yulong', houseId: house._id, summary: '墙体开裂' }))
    const verified = ok(await env.call(MIXED, 'case.transition', { caseId: opened.id, transitionId: 'tr-m1-1', expectRev: opened.rev, action: 'verify', note: '已核实' }))
    const toStreet = ok(await env.call(MIXED, 'case.transition', { caseId: opened.id, transitionId: 'tr-m1-2', expectRev: verified.rev, action: 'reportToStreet', note: '' }))
    expect(toStreet.actions).not.toContain('assignAppraisal')
    const r = await env.call(MIXED, 'case.transition', { caseId: opened.id, transitionId: 'tr-m1-3', expectRev: toStreet.rev, action: 'assignAppraisal', appraiserId: DEMO.appraiserBachuan, dueDate: '2026-12-05', firm: '' })
    expect(r).toFailWith('FORBIDDEN')
    expect(ok(await env.call(DEMO.staffBachuan, 'case.get', { caseId: opened.id })).stage).toBe('toStreet')
  })

  it('cannot file a street patrol in 玉龙', async () => {
    const house = await aHouseWithoutCase(env, ORG.yulong)
    const r = await env.call(MIXED, 'patrol.submit', safePatrol(house._id, { kind: 'street' }))
    expect(r).toFailWith('FORBIDDEN')
  })

  it('cannot invite an inspector for 玉龙, which only 巴川 staff may do', async () => {
    const r = await env.call(MIXED, 'invite.create', { inviteId: 'inv-m1-1', kind: 'staff', name: '新巡查员', grants: [{ role: 'inspector', orgId: ORG.yulong }] })
    expect(r).toFailWith('FORBIDDEN')
  })

  it('cannot issue a weather alert for 玉龙', async () => {
    const r = await env.call(MIXED, 'alert.issue', { alertId: 'al-m1-1', eventType: '1003', color: 'red', villageIds: [ORG.yulong], startsAt: '2026-11-28T10:00:00+08:00', endsAt: '2026-11-29T10:00:00+08:00', text: '暴雨红色预警' })
    expect(r).toFailWith('FORBIDDEN')
  })
})

describe('staff of both 东城 and 巴川', () => {
  it('declares a disaster of 巴川 villages as 巴川\'s, whatever grant comes first', async () => {
    ok(await env.call(TWO_STREETS, 'disaster.declare', { eventId: 'de-two-streets', kind: 'flood', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: [ORG.yulong], description: '山洪' }))
    expect((await env.rt.store.collection('disasterEvents').get('de-two-streets'))!.streetId).toBe(ORG.bachuan)
  })

  it('cannot put villages of two streets into one disaster, alert or sample', async () => {
    const both = [ORG.yulong, ORG.qingshan]
    const declared = await env.call(TWO_STREETS, 'disaster.declare', { eventId: 'de-both', kind: 'flood', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: both, description: '山洪' })
    const alerted = await env.call(TWO_STREETS, 'alert.issue', { alertId: 'al-both', eventType: '1003', color: 'blue', villageIds: both, startsAt: '2026-11-28T10:00:00+08:00', endsAt: '2026-11-29T10:00:00+08:00', text: '暴雨蓝色预警' })
    const drawn = await env.call(TWO_STREETS, 'sample.draw', { sampleId: 'smp-both', month: '2026-11', mode: 'count', value: 1, villageIds: both })
    expect([declared, alerted, drawn].map((r) => (r.ok ? 'made' : r.code))).toEqual(['VALIDATION', 'VALIDATION', 'VALIDATION'])
  })
})
