// Evidence files: an action cites only the caller's own uploads, that exist, of the kind it
// expects (a photo must be a picture by its bytes); and a page whose stored photo is gone
// or was never valid still opens, showing the photo as missing.
import crypto from 'node:crypto'
import type { HouseDoc } from '../../server/store/docs'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { jpegBytes, safePatrol, uploadPhoto } from '../support/patrols'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3 })
})
afterEach(() => env.close())

const INSPECTOR = DEMO.inspectorYulong
const upload = async (userId: string, ext: string, bytes: Buffer, type: string) =>
  (await env.rt.files.put(`uploads/${userId}/${crypto.randomUUID()}.${ext}`, bytes, type)).fileId

async function yulongHouse(): Promise<HouseDoc> {
  const houses = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' } })
  return houses.find((h) => !h.openCaseId)!
}

async function openCase(): Promise<string> {
  const house = await yulongHouse()
  return ok(await env.call(INSPECTOR, 'case.open', { caseId: `case-${crypto.randomUUID()}`, houseId: house._id, summary: '墙体开裂' })).id
}

async function refusedWithoutWriting(call: () => Promise<{ ok: boolean; code?: string; message?: string }>): Promise<string> {
  const before = env.snapshot()
  const r = (await call()) as { ok: false; code: string; message: string }
  expect(r.ok).toBe(false)
  expect(r.message).toMatch(/[\u4e00-\u9fa5]/)
  expect(env.snapshot()).toBe(before)
  return r.code
}

describe('a case record cites only real photos of the caller', () => {
  it('a photo id climbing out of the upload folder is refused and the case page still opens', async () => {
    const caseId = await openCase()
    const code = await refusedWithoutWriting(() =>
      env.call(INSPECTOR, 'case.record', { caseId, entryId: 'en-1', kind: 'note', note: '备注', photos: [`local://uploads/${INSPECTOR}/../../data.key`] }),
    )
    expect(code).toBe('VALIDATION')
    expect(ok(await env.call(DEMO.staffBachuan, 'case.get', { caseId })).id).toBe(caseId)
  })

  it('a 230-character photo name is refused', async () => {
    const caseId = await openCase()
    const code = await refusedWithoutWriting(() =>
      env.call(INSPECTOR, 'case.record', { caseId, entryId: 'en-1', kind: 'note', note: '备注', photos: [`local://uploads/${INSPECTOR}/${'a'.repeat(230)}.jpg`] }),
    )
    expect(code).toBe('VALIDATION')
  })

  it('a photo that was never uploaded is refused', async () => {
    const caseId = await openCase()
    const code = await refusedWithoutWriting(() =>
      env.call(INSPECTOR, 'case.record', { caseId, entryId: 'en-1', kind: 'note', note: '备注', photos: [`local://uploads/${INSPECTOR}/never-uploaded.jpg`] }),
    )
    expect(code).toBe('NOT_FOUND')
  })

  it("a photo of another user is refused, also when his id merely contains mine", async () => {
    const caseId = await openCase()
    for (const owner of [DEMO.staffBachuan, `x${INSPECTOR}`]) {
      const other = await uploadPhoto(env, owner)
      const code = await refusedWithoutWriting(() => env.call(INSPECTOR, 'case.record', { caseId, entryId: 'en-1', kind: 'note', note: '备注', photos: [other] }))
      expect(code).toBe('FORBIDDEN')
    }
  })

  it("a photo in another user's folder that names mine further down is refused", async () => {
    const caseId = await openCase()
    const nested = (await env.rt.files.put(`uploads/u-insp-shizi/uploads/${INSPECTOR}/a.jpg`, jpegBytes(), 'image/jpeg')).fileId
    const code = await refusedWithoutWriting(() => env.call(INSPECTOR, 'case.record', { caseId, entryId: 'en-1', kind: 'note', note: '备注', photos: [nested] }))
    expect(code).toBe('VALIDATION')
  })

  it('a PDF passed as the photo of an emergency step is refused by its bytes', async () => {
    const caseId = await openCase()
    const pdfAsJpg = await upload(DEMO.staffBachuan, 'jpg', Buffer.from('%PDF-1.7\n1 0 obj\n'), 'image/jpeg')
    const c = ok(await env.call(DEMO.staffBachuan, 'case.get', { caseId }))
    const code = await refusedWithoutWriting(() =>
      env.call(DEMO.staffBachuan, 'case.record', { caseId: c.id, entryId: 'en-pdf', kind: 'note', note: '警示标志', photos: [pdfAsJpg] }),
    )
    expect(code).toBe('VALIDATION')
  })
})

it('a disaster report does not take a CSV as its photo', async () => {
  ok(await env.call(DEMO.staffBachuan, 'disaster.declare', { eventId: 'de-flood', kind: 'flood', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: ['v-yulong'], description: '山洪' }))
  const house = await yulongHouse()
  const csvAsJpg = await upload(INSPECTOR, 'jpg', Buffer.from('姓名,身份证号\n张三,500000\n'), 'image/jpeg')
  const code = await refusedWithoutWriting(() =>
    env.call(INSPECTOR, 'disaster.report', { reportId: 'dr-csv', eventId: 'de-flood', houseId: house._id, damage: 'general', peopleAffected: 1, measures: '', major: false, photos: [csvAsJpg] }),
  )
  expect(code).toBe('VALIDATION')
})

it('an import cannot name a list in another user\'s cloud folder by climbing out of its own', async () => {
  const code = await refusedWithoutWriting(() =>
    env.call(DEMO.staffBachuan, 'import.start', {
      importId: 'imp-climb',
      fileId: `cloud://env-1.bucket/uploads/${DEMO.staffBachuan}/../u-staff-dongcheng/list.xlsx`,
      fileName: '名单.xlsx',
      source: 'civil',
    }),
  )
  expect(code).toBe('VALIDATION')
})

describe('a page whose stored photo is gone or bad still opens', () => {
  it('a case with a bad and a deleted photo opens; both are marked missing, the good one has a link', async () => {
    const caseId = await openCase()
    const good = await uploadPhoto(env, INSPECTOR)
    const gone = await uploadPhoto(env, INSPECTOR)
    ok(await env.call(INSPECTOR, 'case.record', { caseId, entryId: 'en-1', kind: 'note', note: '现场照片', photos: [good, gone] }))
    await env.rt.files.remove(gone)
    // A record written before the rule existed, with a photo id that was never valid.
    await env.rt.store.collection('caseEvents').insert({
      _id: 'ce-old', caseId, villageId: 'v-yulong', at: '2026-11-28T02:00:00.000Z', actorId: INSPECTOR, action: 'note', from: null, to: null, note: '旧记录',
      photos: [`local://uploads/${INSPECTOR}/../../data.key`],
    })
    const c = ok(await env.call(DEMO.staffBachuan, 'case.get', { caseId }))
    const photos = c.timeline.flatMap((e) => e.photos)
    expect(photos.map((p) => [p.fileId, p.missing, p.url === null])).toEqual([
      [good, false, false],
      [gone, true, true],
      [`local://uploads/${INSPECTOR}/../../data.key`, true, true],
    ])
  })

  it('a patrol whose photo was deleted opens with the photo marked missing', async () => {
    const house = await yulongHouse()
    const photo = await uploadPhoto(env, INSPECTOR, jpegBytes())
    const p = ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(house._id, { photos: [{ fileId: photo, takenAt: '2026-11-28T09:00:00+08:00', lat: null, lng: null }] })))
    await env.rt.files.remove(photo)
    await env.rt.store.collection('patrols').update(p.id, { photos: [{ ...(await env.rt.store.collection('patrols').get(p.id))!.photos[0]!, fileId: 'local://x/../../y' }] })
    const view = ok(await env.call(DEMO.staffBachuan, 'patrol.get', { patrolId: p.id }))
    expect(view.photos.map((ph) => [ph.missing, ph.url])).toEqual([[true, null]])
  })
})

it('a case photo over the photo size limit is refused, as a patrol photo is', async () => {
  const caseId = await openCase()
  env.rt.deps.config.photoMaxBytes = 32
  const big = await uploadPhoto(env, INSPECTOR, Buffer.concat([jpegBytes(), Buffer.alloc(64)]))
  const code = await refusedWithoutWriting(() => env.call(INSPECTOR, 'case.record', { caseId, entryId: 'en-big', kind: 'note', note: '照片', photos: [big] }))
  expect(code).toBe('VALIDATION')
})
