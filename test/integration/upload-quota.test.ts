// The daily upload quota of one user: counted at the local host's /upload, and — where the
// app uploads straight to cloud storage — when an action first cites a file.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { createLocalHost } from '../../server/host/local-host'
import type { HouseDoc } from '../../server/store/docs'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { safePatrol, uploadPhoto } from '../support/patrols'

let env: TestEnv
let server: http.Server
let base: string

beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 2 })
  server = createLocalHost({ runtime: env.rt, h5Root: path.join(env.dataDir, 'no-h5') })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterEach(async () => {
  await new Promise((r) => server.close(r))
  await env.close()
})

const INSPECTOR = DEMO.inspectorYulong
const jpeg = (n: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(n)])
const upload = (user: string, bytes: Buffer) => fetch(`${base}/upload?name=a.jpg`, { method: 'POST', headers: { 'x-dev-user': user }, body: new Uint8Array(bytes) })

describe('at the local host', () => {
  it('the upload past the day\'s file limit is refused with RATE_LIMITED; another user and the next day are not affected', async () => {
    env.rt.deps.config.uploadDailyFiles = 3
    for (let i = 0; i < 3; i++) expect((await upload(INSPECTOR, jpeg(10))).status).toBe(200)
    const refused = await upload(INSPECTOR, jpeg(10))
    expect(refused.status).toBe(429)
    expect(await refused.json()).toMatchObject({ ok: false, code: 'RATE_LIMITED', message: expect.stringMatching(/今天上传的文件已经够多了/) })
    expect((await upload(DEMO.staffBachuan, jpeg(10))).status).toBe(200)
    env.clock.advanceDays(1)
    expect((await upload(INSPECTOR, jpeg(10))).status).toBe(200)
  })

  it('the upload that would pass the day\'s megabytes is refused and not counted', async () => {
    env.rt.deps.config.uploadDailyMb = 1
    expect((await upload(INSPECTOR, jpeg(700_000))).status).toBe(200)
    expect((await upload(INSPECTOR, jpeg(700_000))).status).toBe(429)
    expect((await upload(INSPECTOR, jpeg(200_000))).status).toBe(200)
    const [q] = await env.rt.store.collection('uploadQuotas').find({})
    expect(q).toMatchObject({ userId: INSPECTOR, day: '2026-11-28', files: 2, bytes: 900_008 })
  })

  it('many uploads at once never pass the limit', async () => {
    env.rt.deps.config.uploadDailyFiles = 5
    const codes = await Promise.all(Array.from({ length: 12 }, () => upload(INSPECTOR, jpeg(10)).then((r) => r.status)))
    expect(codes.filter((c) => c === 200)).toHaveLength(5)
    expect(codes.filter((c) => c === 429)).toHaveLength(7)
  })
})

describe('in the cloud, where uploads go straight to storage', () => {
  let houses: HouseDoc[]
  beforeEach(async () => {
    env.rt.deps.config.uploadQuotaAt = 'use'
    env.rt.deps.config.uploadDailyFiles = 3
    houses = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' } })
  })
  const photo = (fileId: string) => ({ fileId, takenAt: '2026-11-28T09:00:00+08:00', lat: null, lng: null })

  it('an action citing more new files than the day allows is refused and writes nothing', async () => {
    const two = [await uploadPhoto(env, INSPECTOR), await uploadPhoto(env, INSPECTOR)]
    ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(houses[0]!._id, { photos: two.map(photo) })))
    const more = [await uploadPhoto(env, INSPECTOR), await uploadPhoto(env, INSPECTOR)]
    const before = env.snapshot()
    const r = await env.call(INSPECTOR, 'patrol.submit', safePatrol(houses[1]!._id, { photos: more.map(photo) }))
    expect(r.ok ? 'ok' : r.code).toBe('RATE_LIMITED')
    expect(env.snapshot()).toBe(before)
  })

  it('a retried action counts its files once', async () => {
    const two = [await uploadPhoto(env, INSPECTOR), await uploadPhoto(env, INSPECTOR)]
    const input = safePatrol(houses[0]!._id, { photos: two.map(photo) })
    ok(await env.call(INSPECTOR, 'patrol.submit', input))
    ok(await env.call(INSPECTOR, 'patrol.submit', input))
    const q = (await env.rt.store.collection('uploadQuotas').find({}))[0]!
    expect(q).toMatchObject({ files: 2, fileIds: two })
    ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(houses[1]!._id, { photos: [photo(await uploadPhoto(env, INSPECTOR))] })))
  })

  it('a refused action counts nothing', async () => {
    const fileId = await uploadPhoto(env, INSPECTOR)
    const r = await env.call(INSPECTOR, 'patrol.submit', safePatrol('ho-shizi-00001-1', { photos: [photo(fileId)] }))
    expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
    expect(await env.rt.store.collection('uploadQuotas').count()).toBe(0)
  })
})
