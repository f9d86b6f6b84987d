// The village's plate sheet is a printable PDF: one plate per monitored house, none for a
// house no longer monitored, in sheets that each stay within the chunk budget.
import QRCode from 'qrcode'
import { PLATES_PER_PAGE } from '../../server/services/plate-pdf'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

const STAFF = DEMO.staffBachuan
let env: TestEnv
let scenes: string[]

beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 8, now: '2026-11-28T10:00:00+08:00' })
  scenes = []
  const codes = env.rt.deps.codes
  env.rt.deps.codes = { image: async (page, scene) => (scenes.push(scene), codes.image(page, scene)) }
})
afterEach(() => env.close())

const pdfOf = async (fileId: string) => (await env.rt.files.get(fileId))!.bytes
const pagesOf = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0
/** The code images; a PNG with transparency adds its mask as a second image object. */
const imagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Subtype \/Image\b/g)?.length ?? 0) - (pdf.toString('latin1').match(/\/SMask \d+ 0 R/g)?.length ?? 0)

// Embedding the Chinese font subset in each PDF takes seconds of CPU; on a busy machine far
// more than the default 30 s (its speed is the benchmark's business, not this test's).
jest.setTimeout(180_000)

it('a village plate sheet is a PDF with one plate per monitored house and none for a retired house', async () => {
  const houses = env.rt.store.collection('houses')
  const all = await houses.find({ where: { villageId: 'v-yulong' } })
  const retired = all[0]!
  await houses.update(retired._id, { retiredAt: '2026-11-20T02:00:00.000Z', retiredReason: 'demolished' })
  const sheet = ok(await env.call(STAFF, 'plates.sheet', { villageId: 'v-yulong' }))
  const pdf = await pdfOf(sheet.fileId)

  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  expect(sheet.fileName).toBe('玉龙村房屋门牌.pdf')
  expect(sheet.next).toBeNull()
  expect(sheet.plates).toBe(all.length - 1)
  expect(pagesOf(pdf)).toBe(Math.ceil(sheet.plates / PLATES_PER_PAGE))
  expect(imagesOf(pdf)).toBe(sheet.plates)
  expect(scenes.sort()).toEqual(all.filter((h) => h._id !== retired._id).map((h) => `h=${h._id}`).sort())
})

it('a large village comes in several sheets, each house on exactly one of them', async () => {
  env.rt.deps.config.chunkBudgetMs = 0
  // One real code for every plate: drawing each takes long and is not what this test is about.
  const png = await QRCode.toBuffer('plate', { width: 120 })
  env.rt.deps.codes = { image: async (_page, scene) => (scenes.push(scene), png) }
  const total = (await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' } })).length
  expect(total).toBeGreaterThan(PLATES_PER_PAGE)
  let from: number | null = 0
  let sheets = 0
  while (from !== null) {
    const sheet: { fileId: string; plates: number; next: number | null } = ok(await env.call(STAFF, 'plates.sheet', { villageId: 'v-yulong', from }))
    expect(sheet.plates).toBeLessThanOrEqual(PLATES_PER_PAGE)
    expect(pagesOf(await pdfOf(sheet.fileId))).toBe(1)
    from = sheet.next
    sheets++
  }
  expect(sheets).toBe(Math.ceil(total / PLATES_PER_PAGE))
  expect(new Set(scenes).size).toBe(total)
  expect(scenes).toHaveLength(total)
})

it("an inspector cannot print another village's plates", async () => {
  const r = await env.call(DEMO.inspectorYulong, 'plates.sheet', { villageId: 'v-shizi' })
  expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
})
