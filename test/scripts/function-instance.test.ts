// The bench's function instance: the deployed api bundle, built from these sources and run
// by plain Node in a process of its own, answers as the deployed function does (here its
// first action on an empty environment), and reports that process's memory, which the
// bench's import figures are.
import crypto from 'node:crypto'
import { startFunctionInstance, type FunctionInstance } from '../../scripts/bench/function-instance'
import { startCloudEmulator, type CloudEmulator } from '../support/cloudbase-emulator'

let emu: CloudEmulator
let instance: FunctionInstance | undefined

afterEach(async () => {
  await instance?.close()
  await emu?.close()
})

it("runs the deployed api bundle in its own process against the cloud, and tells that process's peak memory", async () => {
  emu = await startCloudEmulator()
  instance = await startFunctionInstance('api', { ...emu.env, ANJU_DATA_KEY: crypto.randomBytes(32).toString('base64'), TZ: 'Asia/Shanghai', ANJU_BOOTSTRAP_CODE: 'bench-bootstrap-0001' })
  const atStart = instance.memory()
  const answer = (await instance.call('o-first-admin', { action: 'admin.bootstrap', input: { code: 'bench-bootstrap-0001', name: '建管办 张三', streetId: 's-bachuan' } })) as { ok: boolean; data?: { roles: string[] } }
  expect(answer).toMatchObject({ ok: true, data: { roles: ['staff'] } })
  // Written by that process through its own wx-server-sdk, into the emulator's database.
  expect(emu.db.all('users').map((u) => u.openid)).toEqual(['o-first-admin'])
  const after = instance.memory()
  expect(atStart.rssMb).toBeGreaterThan(0)
  expect(after.maxRssMb).toBeGreaterThanOrEqual(after.rssMb)
  expect(after.cpuSeconds).toBeGreaterThan(atStart.cpuSeconds)
}, 120_000)
