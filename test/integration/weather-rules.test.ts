// Which weather warnings start an emergency patrol: QWeather's official codes, its names
// when codes change, and rules the street adds itself for a type nobody configured.
import { QWeatherSource } from '../../server/adapters/qweather/qweather-source'
import { runTick } from '../../server/jobs/tick'
import type { AlertDoc } from '../../server/store/docs'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
let logged: Array<{ message: string; data: unknown }>
let served: unknown[]

beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3, now: '2026-11-28T10:00:00+08:00' })
  logged = []
  served = []
  env.rt.deps.log = { info: (message, data) => logged.push({ message, data }), error: (message, data) => logged.push({ message, data }) }
  // QWeather's v1 answer, as its API sends it, served by a fake fetch.
  const fetchImpl = (async () => new Response(JSON.stringify({ metadata: { tag: 't' }, alerts: served }), { status: 200 })) as typeof fetch
  env.rt.deps.weather = new QWeatherSource({ host: 'example.qweatherapi.com', apiKey: 'k', fetchImpl })
})
afterEach(() => env.close())

const warning = (id: string, code: string, name: string, color: string) => ({
  id,
  messageType: { code: 'alert' },
  eventType: { name, code },
  color: { code: color },
  effectiveTime: '2026-11-28T10:00+08:00',
  expireTime: '2026-11-29T10:00+08:00',
  headline: `铜梁区气象台发布${name}${{ orange: '橙色', red: '红色', yellow: '黄色', blue: '蓝色' }[color]}预警`,
})

async function bachuanAlerts(): Promise<AlertDoc[]> {
  return env.rt.store.collection('alerts').find({ where: { streetId: 's-bachuan' } })
}

it('a 地质灾害 orange warning from QWeather starts an emergency patrol of the risky houses', async () => {
  served = [warning('w-geo-1', '1037', '地质灾害', 'orange')]
  const report = await runTick(env.rt.deps)
  expect(report.errors).toEqual([])
  const [alert] = await bachuanAlerts()
  expect(alert).toMatchObject({ eventType: '1037', eventName: '地质灾害', ruleMatched: true })
  const campaign = await env.rt.store.collection('campaigns').get(alert!.campaignId!)
  expect(campaign).toMatchObject({ scope: 'risky', title: '应急巡查：地质灾害橙色预警' })
})

it.each([
  ['1073', '洪涝灾害气象风险'],
  ['1076', '洪水灾害气象风险'],
  ['1038', '强降雨'],
  ['1064', '短时强降雨'],
])('a red %s (%s) warning has every house patrolled', async (code, name) => {
  served = [warning(`w-${code}`, code, name, 'red')]
  await runTick(env.rt.deps)
  const [alert] = await bachuanAlerts()
  expect((await env.rt.store.collection('campaigns').get(alert!.campaignId!))?.scope).toBe('all')
})

it('1009 is 高温 at QWeather, not a storm: a red heat warning starts no patrol', async () => {
  served = [warning('w-heat', '1009', '高温', 'red')]
  await runTick(env.rt.deps)
  const [alert] = await bachuanAlerts()
  expect(alert).toMatchObject({ eventName: '高温', campaignId: null, ruleMatched: false })
})

it('when QWeather renumbers 暴雨, the warning is still matched by its name', async () => {
  served = [warning('w-renumbered', '2003', '暴雨', 'red')]
  await runTick(env.rt.deps)
  const [alert] = await bachuanAlerts()
  expect(alert!.campaignId).not.toBeNull()
})

it('a warning type nobody knows is logged, kept and shown to the street, and the tick goes on', async () => {
  served = [warning('w-new-1', '1999', '山洪灾害气象风险', 'orange')]
  const report = await runTick(env.rt.deps)
  expect(report.errors).toEqual([])
  expect(logged.some((l) => l.message === 'weather warning of a type no rule knows')).toBe(true)
  const [alert] = await bachuanAlerts()
  expect(alert).toMatchObject({ campaignId: null, ruleMatched: false })
  const view = ok(await env.call(DEMO.leaderBachuan, 'alertRule.list', {}))
  expect(view.unmatched).toEqual([{ code: '1999', name: '山洪灾害气象风险', times: 1, lastAt: '2026-11-28T02:00:00.000Z' }])
  const list = ok(await env.call(DEMO.staffBachuan, 'alert.list', { activeOnly: true }))
  expect(list.find((a) => a.id === alert!._id)).toMatchObject({ eventName: '山洪灾害气象风险', ruleMatched: false })
})

it('a rule the street adds for a new type starts the next such warning\'s patrol, without a deploy', async () => {
  served = [warning('w-new-1', '1999', '山洪灾害气象风险', 'orange')]
  await runTick(env.rt.deps)
  const saved = ok(await env.call(DEMO.staffBachuan, 'alertRule.save', { rules: [{ eventTypes: ['1999'], eventNames: ['山洪灾害气象风险'], colors: ['orange', 'red'], scope: 'risky', withinHours: 12 }] }))
  expect(saved.unmatched).toEqual([])
  expect(saved.updatedBy).toBeTruthy()
  served = [warning('w-new-2', '1999', '山洪灾害气象风险', 'orange')]
  await runTick(env.rt.deps)
  const second = (await bachuanAlerts()).find((a) => a.externalId === 'w-new-2')!
  expect(second).toMatchObject({ ruleMatched: true })
  expect(second.campaignId).not.toBeNull()
  // Another street's warnings are untouched by 巴川's rule.
  const dongcheng = ok(await env.call(DEMO.staffDongcheng, 'alertRule.list', {}))
  expect(dongcheng.own).toEqual([])
})

it('a rule naming neither a code nor a name is refused and nothing is written', async () => {
  const before = env.snapshot()
  const r = await env.call(DEMO.staffBachuan, 'alertRule.save', { rules: [{ eventTypes: [], eventNames: [], colors: ['red'], scope: 'all', withinHours: 24 }] })
  expect(r.ok ? 'ok' : r.code).toBe('VALIDATION')
  expect(env.snapshot()).toBe(before)
})

it('saving the same rules twice writes one audit entry', async () => {
  const rules = [{ eventTypes: ['1037'], eventNames: [], colors: ['yellow' as const], scope: 'risky' as const, withinHours: 24 }]
  ok(await env.call(DEMO.staffBachuan, 'alertRule.save', { rules }))
  ok(await env.call(DEMO.staffBachuan, 'alertRule.save', { rules }))
  const audits = await env.rt.store.collection('audit').find({ where: { action: 'alertRule.save' } })
  expect(audits).toHaveLength(1)
})
