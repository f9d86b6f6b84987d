// The local host answers like the cloud function, over real HTTP on loopback.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { createLocalHost } from '../../server/host/local-host'
import { createTestEnv, DEMO, type TestEnv } from '../support/local-env'

let env: TestEnv
let server: http.Server
let base: string

beforeAll(async () => {
  env = await createTestEnv({ householdsPerVillage: 3 })
  server = createLocalHost({ runtime: env.rt, h5Root: path.join(env.dataDir, 'no-h5') })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((r) => server.close(r))
  await env.close()
})

const post = (body: unknown, user?: string) =>
  fetch(`${base}/fn/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(user ? { 'x-dev-user': user } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

it('runs an action for the dev user named in X-Dev-User', async () => {
  const res = await post({ action: 'auth.me', input: {} }, DEMO.inspectorYulong)
  expect(res.status).toBe(200)
  const body = await res.json()
  expect(body.ok).toBe(true)
  expect(body.data.villages.map((v: { name: string }) => v.name)).toEqual(['玉龙村'])
})

it('without a dev user the caller is UNAUTHENTICATED', async () => {
  const body = await (await post({ action: 'auth.me', input: {} })).json()
  expect(body).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
})

it('a body that is not JSON gets a Chinese VALIDATION error', async () => {
  const res = await post('{not json', DEMO.inspectorYulong)
  expect(res.status).toBe(400)
  expect(await res.json()).toMatchObject({ ok: false, code: 'VALIDATION', message: '请求格式不对' })
})

it('lists the demo accounts of every role', async () => {
  const users = (await (await fetch(`${base}/dev/users`)).json()) as Array<{ roles: string[] }>
  const roles = new Set(users.flatMap((u) => u.roles))
  expect([...roles].sort()).toEqual(['appraiser', 'farmer', 'inspector', 'leader', 'staff'])
})

it('reports its health with the state of the store', async () => {
  const body = await (await fetch(`${base}/healthz`)).json()
  expect(body.ok).toBe(true)
  expect(body.store.engine).toBe('sqlite')
  expect(body.store.journalMode).toBe('wal')
  expect(body.store.counts.households).toBeGreaterThan(0)
})

it('an unknown function is refused', async () => {
  const res = await fetch(`${base}/fn/nothing`, { method: 'POST', body: '{}' })
  expect(res.status).toBe(404)
})

it('serves a stored file only through an unexpired signed link', async () => {
  const stored = await env.rt.files.put('test/photo.jpg', Buffer.from('jpegbytes'), 'image/jpeg')
  const url = await env.rt.files.tempUrl(stored.fileId, 60)
  const good = await fetch(url.replace('http://127.0.0.1:0', base))
  expect(good.status).toBe(200)
  expect(Buffer.from(await good.arrayBuffer()).toString()).toBe('jpegbytes')
  const forged = await fetch(url.replace('http://127.0.0.1:0', base).replace(/sig=[^&]+/, 'sig=forged'))
  expect(forged.status).toBe(404)
})

it('a WeChat user bound through a simulated OPENID uploads as his own account', async () => {
  await env.rt.store.collection('users').update(DEMO.farmerYulong, { openid: 'oWX-sim-000001' })
  const res = await fetch(`${base}/upload?name=a.jpg`, { method: 'POST', headers: { 'x-dev-openid': 'oWX-sim-000001' }, body: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) })
  const body = await res.json()
  expect(body.ok).toBe(true)
  expect(body.data.fileId).toContain(`uploads/${DEMO.farmerYulong}/`)
  const stranger = await fetch(`${base}/upload?name=a.jpg`, { method: 'POST', headers: { 'x-dev-openid': 'oWX-nobody-0001' }, body: Buffer.from([1]) })
  expect(stranger.status).toBe(401)
})

it('migrations give old accounts their grant keys', async () => {
  const { migrate } = await import('../../server/store/migrations')
  await env.rt.store.collection('users').update(DEMO.appraiserBachuan, { grantKeys: undefined })
  expect(await migrate(env.rt.store)).toEqual([`grantKeys:${DEMO.appraiserBachuan}`])
  expect(await migrate(env.rt.store)).toEqual([])
})
