// The inspector's patrol with no signal, in the compiled mini-program: the form, a photo
// stamped on the phone, the record kept in storage and the user-data folder, the app
// killed and opened again, then the network back — and the server has it exactly once,
// with its stamped photo.
import { readFakeJpeg } from './runtime/canvas'
import { KEY_LIMIT, TOTAL_LIMIT } from './runtime/fake-storage'
import { fillSafePatrol, firstPlanHouse, takePhoto } from './runtime/steps'
import { Weapp } from './runtime/weapp'

let app: Weapp
afterEach(() => app?.close())

test('a patrol saved with no signal survives an app restart and reaches the server once, with its stamped photo, when the network is back', async () => {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  await app.launch()
  await app.onPage('inspector/pages/home/index')
  await app.see('巡查工作台')
  await app.tap('本月巡查')
  await app.onPage('inspector/pages/plan/index')
  const planCall = app.cloud.calls.filter((c) => c.action === 'patrol.plan').length
  await app.until(() => app.cloud.calls.filter((c) => c.action === 'patrol.plan').length > planCall || null, 'the plan from the server')

  const plan = await app.env.call('u-insp-yulong', 'patrol.plan', { status: 'all', pageSize: 1 })
  if (!plan.ok) throw new Error(plan.message)
  const first = plan.data.items[0]!
  await app.tap(first.address)
  await app.onPage('inspector/pages/patrol/index')
  await app.see('保存巡查记录')
  await app.see(/已定位：/)

  // The signal goes before the inspector starts filling in.
  app.setNetwork('none')
  await app.tap('其余都正常')
  await app.tap(/^安全$/)
  await app.tap('有人住')
  app.phone.camera.push([{ width: 4000, height: 3000 }])
  await app.tap('📷 拍照')
  await app.until(() => app.nodesOf('image').length > 0 || null, 'the stamped photo thumbnail')
  await app.tap('保存巡查记录')
  await app.see('巡查记录已保存')
  await app.see('现在没有网络')

  // Kept on the phone: the record in storage, its photo as a user-data file.
  const queued = app.phone.files.listUnder('wxfile://usr/anju-queue')
  expect(queued).toHaveLength(1)
  expect(app.cloud.count('patrol.submit', false)).toBe(0)

  await app.restart()
  await app.onPage('inspector/pages/home/index')
  await app.see('有 1 条记录在手机上，等待上传')
  expect(app.cloud.count('patrol.submit', false)).toBe(0)

  app.setNetwork('4g')
  await app.until(() => app.cloud.count('patrol.submit') === 1 || null, 'the patrol on the server')
  await app.see('全部已上传')
  // Nothing is sent twice, however often the sync is triggered afterwards.
  app.run.foreground()
  app.setNetwork('wifi')
  await new Promise((r) => setTimeout(r, 300))
  expect(app.cloud.count('patrol.submit', false)).toBe(1)
  expect(app.cloud.uploads).toHaveLength(1)
  expect(app.phone.files.listUnder('wxfile://usr/anju-queue')).toHaveLength(0)

  const stored = await app.env.rt.store.collection('patrols').find({ where: { houseId: first.houseId } })
  const mine = stored.filter((p) => p.photos.length === 1)
  expect(mine).toHaveLength(1)
  const file = await app.env.rt.files.get(mine[0]!.photos[0]!.fileId)
  const jpeg = readFakeJpeg(file!.bytes) as { canvas: { width: number; height: number }; ops: Array<{ op: string; args: unknown[] }> }
  expect(jpeg.canvas).toEqual({ width: 1600, height: 1200 })
  const lines = jpeg.ops.filter((o) => o.op === 'fillText').map((o) => o.args[0])
  expect(lines).toEqual([expect.stringMatching(/^时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/), '位置 29.35210, 105.88320（±12米）', '巡查员 玉龙村巡查员 · 安居哨'])
})

test('a queued patrol keeps its photos as user-data files; storage holds only the small record', async () => {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  const { houseId } = await firstPlanHouse(app)
  await app.launch('inspector/pages/patrol/index', { houseId })
  await app.see('保存巡查记录')
  app.setNetwork('none')
  await fillSafePatrol(app)
  for (let i = 0; i < 3; i++) await takePhoto(app)
  await app.tap('保存巡查记录')
  await app.see('巡查记录已保存')
  expect(app.phone.files.listUnder('wxfile://usr/anju-queue')).toHaveLength(3)
  const records = [...app.phone.storage.data].filter(([k]) => k.startsWith('anju.queue.item.'))
  expect(records).toHaveLength(1)
  expect(Buffer.byteLength(records[0]![1])).toBeLessThan(4096)
})

test('when the phone’s storage is full, saving a patrol says so instead of pretending it was kept', async () => {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  const { houseId } = await firstPlanHouse(app)
  await app.launch('inspector/pages/patrol/index', { houseId })
  await app.see('保存巡查记录')
  app.setNetwork('none')
  // Other data has filled WeChat's 10 MB for this mini-program.
  for (let i = 0; TOTAL_LIMIT - app.phone.storage.usedBytes() > 300; i++) {
    app.phone.storage.set('test', `other.${i}`, 'x'.repeat(Math.min(KEY_LIMIT - 200, TOTAL_LIMIT - app.phone.storage.usedBytes() - 220)))
  }
  await fillSafePatrol(app)
  await app.tap('保存巡查记录')
  await app.see('没能保存在手机上：手机存储空间可能不够，请清理后再试')
  expect(app.screen()).not.toContain('巡查记录已保存')
})
