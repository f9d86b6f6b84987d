// A farmer's self-check in WeChat: a few 有/没有 answers, a photo of the problem taken
// with the camera and stamped, the report sent through the outbox, and — in the same tap —
// WeChat's consent sheet for news of how the report is handled.
import { readFakeJpeg } from './runtime/canvas'
import { Weapp } from './runtime/weapp'

let app: Weapp
const saved = process.env.ANJU_TEMPLATE_IDS
beforeAll(() => {
  process.env.ANJU_TEMPLATE_IDS = JSON.stringify({ caseUpdate: 'tpl-case' })
})
afterAll(() => {
  if (saved === undefined) delete process.env.ANJU_TEMPLATE_IDS
  else process.env.ANJU_TEMPLATE_IDS = saved
})
afterEach(() => app?.close())

test('a farmer reports cracks with a stamped photo, agrees to case news in the same tap, and the village gets one case', async () => {
  app = await Weapp.start({ user: 'u-farmer-yulong' })
  await app.launch()
  await app.onPage('pages/farmer/my-house/index')
  await app.see('我家的房屋')
  // His house, as the page remembers it on the phone for the self-check.
  await app.until(() => app.cloud.count('household.get') > 0 || null, 'his household from the server')
  await app.tap('🏠 自查房屋')
  await app.onPage('pages/farmer/self-check/index')
  await app.until(() => app.cloud.count('notify.templates') > 0 || null, 'the template ids, fetched before any tap')

  await app.tap(/^有$/)
  for (let i = 0; i < 4; i++) await app.tap(/^没有$/)
  await app.see('墙上有裂缝')
  await app.see('先拍照，再报告')
  app.phone.camera.push([{ width: 4000, height: 3000 }])
  await app.tap('📷 拍照')
  await app.see('报告给村里')

  app.phone.subscribeAnswers.push('accept')
  await app.tap('报告给村里')
  await app.see('谢谢，已经记下您报告的问题')
  await app.until(() => app.cloud.count('selfcheck.submit') === 1 || null, 'the report on the server')
  await app.see('处理进度：')

  expect(app.phone.subscribeAsked).toEqual([['tpl-case']])
  const consent = await app.env.rt.store.collection('consents').get('u-farmer-yulong:caseUpdate')
  expect(consent?.remaining).toBe(1)
  expect(app.cloud.uploads).toHaveLength(1)
  const stamp = readFakeJpeg(app.cloud.uploads[0]!.bytes) as { ops: Array<{ op: string; args: unknown[] }> }
  expect(stamp.ops.filter((o) => o.op === 'fillText').map((o) => o.args[0])).toContainEqual(expect.stringMatching(/^农户 \S+ · 安居哨$/))
  const report = app.cloud.calls.find((c) => c.action === 'selfcheck.submit')!
  expect(report.input).toMatchObject({ answers: { cracks: true, leaning: false }, photos: [{ fileId: app.cloud.uploads[0]!.fileId }] })

  // The phone keeps the server's receipt; the case it names is the village's, for this house.
  const [, itemJson] = [...app.phone.storage.data].find(([k]) => k.startsWith('anju.queue.item.'))!
  const item = JSON.parse(itemJson) as { houseId: string; receipt: { caseId: string | null } }
  const theCase = await app.env.rt.store.collection('cases').get(item.receipt.caseId!)
  expect(theCase?.houseId).toBe(item.houseId)
})
