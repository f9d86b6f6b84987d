// Binding by name and the last six ID characters is a guess a stranger can make: the
// guesses are counted atomically, per WeChat account, per household and per village, the
// village inspector hears of every self-binding, and a household takes only a few accounts.
import type { HouseholdDoc } from '../../server/store/docs'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 4 })
})
afterEach(() => env.close())

const asWeChat = (openid: string, action: string, input: unknown) => env.raw({ kind: 'openid', openid }, { action, input })
const codeOf = (r: { ok: boolean; code?: string }) => (r.ok ? 'ok' : r.code!)

async function household(id: string): Promise<HouseholdDoc> {
  return (await env.rt.store.collection('households').get(id))!
}
const last6Of = (hh: HouseholdDoc) => env.rt.deps.personal.open(hh.idEnc).slice(-6)
/** Six digits that are not this household's. */
const wrongDigits = (hh: HouseholdDoc, i: number) => {
  const right = last6Of(hh)
  const guess = String(100000 + i * 7919).slice(-6)
  return guess === right ? String(200000 + i).slice(-6) : guess
}
const accountsOf = async (householdId: string) =>
  (await env.rt.store.collection('users').find({ where: { householdId } })).filter((u) => u.grants.some((g) => g.role === 'farmer'))

it('30 parallel guesses from one WeChat account bind at most once and lock after 5', async () => {
  const hh = await household('hh-shizi-00002')
  const guesses = Array.from({ length: 30 }, (_, i) => (i === 0 || i === 29 ? last6Of(hh) : wrongDigits(hh, i)))
  const results = await Promise.all(guesses.map((idLast6) => asWeChat('oWX-burst-0001', 'bind.farmer', { villageId: 'v-shizi', name: hh.headName, idLast6 })))
  const codes = results.map(codeOf)
  const answered = codes.filter((c) => c === 'ok' || c === 'NOT_FOUND').length
  expect(codes.filter((c) => c === 'ok').length).toBeLessThanOrEqual(1)
  expect(answered).toBeLessThanOrEqual(5)
  expect(codes.filter((c) => !['ok', 'NOT_FOUND', 'RATE_LIMITED', 'CONFLICT'].includes(c))).toEqual([])
  expect(await accountsOf(hh._id)).toHaveLength(codes.includes('ok') ? 1 : 0)

  // Five wrong guesses in a row, from a fresh account, and even the right digits are refused.
  for (let i = 0; i < 5; i++) await asWeChat('oWX-burst-0002', 'bind.farmer', { villageId: 'v-yulong', name: '不存在的人', idLast6: wrongDigits(hh, i) })
  const yulong = await household('hh-yulong-00002')
  expect(codeOf(await asWeChat('oWX-burst-0002', 'bind.farmer', { villageId: 'v-yulong', name: yulong.headName, idLast6: last6Of(yulong) }))).toBe('RATE_LIMITED')
})

it('a new WeChat account does not get fresh tries on a locked household', async () => {
  const hh = await household('hh-shizi-00002')
  for (let i = 0; i < 5; i++) {
    const r = await asWeChat(`oWX-guess-000${i}`, 'bind.farmer', { villageId: 'v-shizi', name: hh.headName, idLast6: wrongDigits(hh, i) })
    expect(codeOf(r)).toBe('NOT_FOUND')
  }
  const fresh = await asWeChat('oWX-fresh-0001', 'bind.farmer', { villageId: 'v-shizi', name: hh.headName, idLast6: last6Of(hh) })
  expect(fresh.ok ? 'ok' : [fresh.code, fresh.message]).toEqual(['RATE_LIMITED', expect.stringMatching(/邀请二维码/)])
  // Another household of the village is not locked by it, and the lock ends after a day.
  const other = await household('hh-shizi-00003')
  expect(codeOf(await asWeChat('oWX-fresh-0002', 'bind.farmer', { villageId: 'v-shizi', name: other.headName, idLast6: last6Of(other) }))).toBe('ok')
  env.clock.advanceDays(1.01)
  expect(codeOf(await asWeChat('oWX-fresh-0001', 'bind.farmer', { villageId: 'v-shizi', name: hh.headName, idLast6: last6Of(hh) }))).toBe('ok')
})

it('20 failed guesses in one village lock self-binding in that village only', async () => {
  for (let n = 0; n < 20; n++) {
    const r = await asWeChat(`oWX-village-${String(Math.floor(n / 5)).padStart(4, '0')}`, 'bind.farmer', { villageId: 'v-shizi', name: `路人${n}`, idLast6: '123456' })
    expect(codeOf(r)).toBe('NOT_FOUND')
  }
  const hh = await household('hh-shizi-00002')
  expect(codeOf(await asWeChat('oWX-village-fresh', 'bind.farmer', { villageId: 'v-shizi', name: hh.headName, idLast6: last6Of(hh) }))).toBe('RATE_LIMITED')
  const yulong = await household('hh-yulong-00002')
  expect(codeOf(await asWeChat('oWX-village-fresh', 'bind.farmer', { villageId: 'v-yulong', name: yulong.headName, idLast6: last6Of(yulong) }))).toBe('ok')
})

it('the village inspector is told of a self-binding', async () => {
  const hh = await household('hh-shizi-00002')
  ok(await asWeChat('oWX-self-0001', 'bind.farmer', { villageId: 'v-shizi', name: hh.headName, idLast6: last6Of(hh) }))
  const inbox = await env.rt.store.collection('inbox').find({ where: { userId: DEMO.inspectorShizi } })
  expect(inbox.map((m) => m.kind)).toEqual(['accountBound'])
  expect(inbox[0]!.body).toContain(hh.headName.slice(0, 1))
  expect(inbox[0]!.body).not.toContain(hh.headName)
  const outbox = await env.rt.store.collection('outbox').get(inbox[0]!._id)
  expect(outbox).toMatchObject({ userId: DEMO.inspectorShizi, kind: 'accountBound', status: 'pending' })
  // Nobody else's inspector hears of it.
  expect(await env.rt.store.collection('inbox').count({ userId: DEMO.inspectorYulong })).toBe(0)
})

it('a household takes at most 3 accounts', async () => {
  // hh-shizi-00001 already has the demo farmer's account.
  const hh = await household('hh-shizi-00001')
  const input = { villageId: 'v-shizi', name: hh.headName, idLast6: last6Of(hh) }
  ok(await asWeChat('oWX-family-0001', 'bind.farmer', input))
  ok(await asWeChat('oWX-family-0002', 'bind.farmer', input))
  const fourth = await asWeChat('oWX-family-0003', 'bind.farmer', input)
  expect(fourth.ok ? 'ok' : [fourth.code, fourth.message]).toEqual(['CONFLICT', expect.stringMatching(/已经绑定了 3 个微信/)])
  // Not by invitation either, and the invitation stays usable.
  const inv = ok(await env.call(DEMO.inspectorShizi, 'invite.create', { inviteId: 'inv-family-4', kind: 'farmer', householdId: hh._id }))
  const viaInvite = await asWeChat('oWX-family-0004', 'invite.accept', { code: inv.code })
  expect(codeOf(viaInvite)).toBe('CONFLICT')
  expect((await env.rt.store.collection('invitations').get('inv-family-4'))!.usedAt).toBeNull()
  expect(await accountsOf(hh._id)).toHaveLength(3)
  // Street staff unbinding one frees its seat.
  ok(await env.call(DEMO.staffBachuan, 'people.unbindFarmer', { requestId: 'rq-free-seat', userId: 'u-farmer-shizi' }))
  ok(await asWeChat('oWX-family-0003', 'bind.farmer', input))
})

it('every self-binding attempt is audited, without the guessed digits', async () => {
  const hh = await household('hh-shizi-00002')
  const wrong = wrongDigits(hh, 3)
  await asWeChat('oWX-audit-0001', 'bind.farmer', { villageId: 'v-shizi', name: hh.headName, idLast6: wrong })
  ok(await asWeChat('oWX-audit-0001', 'bind.farmer', { villageId: 'v-shizi', name: hh.headName, idLast6: last6Of(hh) }))
  const entries = (await env.rt.store.collection('audit').find({})).filter((a) => a.action === 'bind.farmer')
  expect(entries.map((a) => a.detail.outcome).sort()).toEqual(['bound', 'not-found'])
  const stored = JSON.stringify([entries, await env.rt.store.collection('attempts').find({})])
  expect(stored).not.toContain(wrong)
  expect(stored).not.toContain(last6Of(hh))
})
