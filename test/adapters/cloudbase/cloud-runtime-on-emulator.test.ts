// The cloud composition root on the real wx-server-sdk and the CloudBase emulator: the
// first street administrator of an empty deployment comes in through the same dispatch
// the cloud function runs, and everything lands in the (emulated) cloud database.
import crypto from 'node:crypto'
import type { Me } from '../../../domain'
import { dispatch } from '../../../server/actions/dispatch'
import { registry } from '../../../server/actions/registry'
import { createCloudRuntime } from '../../../server/runtime/cloud'
import { guardNetwork, initCloudSdkAgainst, startCloudEmulator, type CloudEmulator, type NetworkGuard } from '../../support/cloudbase-emulator'

let guard: NetworkGuard
let emu: CloudEmulator

beforeAll(async () => {
  guard = guardNetwork()
  emu = await startCloudEmulator({ pageCap: 100 })
})
afterAll(async () => {
  await emu?.close()
  guard?.restore()
  expect(guard.violations).toEqual([])
  expect(emu.unsupported).toEqual([])
  expect(emu.db.transactions().open).toBe(0)
})

it('admin.bootstrap with the configured code makes the caller street staff, once, in the cloud database', async () => {
  const cloud = initCloudSdkAgainst(emu)
  const quiet = { info: () => {}, error: () => {} }
  const env = { ANJU_DATA_KEY: crypto.randomBytes(32).toString('base64'), TZ: 'Asia/Shanghai', TCB_ENV: emu.envId, ANJU_BOOTSTRAP_CODE: 'first-admin-code-2026' }
  const { deps } = createCloudRuntime(cloud, { env, log: quiet })
  const boot = (openid: string) =>
    dispatch(registry, deps, { action: 'admin.bootstrap', input: { code: 'first-admin-code-2026', name: '建管办 张三', streetId: 's-bachuan' } }, { kind: 'openid', openid })

  const first = await boot('oWX-admin-0001')
  expect(first.ok).toBe(true)
  expect((first as { data: Me }).data.roles).toEqual(['staff'])
  const me = await dispatch(registry, deps, { action: 'auth.me', input: {} }, { kind: 'openid', openid: 'oWX-admin-0001' })
  expect(me).toMatchObject({ ok: true, data: { roles: ['staff'] } })
  expect(emu.db.all('users').map((u) => u.openid)).toEqual(['oWX-admin-0001'])
  expect(emu.db.all('orgs').length).toBeGreaterThan(1)

  const again = await boot('oWX-admin-0002')
  // A used code answers as a wrong one: no oracle for whether a street has its admin.
  expect(again.ok ? 'ok' : `${again.code}: ${again.message}`).toBe('FORBIDDEN: 初始化码不对')
  expect(emu.db.all('users')).toHaveLength(1)
})
