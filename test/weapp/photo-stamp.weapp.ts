// Evidence photos on the phone: taken with chooseMedia, scaled and stamped on an offscreen
// canvas, kept as a user-data file. Older base libraries cannot export an offscreen canvas
// (then a data URL is written instead), and some have no data URL either (then the picture
// is kept unstamped rather than lost) — each path as the patrol form meets it.
import { readFakeJpeg } from './runtime/canvas'
import { fillSafePatrol, firstPlanHouse, takePhoto } from './runtime/steps'
import { Weapp } from './runtime/weapp'

let app: Weapp
afterEach(() => app?.close())

type Jpeg = { canvas?: { width: number; height: number }; camera?: number; ops?: Array<{ op: string; args: unknown[] }> }

async function patrolFormOpen(): Promise<string> {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  const { houseId } = await firstPlanHouse(app)
  await app.launch('inspector/pages/patrol/index', { houseId })
  await app.see('保存巡查记录')
  await app.until(() => !app.screen().includes('正在定位') || null, 'the position')
  return houseId
}

const stampOf = (path: string) => {
  const jpeg = readFakeJpeg(app.phone.files.read(path)!.bytes) as Jpeg
  return { size: jpeg.canvas, lines: (jpeg.ops ?? []).filter((o) => o.op === 'fillText').map((o) => o.args[0]) }
}

test('a patrol photo is scaled to 1600 px and stamped with Beijing time, the position and the inspector', async () => {
  await patrolFormOpen()
  const path = await takePhoto(app)
  expect(path).toMatch(/^wxfile:\/\/usr\/anju-drafts\/.+\.jpg$/)
  const { size, lines } = stampOf(path)
  expect(size).toEqual({ width: 1200, height: 1600 })
  expect(lines).toEqual([expect.stringMatching(/^时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/), '位置 29.35210, 105.88320（±12米）', '巡查员 玉龙村巡查员 · 安居哨'])
})

test('when the base library cannot export an offscreen canvas, the stamped picture is written from its data URL', async () => {
  await patrolFormOpen()
  app.phone.canvas = { exportsToTempFile: false, hasDataUrl: true }
  const path = await takePhoto(app)
  expect(path).toMatch(/^wxfile:\/\/usr\/anju-drafts\//)
  expect(stampOf(path).lines).toContain('巡查员 玉龙村巡查员 · 安居哨')
})

test('when the canvas can export neither way, the unstamped picture is kept and still saved with the patrol', async () => {
  const houseId = await patrolFormOpen()
  app.phone.canvas = { exportsToTempFile: false, hasDataUrl: false }
  const path = await takePhoto(app)
  expect(path).toMatch(/^wxfile:\/\/tmp_/)
  expect((readFakeJpeg(app.phone.files.read(path)!.bytes) as Jpeg).camera).toBeGreaterThan(0)

  // Saved with the record: the temporary file is moved into the user-data folder (saveFileSync).
  app.setNetwork('none')
  await fillSafePatrol(app)
  await app.tap('保存巡查记录')
  await app.see('巡查记录已保存')
  expect(app.phone.files.has(path)).toBe(false)
  const queued = app.phone.files.listUnder('wxfile://usr/anju-queue')
  expect(queued).toHaveLength(1)
  expect((readFakeJpeg(app.phone.files.read(queued[0]!)!.bytes) as Jpeg).camera).toBeGreaterThan(0)

  app.setNetwork('wifi')
  await app.until(() => app.cloud.count('patrol.submit') === 1 || null, 'the patrol on the server')
  // The server has the picture as the camera took it.
  expect(app.cloud.uploads).toHaveLength(1)
  expect((readFakeJpeg(app.cloud.uploads[0]!.bytes) as Jpeg).camera).toBeGreaterThan(0)
  const submitted = app.cloud.calls.find((c) => c.action === 'patrol.submit')!
  expect(submitted.input).toMatchObject({ houseId, photos: [{ fileId: app.cloud.uploads[0]!.fileId }] })
})

test('with location refused, the form says it will save without a position and the stamp says 无定位', async () => {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  app.phone.location.granted = false
  await app.launch('inspector/pages/patrol/index', { houseId: (await firstPlanHouse(app)).houseId })
  await app.see('无法定位（可能没开定位或没有信号），将不带位置保存')
  const path = await takePhoto(app)
  expect(stampOf(path).lines[1]).toBe('位置 无定位')

  // Allowed again in settings: 重新定位 finds the phone.
  app.phone.location.granted = true
  await app.tap('重新定位')
  await app.see(/已定位：29\.35210, 105\.88320/)
})

test('closing the camera without a picture adds nothing and shows no error', async () => {
  await patrolFormOpen()
  app.phone.camera.push('cancel')
  await app.tap('📷 拍照')
  await app.see('📷 拍照')
  expect(app.nodesOf('image')).toHaveLength(0)
  expect(app.run.hooks.calls.filter((c) => c.api === 'chooseMedia')).toHaveLength(1)
})
