// apply-cloud against an in-memory cloud environment: from empty it creates everything
// the plan holds; over an environment that has it all it creates nothing; and it stops
// before any change when a change would lose data or cannot work.
import { MANIFEST } from '../../server/store/manifest'
import path from 'node:path'
import { applyCloud } from '../../scripts/deploy/apply-cloud'
import { diff } from '../../scripts/deploy/diff'
import { readLive } from '../../scripts/deploy/live'
import { createManager } from '../../scripts/deploy/manager'
import { planFromRepository } from '../../scripts/deploy/sources'
import { FakeCloud } from './fake-cloud-manager'

const ROOT = path.resolve(__dirname, '../..')
const plan = planFromRepository(ROOT, {})
const DATA_KEY = Buffer.alloc(32, 1).toString('base64')
const deployerEnv = { ANJU_DATA_KEY: DATA_KEY, ANJU_TEMPLATE_IDS: '{"caseUpdate":"T1"}', ANJU_BOOTSTRAP_CODE: 'first-admin-code-2026', TZ: 'UTC' }
const options = (env: NodeJS.ProcessEnv = deployerEnv) => ({ envId: 'anju-prod-1a2b', deployerEnv: env, functionDir: (n: string) => `/staged/${n}` })
const CREATING = /^(create|updateCollection|ModifyDatabaseACL|setStorageAcl|updateFunctionConfig|deleteFunctionTrigger)/

it('turns an empty environment into the plan: both functions, every collection and index, private permissions', async () => {
  const cloud = new FakeCloud()
  await applyCloud(cloud.manager, plan, options())

  expect(cloud.storageAcl).toBe('PRIVATE')
  expect([...cloud.collections.keys()].sort()).toEqual(plan.collections.map((c) => c.name).sort())
  for (const c of plan.collections) {
    const have = cloud.collections.get(c.name)!
    expect(have.acl).toBe('ADMINONLY')
    expect(have.indexes.map((i) => i.Name).sort()).toEqual(c.indexes.map((i) => i.name).sort())
  }
  const byTime = cloud.collections.get('cases')!.indexes.find((i) => i.Name === 'by_village_stage_due')!
  expect(byTime.Keys).toEqual([{ Name: 'villageId', Direction: '1' }, { Name: 'stage', Direction: '1' }, { Name: 'dueDate', Direction: '1' }, { Name: 'openedAt', Direction: '-1' }])
  for (const fn of plan.functions) {
    const have = cloud.functions.get(fn.name)!
    expect(have).toMatchObject({ Runtime: fn.runtime, Timeout: fn.timeout, MemorySize: fn.memory, codeFrom: `/staged/${fn.name}` })
    expect(have.env).toEqual({ TZ: 'Asia/Shanghai', ANJU_DATA_KEY: DATA_KEY, ANJU_TEMPLATE_IDS: '{"caseUpdate":"T1"}', ANJU_BOOTSTRAP_CODE: 'first-admin-code-2026' })
  }
  expect(cloud.functions.get('tick')!.triggers).toEqual([{ name: 'every10min', cron: '0 */10 * * * * *' }])
  expect(cloud.functions.get('api')!.triggers).toEqual([])
  // The permission of a new collection is set before any function can run.
  const lastAcl = cloud.writes.map((w) => w.startsWith('ModifyDatabaseACL')).lastIndexOf(true)
  expect(cloud.writes.findIndex((w) => w.startsWith('createFunction'))).toBeGreaterThan(lastAcl)
})

it('creates nothing in an environment that already has everything, and only uploads the new code', async () => {
  const cloud = new FakeCloud()
  await applyCloud(cloud.manager, plan, options())
  cloud.writes = []
  await applyCloud(cloud.manager, plan, options())
  expect(cloud.writes.filter((w) => CREATING.test(w))).toEqual([])
  expect(cloud.writes.sort()).toEqual(['updateFunctionCode api', 'updateFunctionCode tick'])
})

it('adds only what is missing: an existing collection keeps its indexes and gets the missing ones', async () => {
  const cloud = new FakeCloud()
  await applyCloud(cloud.manager, plan, options())
  const cases = cloud.collections.get('cases')!
  cases.indexes = cases.indexes.filter((i) => i.Name !== 'by_due')
  cloud.collections.delete('outbox')
  cloud.writes = []
  await applyCloud(cloud.manager, plan, options())
  // The outbox's indexes come from the manifest: a new one there is created here too.
  const outboxIndexes = MANIFEST.outbox.map((i) => i.name).join(',')
  expect(cloud.writes.filter((w) => CREATING.test(w))).toEqual(['updateCollection cases by_due', 'createCollection outbox', 'ModifyDatabaseACL outbox ADMINONLY', `updateCollection outbox ${outboxIndexes}`])
})

it('locks a collection a client could read back to the functions only', async () => {
  const cloud = new FakeCloud()
  await applyCloud(cloud.manager, plan, options())
  cloud.collections.get('households')!.acl = 'READONLY'
  cloud.storageAcl = 'READONLY'
  cloud.writes = []
  await applyCloud(cloud.manager, plan, options())
  expect(cloud.writes.filter((w) => CREATING.test(w))).toEqual(['setStorageAcl PRIVATE', 'ModifyDatabaseACL households ADMINONLY'])
})

it('fixes a function miniprogram-ci would have left at 3 seconds and 256 MB, and replaces a changed schedule', async () => {
  const cloud = new FakeCloud()
  await applyCloud(cloud.manager, plan, options())
  Object.assign(cloud.functions.get('api')!, { Timeout: 3, MemorySize: 256 })
  cloud.functions.get('tick')!.triggers = [{ name: 'every10min', cron: '0 0 * * * * *' }]
  cloud.writes = []
  await applyCloud(cloud.manager, plan, options())
  expect(cloud.functions.get('api')).toMatchObject({ Timeout: 20, MemorySize: 512 })
  expect(cloud.functions.get('tick')!.triggers).toEqual([{ name: 'every10min', cron: '0 */10 * * * * *' }])
  expect(cloud.writes.filter((w) => CREATING.test(w))).toEqual(['updateFunctionConfig api', 'deleteFunctionTrigger tick every10min', 'createFunctionTriggers tick every10min'])
})

it('removes a setting the deployer no longer has, such as the first-administrator code', async () => {
  const cloud = new FakeCloud()
  await applyCloud(cloud.manager, plan, options())
  const { ANJU_BOOTSTRAP_CODE: _gone, ...later } = deployerEnv
  const changes = diff(plan, await readLive(cloud.manager, plan, 'anju-prod-1a2b'), { api: { TZ: 'Asia/Shanghai', ANJU_DATA_KEY: DATA_KEY, ANJU_TEMPLATE_IDS: '{"caseUpdate":"T1"}' }, tick: { TZ: 'Asia/Shanghai', ANJU_DATA_KEY: DATA_KEY, ANJU_TEMPLATE_IDS: '{"caseUpdate":"T1"}' } })
  expect(changes).toContainEqual({ kind: 'update-config', fn: 'api', reasons: ['删除环境变量 ANJU_BOOTSTRAP_CODE'] })
  await applyCloud(cloud.manager, plan, options(later))
  expect(Object.keys(cloud.functions.get('api')!.env).sort()).toEqual(['ANJU_DATA_KEY', 'ANJU_TEMPLATE_IDS', 'TZ'])
})

it('changes nothing when the data key differs from the one in the cloud (the stored ID numbers could no longer be read)', async () => {
  const cloud = new FakeCloud()
  await applyCloud(cloud.manager, plan, options())
  cloud.writes = []
  const otherKey = Buffer.alloc(32, 2).toString('base64')
  const err = await applyCloud(cloud.manager, plan, options({ ...deployerEnv, ANJU_DATA_KEY: otherKey })).catch((e: Error) => e)
  expect(String(err)).toMatch(/ANJU_DATA_KEY 与部署电脑上的不同/)
  expect(String(err)).not.toContain(otherKey)
  expect(cloud.writes).toEqual([])
})

it('changes nothing without a data key, even in an empty environment', async () => {
  const cloud = new FakeCloud()
  await expect(applyCloud(cloud.manager, plan, options({}))).rejects.toThrow(/需要 ANJU_DATA_KEY/)
  expect(cloud.writes).toEqual([])
})

it('changes nothing over a function on a runtime too old to run the bundle, and says what to do', async () => {
  const cloud = new FakeCloud()
  cloud.functions.set('api', { Runtime: 'Nodejs8.9', Timeout: 3, MemorySize: 256, env: {}, triggers: [], codeFrom: '' })
  await expect(applyCloud(cloud.manager, plan, options())).rejects.toThrow(/Nodejs8\.9.*删除这个云函数后重新运行 npm run deploy/)
  expect(cloud.writes).toEqual([])
})

it('finds every call it makes on the real manager-node client, built from keys without any network', () => {
  const manager = createManager({ secretId: 'AKIDtest', secretKey: 'test', envId: 'anju-prod-1a2b' })
  for (const m of ['getFunctionDetail', 'createFunction', 'updateFunctionCode', 'updateFunctionConfig', 'createFunctionTriggers', 'deleteFunctionTrigger', 'waitFunctionActive'] as const) expect(typeof manager.functions[m]).toBe('function')
  for (const m of ['checkCollectionExists', 'createCollection', 'describeCollection', 'updateCollection'] as const) expect(typeof manager.database[m]).toBe('function')
  for (const m of ['getStorageAcl', 'setStorageAcl'] as const) expect(typeof manager.storage[m]).toBe('function')
  expect(typeof manager.commonService('tcb').call).toBe('function')
})
