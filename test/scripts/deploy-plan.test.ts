// The deploy plan is what an empty cloud environment becomes: it must hold every
// collection and index the server queries with, keep clients out of the database, and
// give both functions a runtime, time and settings they can actually work with.
import fs from 'node:fs'
import path from 'node:path'
import { MANIFEST } from '../../server/store/manifest'
import { buildPlan, functionEnv, nodeMajor, type DeployPlan } from '../../scripts/deploy/plan'
import { configEnvNames, functionEnvNames, planFromRepository, readFunctionConfigs } from '../../scripts/deploy/sources'
import { formatPlan } from '../../scripts/deploy/print'
import { weappCloudEnv } from '../../scripts/deploy/weapp'

const ROOT = path.resolve(__dirname, '../..')
const DEFAULT_BUDGET_MS = 5000
const plan: DeployPlan = planFromRepository(ROOT, {})
const fn = (name: string) => plan.functions.find((f) => f.name === name)!
const source = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8')

it('has every collection of the manifest, and every index with its fields and order', () => {
  for (const [name, indexes] of Object.entries(MANIFEST)) {
    const c = plan.collections.find((x) => x.name === name)
    expect(c).toBeDefined()
    for (const i of indexes) {
      expect(c!.indexes).toContainEqual({ name: i.name, keys: i.fields.map(([field, dir]) => ({ field, direction: dir === 'asc' ? 1 : -1 })), unique: false })
    }
    expect(c!.indexes).toHaveLength(indexes.length)
  }
  expect(plan.collections).toHaveLength(Object.keys(MANIFEST).length)
})

it('covers a collection added to the manifest later without any change to the deploy', () => {
  const later = buildPlan({ manifest: { ...MANIFEST, repairPhotos: [{ name: 'by_case', fields: [['caseId', 'asc']] }] }, functions: readFunctionConfigs(ROOT), envNames: [], chunkBudgetMs: DEFAULT_BUDGET_MS })
  expect(later.collections.find((c) => c.name === 'repairPhotos')).toEqual({ name: 'repairPhotos', acl: 'ADMINONLY', indexes: [{ name: 'by_case', keys: [{ field: 'caseId', direction: 1 }], unique: false }] })
})

it('lets no client read or write any collection: every one is for the functions only', () => {
  for (const c of plan.collections) expect(c.acl).toBe('ADMINONLY')
})

it('keeps uploaded photos and lists private to the user who uploaded them', () => {
  expect(plan.storage.acl).toBe('PRIVATE')
})

it('plans both functions on a Node.js runtime CloudBase offers, 16 or newer', () => {
  expect(plan.functions.map((f) => f.name).sort()).toEqual(['api', 'tick'])
  for (const f of plan.functions) {
    expect(['Nodejs16.13', 'Nodejs18.15', 'Nodejs20.19', 'Nodejs22.21', 'Nodejs24.11']).toContain(f.runtime)
    expect(nodeMajor(f.runtime)).toBeGreaterThanOrEqual(16)
  }
})

it('gives each function more time than the work it runs: one chunk for api, four and the other jobs for tick', () => {
  for (const budget of [DEFAULT_BUDGET_MS, 20000]) {
    const p = planFromRepository(ROOT, { ANJU_CHUNK_BUDGET_MS: String(budget) })
    const api = p.functions.find((f) => f.name === 'api')!
    const tick = p.functions.find((f) => f.name === 'tick')!
    expect(api.timeout * 1000).toBeGreaterThan(budget)
    // server/jobs/tick.ts gives campaigns and the outbox 4 budgets; weather, reminders and counters come on top.
    expect(source('server/jobs/tick.ts')).toMatch(/chunkBudgetMs \* 4/)
    expect(tick.timeout * 1000).toBeGreaterThanOrEqual(budget * 4 + 20000)
    expect(api.timeout).toBeLessThanOrEqual(900)
    expect(tick.timeout).toBeLessThanOrEqual(900)
  }
  expect(fn('api').timeout).toBe(20)
  expect(fn('tick').timeout).toBe(60)
})

it('sets the memory of both functions explicitly', () => {
  expect(fn('api').memory).toBe(512)
  expect(fn('tick').memory).toBe(256)
})

it("schedules tick with the 7-field cron of its config.json and api with none", () => {
  const config = JSON.parse(source('cloudfunctions/tick/config.json')) as { triggers: Array<{ name: string; config: string }> }
  expect(fn('tick').triggers).toEqual([{ name: config.triggers[0]!.name, type: 'timer', config: config.triggers[0]!.config }])
  expect(fn('tick').triggers[0]!.config.split(' ')).toHaveLength(7)
  expect(fn('api').triggers).toEqual([])
})

it('refuses a timer trigger that is not a 7-field cron', () => {
  expect(() => buildPlan({ manifest: {}, functions: [{ name: 'tick', config: { triggers: [{ name: 't', type: 'timer', config: '*/10 * * * *' }] } }], envNames: [], chunkBudgetMs: 5000 })).toThrow(/7 段 cron/)
})

it('passes every setting the functions read, the data key and TZ among them', () => {
  const names = fn('api').envNames
  expect(names).toEqual(expect.arrayContaining(['ANJU_DATA_KEY', 'TZ', 'ANJU_TEMPLATE_IDS', 'QWEATHER_API_HOST', 'QWEATHER_API_KEY', 'ANJU_BOOTSTRAP_CODE', 'ANJU_CHUNK_BUDGET_MS']))
  const read = new Set<string>()
  for (const file of ['server/config.ts', 'server/runtime/cloud.ts']) for (const m of source(file).matchAll(/env\.([A-Z][A-Z0-9_]+)/g)) read.add(m[1]!)
  for (const platformOwn of ['TCB_ENV', 'SCF_NAMESPACE']) read.delete(platformOwn)
  expect(names).toEqual(expect.arrayContaining([...read]))
  expect(fn('tick').envNames).toEqual(names)
  expect(functionEnvNames()).toEqual(expect.arrayContaining(configEnvNames()))
})

it('declares in config.json every cloud call the functions make', () => {
  const calls = [...source('server/runtime/cloud.ts').matchAll(/openapi\.(\w+)\.(\w+)/g)].map((m) => `${m[1]}.${m[2]}`)
  expect(calls.length).toBeGreaterThan(0)
  expect(fn('api').openapi).toEqual(expect.arrayContaining(calls))
  expect(fn('tick').openapi).toContain('subscribeMessage.send')
})

it('gives the functions TZ=Asia/Shanghai whatever the deploying machine uses, and leaves unset settings out', () => {
  const env = functionEnv(fn('api'), { TZ: 'Europe/Berlin', ANJU_DATA_KEY: 'k'.repeat(44), ANJU_TEMPLATE_IDS: '' })
  expect(env).toEqual({ TZ: 'Asia/Shanghai', ANJU_DATA_KEY: 'k'.repeat(44) })
})

it('prints names and whether they are set, never a value', () => {
  const key = Buffer.alloc(32, 7).toString('base64')
  const text = formatPlan(planFromRepository(ROOT, { ANJU_DATA_KEY: key }), { ANJU_DATA_KEY: key }).join('\n')
  expect(text).toContain('ANJU_DATA_KEY（必填，已设置）')
  expect(text).toContain('ANJU_TEMPLATE_IDS（未设置）')
  expect(text).not.toContain(key)
  expect(JSON.stringify(planFromRepository(ROOT, { ANJU_DATA_KEY: key }))).not.toContain(key)
  for (const c of plan.collections) expect(text).toContain(`- ${c.name}：权限 ADMINONLY`)
  expect(text).toMatch(/云函数 tick：运行环境 Nodejs\d+\.\d+，超时 60 秒，内存 256 MB/)
})

it('builds the weapp for the environment it deploys to, and refuses a different one in the shell', () => {
  expect(weappCloudEnv({ ANJU_CLOUD_ENV: 'anju-prod-1a2b' }).value).toBe('anju-prod-1a2b')
  expect(weappCloudEnv({ ANJU_CLOUD_ENV: 'anju-prod-1a2b', TARO_APP_CLOUD_ENV: 'anju-test-9z' }).problem).toMatch(/另一个云环境/)
  expect(source('config/index.ts')).toMatch(/TARO_APP_CLOUD_ENV \|\| process\.env\.ANJU_CLOUD_ENV/)
})
