// A street's day one in cloud mode, on what deploy uploads: an empty CloudBase environment
// gets the deploy plan's collections; the bundled api and tick functions run on the real
// wx-server-sdk against the emulator. The first administrator comes in with the bootstrap
// code, imports the civil-affairs list, invites an inspector and a leader (driven through
// the api function directly, as the street pages would call it). On the inspector's phone —
// the compiled mini-program, its wx.cloud routed to the bundled api function — the privacy
// notice comes before the first position, a house is registered and then patrolled with no
// signal and synced. A red rainstorm warning makes the timer-triggered tick send the
// emergency patrol push through the emulated openapi; the leader's phone shows it all on
// 数据看板. Nothing leaves loopback, and the emulator is asked nothing it does not emulate.
import crypto from 'node:crypto'
import path from 'node:path'
import { idCheckDigit, type Dashboard, type ImportJobView, type InvitationView, type Me } from '../../domain'
import { planFromRepository } from '../../scripts/deploy/sources'
import { guardNetwork, startCloudEmulator, type CloudEmulator, type NetworkGuard } from '../support/cloudbase-emulator'
import { fillSafePatrol, takePhoto } from '../weapp/runtime/steps'
import { Weapp } from '../weapp/runtime/weapp'
import { cloudBackend, deployFunctions, requireBuilt, WEAPP_DIST, type DeployedFunctions } from './bundled-functions'

const ADMIN = 'oWX-day1-admin'
const INSPECTOR = 'oWX-day1-inspector'
const LEADER = 'oWX-day1-leader'
const BOOTSTRAP_CODE = 'bachuan-day-one-2026-code'
const TEMPLATES = { emergencyPatrol: 'TPL-emergency-patrol', weatherWarning: 'TPL-weather-warning' }

let guard: NetworkGuard
let emu: CloudEmulator
let fns: DeployedFunctions

beforeAll(() => {
  // The builds this rehearsal proves: missing ones fail it.
  requireBuilt(path.join(WEAPP_DIST, 'app.js'), 'npm run build:weapp')
  guard = guardNetwork()
})
afterAll(() => guard?.restore())
afterEach(() => emu?.close())

const ok = <T>(r: { ok: true; data: T } | { ok: false; code: string; message: string }): T => {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`)
  return r.data
}

/** What the app's upload does: the bytes under uploads/<user id>/ in the environment's bucket. */
function upload(userId: string, name: string, bytes: Buffer): string {
  const cloudPath = `uploads/${userId}/${name}`
  emu.storage.put(cloudPath, bytes)
  return emu.storage.fileIdOf(cloudPath)
}

const validId = (first17: string) => first17 + idCheckDigit(first17)
const CIVIL_LIST = [
  ['村（社区）', '组', '户主姓名', '身份证号', '联系电话', '监测类别', '家庭人口', '住址'],
  ['玉龙村', '3组', '张德贵', validId('50022419560312441'), '13900001111', '低保户', '2', '玉龙村3组12号'],
  ['玉龙村', '5组', '李秀英', validId('50022419480721332'), '', '特困人员', '1', '玉龙村5组3号'],
]
const csvOf = (rows: string[][]) => Buffer.from(`\ufeff${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8')

// The service answers at most 1000 documents a query; older SDK defaults cap at 100.
it.each([1000, 100])("巴川's day one in cloud mode at a page cap of %i: from an empty environment to the leader's dashboard, through the bundled functions", async (pageCap) => {
  const started = Date.now()
  emu = await startCloudEmulator({ collections: [], pageCap })

  // ---- the deploy's database manifest, applied to an empty environment
  const plan = planFromRepository(path.resolve(__dirname, '../..'), {})
  expect(emu.db.collections()).toEqual([])
  for (const c of plan.collections) expect(emu.db.createCollection(c.name)).toBe(true)
  expect(emu.db.collections().sort()).toEqual(plan.collections.map((c) => c.name).sort())

  fns = deployFunctions(emu, {
    ANJU_DATA_KEY: crypto.randomBytes(32).toString('base64'),
    TZ: 'Asia/Shanghai',
    ANJU_BOOTSTRAP_CODE: BOOTSTRAP_CODE,
    ANJU_TEMPLATE_IDS: JSON.stringify(TEMPLATES),
    // No push inside the api call: the tick's timer is what sends them, as for a campaign
    // too large for one call.
    ANJU_URGENT_BUDGET_MS: '0',
  })

  // ---- first administrator
  const admin = ok(await fns.callApi<Me>(ADMIN, 'admin.bootstrap', { code: BOOTSTRAP_CODE, name: '建管办 张三', streetId: 's-bachuan' }))
  expect(admin.roles).toEqual(['staff'])
  expect(emu.db.all('users').map((u) => u.openid)).toEqual([ADMIN])

  // ---- the civil-affairs list, uploaded and imported
  const listId = upload(admin.userId, 'civil-list-day1.csv', csvOf(CIVIL_LIST))
  ok(await fns.callApi(ADMIN, 'import.start', { importId: 'imp-day1-civil', fileId: listId, fileName: '民政名单.csv', source: 'civil' }))
  let job = ok(await fns.callApi<ImportJobView>(ADMIN, 'import.get', { importId: 'imp-day1-civil' }))
  for (let i = 0; i < 200 && ['parsing', 'diffing', 'missing'].includes(job.phase); i++) job = ok(await fns.callApi<ImportJobView>(ADMIN, 'import.step', { importId: 'imp-day1-civil' }))
  expect(job.phase).toBe('ready')
  expect(job.counts).toMatchObject({ new: 2, error: 0 })
  // The confirm screen's count of households leaving (none on day one) goes with the apply.
  const leaving = ok(await fns.callApi<{ leaving: number }>(ADMIN, 'import.leaving', { importId: 'imp-day1-civil' })).leaving
  expect(leaving).toBe(0)
  ok(await fns.callApi(ADMIN, 'import.apply', { importId: 'imp-day1-civil', excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: leaving }))
  job = ok(await fns.callApi<ImportJobView>(ADMIN, 'import.get', { importId: 'imp-day1-civil' }))
  for (let i = 0; i < 200 && job.phase === 'applying'; i++) job = ok(await fns.callApi<ImportJobView>(ADMIN, 'import.step', { importId: 'imp-day1-civil' }))
  expect(job.phase).toBe('done')
  expect(emu.db.all('households').filter((h) => h.villageId === 'v-yulong')).toHaveLength(2)
  // Personal data is stored encrypted: the clear ID number is nowhere in the database.
  expect(JSON.stringify(emu.db.all('households'))).not.toContain(CIVIL_LIST[1]![3])

  // ---- an inspector for 玉龙村 and the street's leader, each by invitation
  const invite = async (inviteId: string, name: string, role: string, orgId: string, openid: string) => {
    const inv = ok(await fns.callApi<InvitationView>(ADMIN, 'invite.create', { inviteId, kind: 'staff', name, grants: [{ role, orgId }] }))
    return ok(await fns.callApi<Me>(openid, 'invite.accept', { code: inv.code }))
  }
  const inspector = await invite('inv-day1-inspector', '玉龙村 王巡查', 'inspector', 'v-yulong', INSPECTOR)
  expect(inspector.roles).toEqual(['inspector'])
  const leader = await invite('inv-day1-leader', '街道 刘主任', 'leader', 's-bachuan', LEADER)
  expect(leader.roles).toEqual(['leader'])
  // The invitation's 小程序码 came from the emulated openapi.
  expect(emu.openapi.calls.map((c) => c.api)).toContain('wxacode.getUnlimited')

  // The inspector agrees to the emergency patrol messages (the app's consent sheet).
  ok(await fns.callApi(INSPECTOR, 'notify.consent', { results: { [TEMPLATES.emergencyPatrol]: 'accept' } }))

  // ---- on the inspector's phone (the compiled mini-program, wx.cloud → the bundled api
  // function): 张德贵's house registered at the first visit, then patrolled with no signal
  const phone = await Weapp.start({ cloud: { backend: cloudBackend(fns, emu), openid: INSPECTOR } })
  // A first-day user: WeChat holds the first position until the privacy notice is agreed to.
  phone.phone.privacy.agreed = false
  try {
    await phone.launch()
    await phone.onPage('inspector/pages/home/index')
    await phone.tap('本月巡查')
    await phone.onPage('inspector/pages/plan/index')
    await phone.see('待登记房屋')
    await phone.tap('玉龙村3组12号')
    await phone.onPage('pages/privacy/index')
    await phone.tap(/^同意$/)
    await phone.onPage('inspector/pages/house-register/index')
    await phone.see('保存房屋登记')
    await phone.tap('砖木结构')
    await phone.type('如 2', '2')
    await phone.type('如 1998', '1998')
    await phone.type('如 96.5', '96.5')
    await phone.tap('有人居住')
    await takePhoto(phone)
    await phone.see(/已定位：/)
    await phone.tap('保存房屋登记')
    await phone.see('房屋已登记并上传')
    expect(phone.cloud.count('house.register')).toBe(1)

    await phone.tap('回到巡查计划')
    await phone.onPage('inspector/pages/plan/index')
    await phone.see('还没有巡查记录')
    await phone.tap('玉龙村3组12号')
    await phone.onPage('inspector/pages/patrol/index')
    await phone.see('保存巡查记录')
    await phone.see(/已定位：/)
    phone.setNetwork('none')
    await fillSafePatrol(phone)
    await takePhoto(phone)
    await phone.tap('保存巡查记录')
    await phone.see('巡查记录已保存')
    await phone.see('现在没有网络')
    expect(phone.cloud.count('patrol.submit', false)).toBe(0)
    // WeChat closes the app in the field; it is opened again where the signal is back.
    await phone.restart()
    await phone.onPage('inspector/pages/home/index')
    await phone.see('有 1 条记录在手机上，等待上传')
    phone.setNetwork('4g')
    await phone.until(() => phone.cloud.count('patrol.submit') === 1 || null, 'the patrol in the cloud database')
  } finally {
    await phone.close()
  }
  const houses = emu.db.all('houses')
  expect(houses).toEqual([expect.objectContaining({ address: '玉龙村3组12号', structure: 'brickWood', floors: 2, yearBuilt: 1998, floorAreaCm2: 965000 })])
  const house = { id: String(houses[0]!._id) }
  expect(emu.db.all('patrols').map((p) => p.houseId)).toEqual([house.id])
  // The stamped photos went to the environment's bucket, under the inspector's own folder.
  const photos = [...emu.storage.files.keys()].filter((k) => k.startsWith(`uploads/${inspector.userId}/`))
  expect(photos).toHaveLength(2)
  // Their names carry the phone's random part (wx.getRandomValues), not a fixed one.
  for (const p of photos) expect(p).not.toMatch(/0{16}/)

  // ---- a red rainstorm warning for 玉龙村; the timer runs the campaign and sends the pushes
  const from = new Date()
  ok(
    await fns.callApi(ADMIN, 'alert.issue', {
      alertId: 'al-day1-rain',
      eventType: '1003',
      color: 'red',
      villageIds: ['v-yulong'],
      startsAt: from.toISOString(),
      endsAt: new Date(from.getTime() + 24 * 3600_000).toISOString(),
      text: '暴雨红色预警：未来24小时玉龙村有特大暴雨',
    }),
  )
  const pushedBeforeTick = emu.openapi.delivered.length
  // A WeChat user cannot start the scheduler (the refusal is logged).
  const logged = jest.spyOn(console, 'error').mockImplementation(() => {})
  expect(await fns.tickAsUser(INSPECTOR)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  expect(logged).toHaveBeenCalledWith(expect.stringContaining('tick refused'))
  logged.mockRestore()
  const reports: unknown[] = []
  for (let i = 0; i < 5 && !emu.openapi.delivered.some((m) => m.touser === INSPECTOR); i++) reports.push(await fns.timer(new Date()))
  expect(pushedBeforeTick).toBe(0)
  expect(reports).toEqual([expect.objectContaining({ campaigns: 1, outbox: expect.objectContaining({ sent: 1, failed: 0 }), errors: [] })])
  expect(emu.db.get('campaigns', 'cmp-al-day1-rain')).toMatchObject({ status: 'done', tasksCreated: 1, inspectorsNotified: 1 })
  const pushes = emu.openapi.delivered.filter((m) => m.touser === INSPECTOR)
  expect(pushes).toEqual([expect.objectContaining({ template_id: TEMPLATES.emergencyPatrol, page: 'inspector/pages/home/index', data: expect.objectContaining({ thing1: { value: '暴雨红色预警' } }) })])
  expect(emu.db.all('tasks').some((t) => t.houseId === house.id && t.kind === 'emergencyPatrol')).toBe(true)

  // ---- the leader's dashboard: the street's two households, the registered house, its patrol, the warning
  const board = ok(await fns.callApi<Dashboard>(LEADER, 'dashboard.summary', {}))
  const yulong = board.villages.find((v) => v.villageId === 'v-yulong')
  expect(yulong).toMatchObject({ households: 2, houses: 1, unregistered: 1, patrolledThisMonth: 1 })
  expect(board.totals).toMatchObject({ households: 2, houses: 1, patrolledThisMonth: 1 })
  expect(board.alerts.map((a) => a.color)).toEqual(['red'])
  expect(board.campaigns).toHaveLength(1)

  // The leader opens 数据看板 on his phone (the compiled app, the bundled api function).
  const leaderPhone = await Weapp.start({ cloud: { backend: cloudBackend(fns, emu), openid: LEADER } })
  try {
    await leaderPhone.launch()
    await leaderPhone.onPage('street/pages/home/index')
    await leaderPhone.tap('数据看板')
    await leaderPhone.onPage('street/pages/dashboard/index')
    await leaderPhone.see('已巡 1 / 1 栋，另 1 户待登记房屋 ›')
    await leaderPhone.see('暴雨红色预警')
    await leaderPhone.see(/应急巡查 0 \/ 1 户/)
  } finally {
    await leaderPhone.close()
  }

  // Offline and complete: no socket left loopback, no request went unemulated, no transaction left open.
  expect(guard.violations).toEqual([])
  expect(emu.unsupported).toEqual([])
  expect(emu.db.transactions().open).toBe(0)
  console.info(`day one in cloud mode (page cap ${pageCap}): ${Date.now() - started} ms, ${emu.actions.length} requests to the emulated CloudBase`)
})
