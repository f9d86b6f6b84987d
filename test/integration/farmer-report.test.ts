// A farmer's report reaches a person: his inspector hears of it at once, the case shows
// what he said and photographed, and a second report is a step of the open case.
import type { CaseDetail } from '../../domain'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { uploadPhoto } from '../support/patrols'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

const FARMER = DEMO.farmerYulong
const INSPECTOR = DEMO.inspectorYulong
const none = { cracks: false, leaning: false, roof: false, foundation: false, slope: false }

async function myHouse(): Promise<string> {
  const me = ok(await env.call(FARMER, 'auth.me', {}))
  return ok(await env.call(FARMER, 'household.get', { householdId: me.householdId! })).houses[0]!.id
}

async function report(reportId: string, over: Record<string, unknown> = {}) {
  return env.call(FARMER, 'selfcheck.submit', {
    reportId, houseId: await myHouse(), answers: none, description: '', photos: [], checkedAt: '2026-11-28T09:00:00+08:00', ...over,
  } as never)
}

const photoOf = async (fileId?: string) => [{ fileId: fileId ?? (await uploadPhoto(env, FARMER)), takenAt: '2026-11-28T08:50:00+08:00', lat: null, lng: null }]

it("a farmer's report tells his inspector at once", async () => {
  const r = ok(await report('sc-tell', { answers: { ...none, cracks: true }, description: '后墙裂了', photos: await photoOf() }))
  const inbox = await env.rt.store.collection('inbox').find({ where: { userId: INSPECTOR } })
  const msg = inbox.find((m) => m.kind === 'farmerReport')
  expect(msg).toMatchObject({ readAt: null, page: `inspector/pages/case/index?id=${r.caseId}` })
  expect(msg!.body).toContain('墙上有裂缝')
  expect(msg!.body).toContain('后墙裂了')
  const out = await env.rt.store.collection('outbox').find({ where: { userId: INSPECTOR } })
  expect(out.filter((m) => m.kind === 'farmerReport')).toHaveLength(1)
  // His inbox page lists it unread.
  const page = ok(await env.call(INSPECTOR, 'inbox.list', { page: 1 }))
  expect(page.unread).toBeGreaterThanOrEqual(1)
  expect(page.items.some((m) => m.kind === 'farmerReport')).toBe(true)
})

it('a routine self-check with nothing wrong tells nobody', async () => {
  ok(await report('sc-fine'))
  const inbox = await env.rt.store.collection('inbox').find({ where: { userId: INSPECTOR } })
  expect(inbox.filter((m) => m.kind === 'farmerReport')).toHaveLength(0)
})

it("the case shows the farmer's answers, words and photos", async () => {
  const photos = await photoOf()
  const r = ok(await report('sc-show', { answers: { ...none, leaning: true, roof: true }, description: '堂屋的梁往下弯了', photos }))
  const c: CaseDetail = ok(await env.call(INSPECTOR, 'case.get', { caseId: r.caseId! }))
  const mine = c.reports.find((f) => f.id === 'sc-show')
  expect(mine).toMatchObject({ problems: ['房子或墙歪斜', '屋顶漏雨或木梁变形'], words: '堂屋的梁往下弯了', noPhoto: false })
  expect(mine!.photos).toEqual([expect.objectContaining({ fileId: photos[0]!.fileId, missing: false })])
})

it("a second report joins the open case's timeline", async () => {
  const first = ok(await report('sc-one', { answers: { ...none, cracks: true }, description: '墙裂了', photos: await photoOf() }))
  const photos = await photoOf()
  const second = ok(await report('sc-two', { problem: true, description: '裂缝比上次宽了', photos }))
  expect(second.caseId).toBe(first.caseId)
  const c: CaseDetail = ok(await env.call(INSPECTOR, 'case.get', { caseId: first.caseId! }))
  const step = c.timeline.find((e) => e.id === 'ev-sc-two')
  expect(step).toMatchObject({ action: 'farmerReport', note: '裂缝比上次宽了' })
  expect(step!.photos.map((p) => p.fileId)).toEqual([photos[0]!.fileId])
  expect(c.reports.map((f) => f.id)).toEqual(expect.arrayContaining(['sc-one', 'sc-two']))
  // The farmer's progress card counts both.
  const card = ok(await env.call(FARMER, 'case.mine', {})).find((k) => k.id === first.caseId)
  expect(card!.farmerReports).toBeGreaterThanOrEqual(2)
  // The inspector hears of each.
  const inbox = await env.rt.store.collection('inbox').find({ where: { userId: INSPECTOR } })
  expect(inbox.filter((m) => m.kind === 'farmerReport')).toHaveLength(2)
})

it('a report without a photo says so', async () => {
  const r = ok(await report('sc-words', { problem: true, noPhoto: true, description: '灶房那面墙鼓出来了，我手机拍不清' }))
  const c: CaseDetail = ok(await env.call(INSPECTOR, 'case.get', { caseId: r.caseId! }))
  expect(c.reports.find((f) => f.id === 'sc-words')).toMatchObject({ noPhoto: true, photos: [], words: '灶房那面墙鼓出来了，我手机拍不清' })
  const msg = (await env.rt.store.collection('inbox').find({ where: { userId: INSPECTOR } })).find((m) => m.kind === 'farmerReport')
  expect(msg!.body).toContain('拍不了照片')
})

it('a report without a photo needs his words, and writes nothing without them', async () => {
  const before = env.snapshot()
  const r = await report('sc-empty', { problem: true, noPhoto: true, description: '' })
  expect(r).toFailWith('VALIDATION')
  expect(env.snapshot()).toBe(before)
  expect(await report('sc-nophoto', { problem: true, description: '墙裂了' })).toFailWith('VALIDATION')
})

it("the inspector's home counts the farmers' reports waiting for him", async () => {
  const waiting = async () => ok(await env.call(INSPECTOR, 'case.list', { stage: 'reported', source: 'farmerReport', page: 1, pageSize: 1 })).total
  const r = ok(await report('sc-count', { problem: true, description: '屋顶漏雨', photos: await photoOf() }))
  const c = ok(await env.call(INSPECTOR, 'case.get', { caseId: r.caseId! }))
  expect(c.stage).toBe('reported')
  const n = await waiting()
  expect(n).toBeGreaterThanOrEqual(1)
  // Once he has been to see it, it no longer waits.
  ok(await env.call(INSPECTOR, 'case.transition', { caseId: c.id, transitionId: 'tr-count-1', expectRev: c.rev, action: 'verify', note: '看过了' } as never))
  expect(await waiting()).toBe(n - 1)
  // Other sources never count here.
  const all = ok(await env.call(INSPECTOR, 'case.list', { stage: 'reported', source: 'farmerReport', page: 1, pageSize: 50 }))
  expect(all.items.every((k) => k.source === 'farmerReport' && k.stage === 'reported')).toBe(true)
})
