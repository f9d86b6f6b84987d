// Day one of a real street, without the demo data: an empty database, the first
// administrator, a department list, an invited inspector who registers a house and
// patrols, a farmer who binds and reports, and a dangerous house the street hears of at
// once. Every step through the app's own actions.
import type { Me } from '../../domain'
import { LIST_HEADER, runToRest, startImport, validId } from '../support/list-import'
import { createTestEnv, ok, type TestEnv } from '../support/local-env'
import { uploadPhoto } from '../support/patrols'
import { registration } from '../support/houses'
import { xlsxOf } from '../support/sheets'

let env: TestEnv
beforeAll(async () => {
  env = await createTestEnv({ empty: true, now: '2026-12-01T09:00:00+08:00' })
  env.rt.deps.config.bootstrapCode = 'first-admin-code-2026'
})
afterAll(() => env.close())

const asWeChat = (openid: string, action: string, input: unknown) => env.raw({ kind: 'openid', openid }, { action, input })
const me = async (openid: string) => ok(await asWeChat(openid, 'auth.me', {})) as Me
const inboxOf = async (userId: string) => env.rt.store.collection('inbox').find({ where: { userId } })
const FARMER_ID = validId('50022419560304551')

it('a street starts from nothing and its first dangerous house reaches a person', async () => {
  expect(await env.rt.store.collection('households').count()).toBe(0)

  // The first administrator, with the one-time code from the deployment.
  const admin = ok(await asWeChat('oWX-admin-day1', 'admin.bootstrap', { code: 'first-admin-code-2026', name: '建管办 王明', streetId: 's-bachuan' })) as Me
  expect(admin.roles).toEqual(['staff'])
  const staff = admin.userId

  // The civil affairs list: two households of 玉龙村.
  const list = await xlsxOf([
    LIST_HEADER,
    ['玉龙村', '3组', '李大山', FARMER_ID, '023-45671234', '低保户', 2, '玉龙村3组12号'],
    ['玉龙村', '4组', '陈小红', validId('50022419610101223'), '13800001111', '特困人员', 1, '玉龙村4组2号'],
  ])
  const { importId, started } = await startImport(env, list, 'civil', '民政名单.xlsx', staff)
  expect(started.ok).toBe(true)
  const ready = await runToRest(env, importId, staff)
  expect(ready.counts).toMatchObject({ new: 2, error: 0 })
  ok(await env.call(staff, 'import.apply', { importId, excludeErrorRows: false, removalReason: '', confirmedLeaving: 0 }))
  expect((await runToRest(env, importId, staff)).phase).toBe('done')

  // The village inspector is invited and accepts on his phone.
  const invite = ok(await env.call(staff, 'invite.create', { inviteId: 'inv-day1-insp', kind: 'staff', name: '玉龙村巡查员 赵刚', grants: [{ role: 'inspector', orgId: 'v-yulong' }] }))
  const inspector = (ok(await asWeChat('oWX-insp-day1', 'invite.accept', { code: invite.code })) as Me).userId

  // Both households wait in this month's plan as 待登记房屋: never silently skipped.
  const before = ok(await env.call(inspector, 'patrol.plan', { villageId: 'v-yulong', status: 'all', page: 1, pageSize: 50 }))
  expect(before.items.map((i) => i.status)).toEqual(['unregistered', 'unregistered'])
  const li = before.items.find((i) => i.headNameMasked.startsWith('李'))!

  // At the first visit he registers 李大山's house, with GPS and a stamped photo (queued on
  // his phone and sent when the signal came back: the same call, made once).
  const reg = await registration(env, inspector, li.householdId, { gps: { lat: 29.35, lng: 105.93, accuracy: 15 }, registeredAt: '2026-12-01T08:40:00+08:00' })
  const house = ok(await env.call(inspector, 'house.register', reg))
  expect(ok(await env.call(inspector, 'house.register', reg)).id).toBe(house.id)
  const after = ok(await env.call(inspector, 'patrol.plan', { villageId: 'v-yulong', status: 'all', page: 1, pageSize: 50 }))
  expect(after.items.find((i) => i.houseId === house.id)?.status).not.toBe('unregistered')
  expect(after.items.filter((i) => i.status === 'unregistered')).toHaveLength(1)

  // 李大山 binds on his own phone with his name and the last 6 characters of his ID.
  const farmer = ok(await asWeChat('oWX-farmer-day1', 'bind.farmer', { villageId: 'v-yulong', name: '李大山', idLast6: FARMER_ID.slice(-6) })) as Me
  expect(farmer.roles).toEqual(['farmer'])
  expect((await inboxOf(inspector)).some((m) => m.kind === 'accountBound')).toBe(true)

  // He knows there is a problem: photo, send (the quick path).
  const photo = await uploadPhoto(env, farmer.userId)
  const report = ok(await env.call(farmer.userId, 'selfcheck.submit', { reportId: 'sc-day1', houseId: house.id, answers: { cracks: false, leaning: false, roof: false, foundation: false, slope: false }, description: '后墙裂了', photos: [{ fileId: photo, takenAt: '2026-12-01T08:50:00+08:00', lat: null, lng: null }], checkedAt: '2026-12-01T08:55:00+08:00', problem: true, noPhoto: false }))
  expect(report.caseId).toBeTruthy()
  // His inspector is told at once and sees the photo on the case.
  expect((await inboxOf(inspector)).filter((m) => m.kind === 'farmerReport')).toHaveLength(1)
  const c = ok(await env.call(inspector, 'case.get', { caseId: report.caseId! }))
  expect(c.reports[0]!.photos).toHaveLength(1)

  // He goes and judges it 疑似危房 with people still inside: the street hears of it now.
  const patrolPhoto = await uploadPhoto(env, inspector)
  ok(await env.call(inspector, 'patrol.submit', { patrolId: 'pt-day1', houseId: house.id, kind: 'routine', patrolledAt: '2026-12-01T09:00:00+08:00', findings: { site: 'ok', foundation: 'serious', walls: 'serious', columnsBeams: 'ok', roof: 'ok', enclosure: 'ok' }, judgment: 'suspectedDanger', occupied: true, photos: [{ fileId: patrolPhoto, takenAt: '2026-12-01T08:58:00+08:00', lat: 29.35, lng: 105.93 }], gps: { lat: 29.35, lng: 105.93, accuracy: 12 }, scannedPlate: false, notes: '后墙外闪' }))
  const told = (await inboxOf(staff)).filter((m) => m.title.startsWith('疑似危房仍有人住'))
  expect(told).toHaveLength(1)
  // …and the house is on the critical list at once, before any appraisal.
  const critical = ok(await env.call(staff, 'case.critical', {}))
  expect(critical.find((h) => h.houseId === house.id)).toMatchObject({ suspected: true, caseId: report.caseId })
  // Every account came from the app itself: the administrator, the inspector, the farmer.
  expect((await env.rt.store.collection('users').find({})).map((u) => u.openid).sort()).toEqual(['oWX-admin-day1', 'oWX-farmer-day1', 'oWX-insp-day1'])
})
