// A new deployment: the first street administrator comes in with the one-time code.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Me } from '../../domain'
import { dispatch } from '../../server/core/dispatch'
import { registry } from '../../server/core/registry'
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
  expect(again.ok ? 'ok' : again.code).toBe('CONFLICT')
})

it('with a wrong code, or none configured, is refused and writes nothing', async () => {
  expect(((await boot('oWX-x-000001', 'first-admin-code-2026')) as { code: string }).code).toBe('FORBIDDEN')
  rt.deps.config.bootstrapCode = 'first-admin-code-2026'
  expect(((await boot('oWX-x-000001', 'wrong-code-123456')) as { code: string }).code).toBe('FORBIDDEN')
  expect(await rt.store.collection('orgs').count()).toBe(0)
})
