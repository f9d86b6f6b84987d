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
  expect([...roles].sort()).toEqual(['appraiser', 'district', 'farmer', 'inspector', 'leader', 'staff'])
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

describe('the local host guards itself', () => {
  it('a body nested three million arrays deep is refused before parsing', async () => {
    const deep = '['.repeat(3_000_000) + ']'.repeat(3_000_000)
    const res = await post(deep, DEMO.inspectorYulong)
    // Over the call size limit; a smaller but still deep body is refused for its depth.
    expect(res.status).toBe(413)
    const shallowButDeep = await post(`{"action":"auth.me","input":${'['.repeat(100)}${']'.repeat(100)}}`, DEMO.inspectorYulong)
    expect(shallowButDeep.status).toBe(400)
    expect(await shallowButDeep.json()).toMatchObject({ ok: false, code: 'VALIDATION', message: '提交的内容层次太深' })
  })

  it('brackets inside strings do not count as depth', async () => {
    const res = await post({ action: 'auth.me', input: {}, note: '['.repeat(500) }, DEMO.inspectorYulong)
    expect(res.status).toBe(200)
  })

  it('a call over 2 MB is refused as too large', async () => {
    const res = await post({ action: 'auth.me', input: { pad: 'x'.repeat(3 * 1024 * 1024) } }, DEMO.inspectorYulong)
    expect(res.status).toBe(413)
  })

  it('answers with nosniff and no framing, and the page with a content security policy', async () => {
    const api = await post({ action: 'auth.me', input: {} }, DEMO.inspectorYulong)
    expect(api.headers.get('x-content-type-options')).toBe('nosniff')
    expect(api.headers.get('x-frame-options')).toBe('DENY')
    const fs = await import('node:fs')
    const root = path.join(env.dataDir, 'h5-with-page')
    fs.mkdirSync(root, { recursive: true })
    fs.writeFileSync(path.join(root, 'index.html'), '<html><head><script>window.rem=1</script><script src="/js/app.js"></script></head></html>')
    const pageHost = createLocalHost({ runtime: env.rt, h5Root: root })
    await new Promise<void>((r) => pageHost.listen(0, '127.0.0.1', r))
    try {
      const page = await fetch(`http://127.0.0.1:${(pageHost.address() as AddressInfo).port}/`)
      const csp = page.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("object-src 'none'")
      // The inline script is allowed by its hash only.
      const crypto = await import('node:crypto')
      expect(csp).toContain(`'sha256-${crypto.createHash('sha256').update('window.rem=1').digest('base64')}'`)
      expect(csp).not.toContain("'unsafe-inline' 'self'")
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    } finally {
      await new Promise((r) => pageHost.close(r))
    }
  })

  it('a request naming another host is refused (DNS rebinding)', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const port = new URL(base).port
      http.get({ host: '127.0.0.1', port, path: '/healthz', headers: { host: 'evil.example:80' } }, (r) => resolve(r.statusCode ?? 0)).on('error', reject)
    })
    expect(res).toBe(421)
    const local = await fetch(`${base.replace('127.0.0.1', 'localhost')}/healthz`).catch(() => null)
    if (local) expect(local.status).toBe(200)
  })

  it('hosts named in ANJU_ALLOWED_HOSTS are answered', async () => {
    const { allowedHostNames } = await import('../../server/host/http-guard')
    expect(allowedHostNames({ ANJU_ALLOWED_HOSTS: 'anju.lan, 10.0.0.5' }).has('anju.lan')).toBe(true)
    expect(allowedHostNames({}).has('anju.lan')).toBe(false)
  })

  it('/healthz does not tell where the database file is', async () => {
    const body = await (await fetch(`${base}/healthz`)).json()
    expect(JSON.stringify(body)).not.toContain(env.dataDir)
    expect(body.store.file).toBeUndefined()
  })

  it('a broken % escape in a path is a 400, not a 500', async () => {
    // Sent raw: fetch would re-encode the path.
    const status = await new Promise<number>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: new URL(base).port, path: '/%E0%A4%A' }, (r) => resolve(r.statusCode ?? 0)).on('error', reject)
    })
    expect(status).toBe(400)
  })
})
