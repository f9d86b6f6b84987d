// A farmer binds his WeChat to his household; staff come in by one-time invitations.
import type { Me } from '../../domain'
import type { HouseholdDoc } from '../../server/store/docs'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 4 })
})
afterEach(() => env.close())

const asWeChat = (openid: string, action: string, input: unknown) => env.raw({ kind: 'openid', openid }, { action, input })

async function household(id: string): Promise<HouseholdDoc> {
  return (await env.rt.store.collection('households').get(id))!
}

describe('a farmer binding by name and the last six ID characters', () => {
  it('with the right details gets his household', async () => {
    const hh = await household('hh-shizi-00002')
    const last6 = env.rt.deps.personal.open(hh.idEnc).slice(-6)
    const me = ok(await asWeChat('oWX-farmer-0001', 'bind.farmer', { villageId: 'v-shizi', name: hh.headName, idLast6: last6 }))
    expect(me).toMatchObject({ roles: ['farmer'], householdId: hh._id, villages: [] })
    // From now on WeChat's OPENID alone identifies him.
    const again = await env.raw({ kind: 'openid', openid: 'oWX-farmer-0001' }, { action: 'household.get', input: { householdId: hh._id } })
    expect(again.ok).toBe(true)
  })

  it('with wrong digits is told how many tries are left, and is locked after five', async () => {
    const hh = await household('hh-shizi-00002')
    const messages: string[] = []
    for (let i = 0; i < 5; i++) {
      const r = await asWeChat('oWX-guess-0001', 'bind.farmer', { villageId: 'v-shizi', name: hh.headName, idLast6: '000000' })
      messages.push(r.ok ? 'ok' : r.message)
    }
    expect(messages[0]).toBe('没有对上：请核对村、姓名和身份证后 6 位（还可以试 4 次）')
    const right = env.rt.deps.personal.open(hh.idEnc).slice(-6)
    const locked = await asWeChat('oWX-guess-0001', 'bind.farmer', { villageId: 'v-shizi', name: hh.headName, idLast6: right })
    expect(locked.ok ? 'ok' : locked.code).toBe('RATE_LIMITED')
    env.clock.advanceDays(1.01)
    expect((await asWeChat('oWX-guess-0001', 'bind.farmer', { villageId: 'v-shizi', name: hh.headName, idLast6: right })).ok).toBe(true)
  })

  it('cannot bind twice', async () => {
    const hh = await household('hh-shizi-00002')
    const input = { villageId: 'v-shizi', name: hh.headName, idLast6: env.rt.deps.personal.open(hh.idEnc).slice(-6) }
    ok(await asWeChat('oWX-farmer-0002', 'bind.farmer', input))
    const r = await asWeChat('oWX-farmer-0002', 'bind.farmer', input)
    expect(r.ok ? 'ok' : r.code).toBe('CONFLICT')
  })

  it('is refused without a WeChat identity', async () => {
    const r = await env.raw({ kind: 'none' }, { action: 'bind.farmer', input: { villageId: 'v-shizi', name: '张三', idLast6: '123456' } })
    expect(r.ok ? 'ok' : r.code).toBe('UNAUTHENTICATED')
  })
})

describe('invitations', () => {
  it("an inspector's farmer invitation binds the household when scanned, once", async () => {
    const inv = ok(await env.call(DEMO.inspectorYulong, 'invite.create', { inviteId: 'inv-f-1', kind: 'farmer', householdId: 'hh-yulong-00003' }))
    expect(inv.path).toBe(`pages/login/index?invite=${inv.code}`)
    expect(inv.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)
    // The scannable image is stored and linked while the invitation is unused.
    const doc = await env.rt.store.collection('invitations').get('inv-f-1')
    const png = await env.rt.files.get(doc!.qrFileId!)
    expect(png!.bytes.subarray(1, 4).toString()).toBe('PNG')
    expect(inv.qrUrl).toMatch(/\/files\/invites\/inv-f-1\.png\?expires=/)
    const me = ok(await asWeChat('oWX-scan-0001', 'invite.accept', { code: inv.code }))
    expect(me).toMatchObject({ roles: ['farmer'], householdId: 'hh-yulong-00003' })
    const second = await asWeChat('oWX-scan-0002', 'invite.accept', { code: inv.code })
    expect(second.ok ? 'ok' : second.message).toBe('这个邀请码已经用过了')
  })

  it('an inspector cannot invite for a household of another village', async () => {
    const r = await env.call(DEMO.inspectorYulong, 'invite.create', { inviteId: 'inv-f-2', kind: 'farmer', householdId: 'hh-shizi-00001' })
    expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
  })

  it('street staff invite a new inspector for one of their villages', async () => {
    const inv = ok(await env.call(DEMO.staffBachuan, 'invite.create', { inviteId: 'inv-s-1', kind: 'staff', name: '新巡查员', grants: [{ role: 'inspector', orgId: 'v-baima' }] }))
    const me = ok(await asWeChat('oWX-staff-0001', 'invite.accept', { code: inv.code.toLowerCase() })) as Me
    expect(me).toMatchObject({ name: '新巡查员', roles: ['inspector'] })
    expect(me.villages.map((v) => v.name)).toEqual(['白马村'])
  })

  it('the name shown in timelines is the one the inviter set, not one typed by whoever accepts', async () => {
    const inv = ok(await env.call(DEMO.staffBachuan, 'invite.create', { inviteId: 'inv-s-name', kind: 'staff', name: '白马村 李四', grants: [{ role: 'inspector', orgId: 'v-baima' }] }))
    const typed = await asWeChat('oWX-staff-0009', 'invite.accept', { code: inv.code, name: '街道 王主任' })
    expect(typed.ok ? 'ok' : typed.code).toBe('VALIDATION')
    const me = ok(await asWeChat('oWX-staff-0009', 'invite.accept', { code: inv.code })) as Me
    expect(me.name).toBe('白马村 李四')
  })

  it('street staff cannot hand out roles of another street', async () => {
    const r = await env.call(DEMO.staffBachuan, 'invite.create', { inviteId: 'inv-s-2', kind: 'staff', name: 'x', grants: [{ role: 'leader', orgId: 's-dongcheng' }] })
    expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
    const v = await env.call(DEMO.staffBachuan, 'invite.create', { inviteId: 'inv-s-3', kind: 'staff', name: 'x', grants: [{ role: 'inspector', orgId: 'v-qingshan' }] })
    expect(v.ok ? 'ok' : v.code).toBe('FORBIDDEN')
  })

  it('an inspector cannot invite staff', async () => {
    const r = await env.call(DEMO.inspectorYulong, 'invite.create', { inviteId: 'inv-s-4', kind: 'staff', name: 'x', grants: [{ role: 'inspector', orgId: 'v-yulong' }] })
    expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
  })

  it('an expired invitation is refused', async () => {
    const inv = ok(await env.call(DEMO.inspectorYulong, 'invite.create', { inviteId: 'inv-f-3', kind: 'farmer', householdId: 'hh-yulong-00002' }))
    env.clock.advanceDays(8)
    const r = await asWeChat('oWX-late-0001', 'invite.accept', { code: inv.code })
    expect(r.ok ? 'ok' : r.message).toBe('邀请码已过期，请重新索取')
  })

  it('creating the same invitation again (a retry) returns the same code', async () => {
    const a = ok(await env.call(DEMO.inspectorYulong, 'invite.create', { inviteId: 'inv-f-4', kind: 'farmer', householdId: 'hh-yulong-00002' }))
    const b = ok(await env.call(DEMO.inspectorYulong, 'invite.create', { inviteId: 'inv-f-4', kind: 'farmer', householdId: 'hh-yulong-00002' }))
    expect(b.code).toBe(a.code)
    expect(ok(await env.call(DEMO.inspectorYulong, 'invite.list', {}))).toHaveLength(1)
  })
})

describe('revealing personal data', () => {
  it('an inspector may see a full phone, and the reveal is audited', async () => {
    const r = ok(await env.call(DEMO.inspectorYulong, 'household.reveal', { householdId: 'hh-yulong-00001', field: 'phone' }))
    expect(r.value).toMatch(/^1\d{10}$/)
    const audit = await env.rt.store.collection('audit').find({ where: { subjectId: 'hh-yulong-00001' } })
    expect(audit.map((a) => [a.actorId, a.action, a.detail.field])).toEqual([[DEMO.inspectorYulong, 'household.reveal', 'phone']])
  })

  it('an inspector may not see a full ID number', async () => {
    const r = await env.call(DEMO.inspectorYulong, 'household.reveal', { householdId: 'hh-yulong-00001', field: 'idNumber' })
    expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
  })

  it('street staff may see a full ID number', async () => {
    const r = ok(await env.call(DEMO.staffBachuan, 'household.reveal', { householdId: 'hh-yulong-00001', field: 'idNumber' }))
    expect(r.value).toMatch(/^\d{17}[\dX]$/)
  })
})
