// The demo's 区住建局 login is made by an invitation accepted, as a real one would be; once
// the district has an account, street staff can no longer invite district accounts.
import { seedDistrictLogin } from '../../server/seed/demo-district'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 2, now: '2026-10-03T09:00:00+08:00' })
  // The test fixture's district account would close the first-contact window: this district starts with none.
  await env.rt.store.collection('users').update(DEMO.districtTongliang, { disabled: true })
})
afterEach(() => env.close())

const districtInvite = (inviteId: string, orgId = 'd-tongliang') => ({ inviteId, kind: 'staff' as const, name: '区住建局 新同事', grants: [{ role: 'district' as const, orgId }] })

it('the demo district login comes from an accepted invitation and reads the district', async () => {
  const userId = await seedDistrictLogin(env.rt.deps)
  const user = (await env.rt.store.collection('users').get(userId))!
  expect(user.grants).toEqual([{ role: 'district', orgId: 'd-tongliang' }])
  const invite = (await env.rt.store.collection('invitations').get('inv-demo-district'))!
  expect(invite).toMatchObject({ usedBy: userId, createdBy: DEMO.staffBachuan })
  const summary = ok(await env.call(userId, 'district.summary', {}))
  expect(summary.streets.map((s) => s.streetName)).toEqual(['巴川街道', '东城街道'])
})

it('street staff invite the first district account only; after that the district invites its own', async () => {
  const userId = await seedDistrictLogin(env.rt.deps)
  expect(await env.call(DEMO.staffBachuan, 'invite.create', districtInvite('inv-second'))).toFailWith('FORBIDDEN')
  expect(await env.call(DEMO.staffDongcheng, 'invite.create', districtInvite('inv-third'))).toFailWith('FORBIDDEN')
  expect(await env.call(userId, 'invite.create', districtInvite('inv-colleague'))).toSucceed()
  // The district invites no street staff, and a street is no district.
  expect(await env.call(userId, 'invite.create', { inviteId: 'inv-street', kind: 'staff', name: '建管办', grants: [{ role: 'staff', orgId: 's-bachuan' }] })).toFailWith('FORBIDDEN')
  expect(await env.call(userId, 'invite.create', districtInvite('inv-wrong-level', 's-bachuan'))).toFailWith('VALIDATION')
})
