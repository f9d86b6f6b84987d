// Street staff can take access away: revoke one grant, disable an account, unbind a farmer,
// withdraw an unused invitation. Effective at the next call, audited, and only ever for
// people and grants of their own street.
import { contracts, type PersonView } from '../../domain'
import { aUser, ORG } from '../support/builders'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3 })
})
afterEach(() => env.close())

const codeOf = (r: { ok: boolean; code?: string }) => (r.ok ? 'ok' : r.code!)
const users = () => env.rt.store.collection('users')
const auditOf = async (action: string) => (await env.rt.store.collection('audit').find({})).filter((a) => a.action === action)

/** One person who inspects 玉龙村 (巴川) and 青山村 (东城). */
async function twoStreetInspector(): Promise<string> {
  await users().insert(aUser('u-two-streets', [{ role: 'inspector', orgId: ORG.yulong }, { role: 'inspector', orgId: ORG.qingshan }], { name: '两街巡查员' }))
  return 'u-two-streets'
}

describe('the people of a street', () => {
  it('street staff see their own street’s workers with roles and villages, never another street’s', async () => {
    await twoStreetInspector()
    const list = ok(await env.call(DEMO.staffBachuan, 'people.list', {}))
    const byId = new Map(list.map((p) => [p.userId, p]))
    expect(byId.get(DEMO.inspectorYulong)!.grants).toEqual([{ role: 'inspector', orgId: 'v-yulong', orgName: '玉龙村' }])
    expect(byId.get(DEMO.leaderBachuan)!.grants.map((g) => g.role)).toEqual(['leader'])
    expect(byId.get(DEMO.staffBachuan)!.isMe).toBe(true)
    expect(byId.has(DEMO.staffDongcheng)).toBe(false)
    expect(byId.has('u-insp-qingshan')).toBe(false)
    expect(byId.has(DEMO.farmerYulong)).toBe(false)
    // The 东城 grant of a two-street person is not shown, only that there is one.
    expect(byId.get('u-two-streets')).toMatchObject({ elsewhere: true, grants: [{ role: 'inspector', orgId: 'v-yulong' }] })
  })

  it('the farmers bound in one village are listed with their masked household', async () => {
    const list = ok(await env.call(DEMO.staffBachuan, 'people.list', { villageId: 'v-yulong' }))
    const farmer = list.find((p) => p.userId === DEMO.farmerYulong)!
    expect(farmer.household).toMatchObject({ villageName: '玉龙村', headName: expect.stringMatching(/^.\*+$/) })
    expect(farmer.name).toMatch(/^.\*+$/)
    expect(codeOf(await env.call(DEMO.staffBachuan, 'people.list', { villageId: 'v-qingshan' }))).toBe('FORBIDDEN')
  })
})

describe('taking access away', () => {
  it('a disabled inspector is turned away at his next call with a plain message, until enabled again', async () => {
    expect((await env.call(DEMO.inspectorYulong, 'household.list', {} as never)).ok).toBe(true)
    const view = ok(await env.call(DEMO.staffBachuan, 'people.setDisabled', { requestId: 'rq-dis-1', userId: DEMO.inspectorYulong, disabled: true }))
    expect(view.disabled).toBe(true)
    const refused = await env.call(DEMO.inspectorYulong, 'household.list', {} as never)
    expect(refused.ok ? 'ok' : [refused.code, refused.message]).toEqual(['UNAUTHENTICATED', '您的账号已被停用，请联系街道建管办'])
    ok(await env.call(DEMO.staffBachuan, 'people.setDisabled', { requestId: 'rq-dis-2', userId: DEMO.inspectorYulong, disabled: false }))
    expect((await env.call(DEMO.inspectorYulong, 'household.list', {} as never)).ok).toBe(true)
    expect((await auditOf('people.setDisabled')).map((a) => [a.actorId, a.subjectId, a.detail.disabled])).toEqual(
      expect.arrayContaining([[DEMO.staffBachuan, DEMO.inspectorYulong, true], [DEMO.staffBachuan, DEMO.inspectorYulong, false]]),
    )
  })

  it('a revoked grant stops working at the next call', async () => {
    ok(await env.call(DEMO.staffBachuan, 'people.revokeGrant', { requestId: 'rq-rev-1', userId: DEMO.inspectorYulong, role: 'inspector', orgId: 'v-yulong' }))
    expect(codeOf(await env.call(DEMO.inspectorYulong, 'household.list', {} as never))).toBe('FORBIDDEN')
    expect((await users().get(DEMO.inspectorYulong))!.grantKeys).toEqual([])
    expect((await auditOf('people.revokeGrant')).map((a) => [a.actorId, a.subjectId, a.detail.role, a.detail.orgId])).toEqual([[DEMO.staffBachuan, DEMO.inspectorYulong, 'inspector', 'v-yulong']])
  })

  it('巴川 staff revoke only the 巴川 grant of a two-street person, and cannot disable his account', async () => {
    const id = await twoStreetInspector()
    expect(codeOf(await env.call(DEMO.staffBachuan, 'people.revokeGrant', { requestId: 'rq-two-1', userId: id, role: 'inspector', orgId: 'v-qingshan' }))).toBe('FORBIDDEN')
    const disable = await env.call(DEMO.staffBachuan, 'people.setDisabled', { requestId: 'rq-two-2', userId: id, disabled: true })
    expect(disable.ok ? 'ok' : [disable.code, disable.message]).toEqual(['FORBIDDEN', expect.stringMatching(/其他街道/)])
    ok(await env.call(DEMO.staffBachuan, 'people.revokeGrant', { requestId: 'rq-two-3', userId: id, role: 'inspector', orgId: 'v-yulong' }))
    const after = (await users().get(id))!
    expect([after.disabled, after.grants]).toEqual([false, [{ role: 'inspector', orgId: 'v-qingshan' }]])
  })

  it('东城 staff cannot touch a 巴川 person or invitation, and nothing is written', async () => {
    const inv = ok(await env.call(DEMO.staffBachuan, 'invite.create', { inviteId: 'inv-bc-1', kind: 'staff', name: '新巡查员', grants: [{ role: 'inspector', orgId: 'v-yulong' }] }))
    const before = env.snapshot()
    const tries = await Promise.all([
      env.call(DEMO.staffDongcheng, 'people.setDisabled', { requestId: 'rq-dc-1', userId: DEMO.inspectorYulong, disabled: true }),
      env.call(DEMO.staffDongcheng, 'people.revokeGrant', { requestId: 'rq-dc-2', userId: DEMO.inspectorYulong, role: 'inspector', orgId: 'v-yulong' }),
      env.call(DEMO.staffDongcheng, 'people.unbindFarmer', { requestId: 'rq-dc-3', userId: DEMO.farmerYulong }),
      env.call(DEMO.staffDongcheng, 'invite.revoke', { inviteId: inv.id }),
    ])
    expect(tries.map(codeOf)).toEqual(['NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'])
    expect(env.snapshot()).toBe(before)
  })

  it('an unbound farmer no longer sees his household at his next call', async () => {
    const me = ok(await env.call(DEMO.farmerYulong, 'auth.me', {}))
    ok(await env.call(DEMO.staffBachuan, 'people.unbindFarmer', { requestId: 'rq-unb-1', userId: DEMO.farmerYulong }))
    expect(codeOf(await env.call(DEMO.farmerYulong, 'household.get', { householdId: me.householdId! }))).toBe('FORBIDDEN')
    expect(await users().get(DEMO.farmerYulong)).toMatchObject({ householdId: null, grants: [], grantKeys: [] })
    expect((await auditOf('people.unbindFarmer')).map((a) => [a.subjectId, a.detail.householdId])).toEqual([[DEMO.farmerYulong, me.householdId]])
  })

  it('staff cannot disable themselves or take away their own staff grant', async () => {
    const self = await env.call(DEMO.staffBachuan, 'people.setDisabled', { requestId: 'rq-self-1', userId: DEMO.staffBachuan, disabled: true })
    const own = await env.call(DEMO.staffBachuan, 'people.revokeGrant', { requestId: 'rq-self-2', userId: DEMO.staffBachuan, role: 'staff', orgId: 's-bachuan' })
    expect([codeOf(self), codeOf(own)]).toEqual(['CONFLICT', 'CONFLICT'])
  })

  it('a retried request is answered as the first and acts once; its id cannot be reused for another', async () => {
    const input = { requestId: 'rq-retry-1', userId: DEMO.inspectorYulong, role: 'inspector' as const, orgId: 'v-yulong' }
    const [a, b] = await Promise.all([env.call(DEMO.staffBachuan, 'people.revokeGrant', input), env.call(DEMO.staffBachuan, 'people.revokeGrant', input)])
    expect([codeOf(a), codeOf(b)]).toEqual(['ok', 'ok'])
    expect(await auditOf('people.revokeGrant')).toHaveLength(1)
    const reused = await env.call(DEMO.staffBachuan, 'people.setDisabled', { requestId: 'rq-retry-1', userId: DEMO.inspectorShizi, disabled: true })
    expect(codeOf(reused)).toBe('CONFLICT')
    expect((await users().get(DEMO.inspectorShizi))!.disabled).toBe(false)
  })
})

describe('withdrawing invitations', () => {
  it('an unused invitation can be withdrawn and its code then no longer works', async () => {
    const inv = ok(await env.call(DEMO.inspectorYulong, 'invite.create', { inviteId: 'inv-f-w1', kind: 'farmer', householdId: 'hh-yulong-00002' }))
    const view = ok(await env.call(DEMO.staffBachuan, 'invite.revoke', { inviteId: inv.id }))
    expect(view.revokedAt).not.toBeNull()
    expect(view.qrUrl).toBeNull()
    const r = await env.raw({ kind: 'openid', openid: 'oWX-late-0001' }, { action: 'invite.accept', input: { code: inv.code } })
    expect(r.ok ? 'ok' : [r.code, r.message]).toEqual(['NOT_FOUND', '这个邀请码已作废，请重新索取'])
    expect((await auditOf('invite.revoke')).map((a) => [a.actorId, a.subjectId])).toEqual([[DEMO.staffBachuan, inv.id]])
  })

  it('a used invitation cannot be withdrawn (the grant is revoked instead)', async () => {
    const inv = ok(await env.call(DEMO.staffBachuan, 'invite.create', { inviteId: 'inv-s-w2', kind: 'staff', name: '新巡查员', grants: [{ role: 'inspector', orgId: 'v-baima' }] }))
    ok(await env.raw({ kind: 'openid', openid: 'oWX-new-0001' }, { action: 'invite.accept', input: { code: inv.code } }))
    const r = await env.call(DEMO.staffBachuan, 'invite.revoke', { inviteId: inv.id })
    expect(r.ok ? 'ok' : [r.code, r.message]).toEqual(['CONFLICT', expect.stringMatching(/人员与权限/)])
  })

  it('an inspector may withdraw only his own invitations', async () => {
    ok(await env.call(DEMO.staffBachuan, 'invite.create', { inviteId: 'inv-s-w3', kind: 'staff', name: '新巡查员', grants: [{ role: 'inspector', orgId: 'v-yulong' }] }))
    expect(codeOf(await env.call(DEMO.inspectorYulong, 'invite.revoke', { inviteId: 'inv-s-w3' }))).toBe('NOT_FOUND')
    ok(await env.call(DEMO.inspectorYulong, 'invite.create', { inviteId: 'inv-f-w4', kind: 'farmer', householdId: 'hh-yulong-00002' }))
    expect(codeOf(await env.call(DEMO.inspectorYulong, 'invite.revoke', { inviteId: 'inv-f-w4' }))).toBe('ok')
  })
})

it('the example of every people action is accepted by 巴川 staff', async () => {
  ok(await env.call(DEMO.staffBachuan, 'invite.create', { inviteId: 'inv-example-1', kind: 'staff', name: '新巡查员', grants: [{ role: 'inspector', orgId: 'v-yulong' }] }))
  const names = ['people.list', 'people.revokeGrant', 'people.setDisabled', 'people.unbindFarmer', 'invite.revoke'] as const
  for (const name of names) {
    const r = await env.raw({ kind: 'dev', userId: DEMO.staffBachuan }, { action: name, input: contracts[name].example })
    expect([name, codeOf(r)]).toEqual([name, 'ok'])
  }
  const people = ok(await env.call(DEMO.staffBachuan, 'people.list', {})) as PersonView[]
  expect(people.find((p) => p.userId === 'u-insp-damiao')!.disabled).toBe(true)
})
