// Scanning a house plate inside the app (扫码巡查), with WeChat's scanner answering as it
// does for each kind of code: a plain QR code gives its text in `result`; a 小程序码 of this
// app gives the page `path` with its `scene` (h=<houseId>, URL-encoded).
import { firstPlanHouse } from './runtime/steps'
import { Weapp } from './runtime/weapp'

let app: Weapp
afterEach(() => app?.close())

async function inspectorAtHome(): Promise<{ houseId: string; address: string }> {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  await app.launch()
  await app.onPage('inspector/pages/home/index')
  await app.see('扫码巡查')
  return firstPlanHouse(app)
}

async function expectHousePage(houseId: string, address: string): Promise<void> {
  await app.onPage('inspector/pages/house/index')
  expect(app.page().options).toMatchObject({ houseId, plate: '1' })
  await app.see('已扫房屋码')
  await app.see(address)
}

test('scanning a plain QR plate opens that house, marked as scanned on site', async () => {
  const { houseId, address } = await inspectorAtHome()
  app.phone.scans.push({ scanType: 'QR_CODE', result: `http://127.0.0.1:8787/#/inspector/pages/house/index?h=${houseId}` })
  await app.tap('扫码巡查')
  await expectHousePage(houseId, address)
})

test('scanning a 小程序码 plate inside the app opens that house', async () => {
  const { houseId, address } = await inspectorAtHome()
  app.phone.scans.push({ scanType: 'WX_CODE', result: '', path: `inspector/pages/house/index?scene=${encodeURIComponent(`h=${houseId}`)}` })
  await app.tap('扫码巡查')
  await expectHousePage(houseId, address)
})

test('a code that is not a house plate says so and stays on the home page', async () => {
  await inspectorAtHome()
  app.phone.scans.push({ scanType: 'QR_CODE', result: 'https://example.com/menu' })
  await app.tap('扫码巡查')
  await app.until(() => app.phone.toasts.includes('这不是房屋码') || null, 'the toast')
  expect(app.page().route).toBe('inspector/pages/home/index')
})

test('a 小程序码 plate scanned with WeChat itself opens the house page from its scene', async () => {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  const plan = await app.env.call('u-insp-yulong', 'patrol.plan', { status: 'all', pageSize: 1 })
  if (!plan.ok) throw new Error(plan.message)
  const { houseId, address } = plan.data.items[0]!
  await app.launch('inspector/pages/house/index', { scene: encodeURIComponent(`h=${houseId}`) })
  await app.see('已扫房屋码')
  await app.see(address)
})
