// A new deployment: the first street administrator comes in with the one-time code.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Me } from '../../domain'
import { dispatch } from '../../server/actions/dispatch'
import { registry } from '../../server/actions/registry'
import { createLocalRuntime, type LocalRuntime } from '../../server/runtime/local'
import { quietLogger } from '../support/local-env'

let rt: LocalRuntime
let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-boot-'))
  rt = createLocalRuntime({ dataDir: dir, baseUrl: 'http://x', log: quietLogger, dataKey: crypto.randomBytes(32).toString('base64') })
})
afterEach(async () => {
  await rt.store.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const boot = (openid: string, code: string) => dispatch(registry, rt.deps, { action: 'admin.bootstrap', input: { code, name: '建管办 张三', streetId: 's-bachuan' } }, { kind: 'openid', openid })

it('with the configured code, writes the org tree and makes the caller street staff, once', async () => {
  rt.deps.config.bootstrapCode = 'first-admin-code-2026'
  const r = await boot('oWX-admin-0001', 'first-admin-code-2026')
  expect(r.ok).toBe(true)
  const me = (r as { data: Me }).data
  expect(me.roles).toEqual(['staff'])
  expect(me.villages.length).toBeGreaterThan(0)
  const again = await boot('oWX-admin-0002', 'first-admin-code-2026')
  expect(again.ok ? 'ok' : again.code).toBe('FORBIDDEN')
})

it('with a wrong code, or none configured, is refused and writes nothing', async () => {
  expect(((await boot('oWX-x-000001', 'first-admin-code-2026')) as { code: string }).code).toBe('FORBIDDEN')
  rt.deps.config.bootstrapCode = 'first-admin-code-2026'
  expect(((await boot('oWX-x-000001', 'wrong-code-123456')) as { code: string }).code).toBe('FORBIDDEN')
  expect(await rt.store.collection('orgs').count()).toBe(0)
})

const bootAt = (openid: string, code: string, streetId: string) =>
  dispatch(registry, rt.deps, { action: 'admin.bootstrap', input: { code, name: '建管办 张三', streetId } }, { kind: 'openid', openid })
const answer = (r: { ok: boolean; code?: string; message?: string }) => (r.ok ? 'ok' : `${r.code}: ${r.message}`)

it('once the code has been used, any code on any street gets the answer of a wrong code', async () => {
  rt.deps.config.bootstrapCode = 'first-admin-code-2026'
  expect((await boot('oWX-admin-0001', 'first-admin-code-2026')).ok).toBe(true)
  const wrong = answer(await boot('oWX-probe-0001', 'wrong-code-123456'))
  expect(answer(await boot('oWX-probe-0002', 'first-admin-code-2026'))).toBe(wrong)
  expect(answer(await bootAt('oWX-probe-0003', 'first-admin-code-2026', 's-nowhere'))).toBe(wrong)
  expect(answer(await bootAt('oWX-probe-0004', 'wrong-code-123456', 's-nowhere'))).toBe(wrong)
})

it('guessing the code is throttled: after 5 wrong codes even the right one is refused', async () => {
  rt.deps.config.bootstrapCode = 'first-admin-code-2026'
  const guesses = await Promise.all(Array.from({ length: 12 }, (_, i) => boot('oWX-guess-0001', `wrong-code-${String(i).padStart(6, '0')}`)))
  expect(guesses.filter((r) => !r.ok && r.code === 'FORBIDDEN')).toHaveLength(5)
  expect(answer(await boot('oWX-guess-0001', 'first-admin-code-2026'))).toMatch(/^RATE_LIMITED/)
  // Many WeChat accounts together get no more than 20 guesses a day.
  for (let i = 0; i < 15; i++) await boot(`oWX-crowd-${String(i).padStart(4, '0')}`, 'wrong-code-123456')
  expect(answer(await boot('oWX-crowd-fresh', 'first-admin-code-2026'))).toMatch(/^RATE_LIMITED/)
  expect(await rt.store.collection('users').count()).toBe(0)
})
