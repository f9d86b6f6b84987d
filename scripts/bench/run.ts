// npm run bench: the main actions at 1,000 and 100,000 households on the local engine,
// emergency fan-out, a 100,000-row import, the quarterly export, package sizes, the h5
// first screen, and a load run of concurrent clients over loopback. `--quick` runs the
// small size only (CI). Prints a table and writes .bench/results.json. `--engine cloud`
// runs the backend on CloudBaseStore and the real wx-server-sdk instead (see cloud.ts).
import crypto from 'node:crypto'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { dispatch } from '../../server/actions/dispatch'
import { registry } from '../../server/actions/registry'
import { createLocalHost } from '../../server/host/local-host'
import { createLocalRuntime, type LocalRuntime } from '../../server/runtime/local'
import { stepCampaign } from '../../server/services/alerts/campaigns'
import { refreshAll } from '../../server/services/counters/refresh'
import { seedScale, type ScaleSummary } from '../../server/seed/scale-seed'
import { importList } from './import-list'
import { loadRun } from './load-run'
import { peakRss, percentile, round, timeEach } from './stats'

const ROOT = path.resolve(__dirname, '../..')
const quick = process.argv.includes('--quick')
const NOW = new Date('2026-11-20T10:00:00+08:00')
/** A district's worth: about 300 villages and 涉农社区. */
const VILLAGES = 300
const results: Record<string, unknown> = { machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${round(os.totalmem() / 1024 ** 3, 0)} GB, Node ${process.version}`, at: new Date().toISOString(), quick }
const quiet = { info: () => {}, error: (m: string, d?: Record<string, unknown>) => console.error(m, d) }

function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`)
}

async function setup(households: number): Promise<{ rt: LocalRuntime; summary: ScaleSummary; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `anju-bench-${households}-`))
  const rt = createLocalRuntime({ dataDir: dir, baseUrl: 'http://127.0.0.1', log: quiet, dataKey: crypto.randomBytes(32).toString('base64'), clock: { now: () => NOW } })
  const t = Date.now()
  // The same number of villages at every size, so the comparison isolates households.
  const summary = await seedScale(rt.store, rt.deps.personal, { households, householdsPerVillage: Math.ceil(households / VILLAGES), now: NOW, onProgress: (w, d, n) => d % 20000 === 0 && log(`${w} ${d}/${n}`) })
  log(`seeded ${households} households, ${summary.patrols} patrols, ${summary.cases} cases in ${((Date.now() - t) / 1000).toFixed(1)} s`)
  await refreshAll(rt.deps)
  return { rt, summary, dir }
}

const call = (rt: LocalRuntime, user: string, action: string, input: unknown) => dispatch(registry, rt.deps, { action, input }, { kind: 'dev', userId: user }) as Promise<{ ok: boolean; code?: string; message?: string; data?: unknown }>

async function mustOk(p: Promise<{ ok: boolean; code?: string; message?: string }>): Promise<void> {
  const r = await p
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`)
}

async function actions(rt: LocalRuntime, s: ScaleSummary, n: number) {
  const houses = await rt.store.collection('houses').find({ where: { villageId: s.villageIds[0]! }, limit: 400 })
  const households = await rt.store.collection('households').find({ where: { villageId: { $in: s.villageIds.slice(0, 5) } }, limit: 1000 })
  const reported = await rt.store.collection('cases').find({ where: { stage: 'reported', villageId: { $in: s.villageIds } }, limit: n })
  const insp = s.inspectorOf[s.villageIds[0]!]!
  return {
    list: await timeEach(n, (i) => mustOk(call(rt, 'u-bench-staff', 'household.list', { villageId: s.villageIds[i % s.villageIds.length], page: 1 + (i % 5), pageSize: 20 }))),
    detail: await timeEach(n, (i) => mustOk(call(rt, 'u-bench-staff', 'household.get', { householdId: households[i % households.length]!._id }))),
    submit: await timeEach(n, (i) =>
      mustOk(call(rt, insp, 'patrol.submit', { patrolId: `pt-bench-${i}-${crypto.randomUUID()}`, houseId: houses[i % houses.length]!._id, kind: 'routine', patrolledAt: NOW.toISOString(), findings: { site: 'ok', foundation: 'ok', walls: 'ok', columnsBeams: 'ok', roof: 'ok', enclosure: 'ok' }, judgment: 'safe', occupied: true, photos: [], gps: null, scannedPlate: true, notes: '' })),
    ),
    transition: await timeEach(Math.min(n, reported.length), (i) => {
      const c = reported[i]!
      return mustOk(call(rt, s.inspectorOf[c.villageId]!, 'case.transition', { caseId: c._id, transitionId: `tr-bench-${i}`, expectRev: c._rev, action: 'verify', note: '基准核实' }))
    }),
    dashboard: await timeEach(Math.max(20, Math.floor(n / 4)), () => mustOk(call(rt, 'u-bench-leader', 'dashboard.summary', {}))),
  }
}

async function fanOut(rt: LocalRuntime, s: ScaleSummary) {
  const r = await call(rt, 'u-bench-staff', 'alert.issue', { alertId: 'al-bench', eventType: '1003', color: 'red', villageIds: s.villageIds, startsAt: NOW.toISOString(), endsAt: new Date(NOW.getTime() + 86400_000).toISOString(), text: '暴雨红色预警' })
  if (!r.ok) throw new Error(r.message)
  const id = (r.data as { campaignId: string }).campaignId
  let campaign = (await rt.store.collection('campaigns').get(id))!
  const chunks: number[] = []
  const t = performance.now()
  while (campaign.status === 'running') {
    const c0 = performance.now()
    campaign = await stepCampaign(rt.deps, campaign, Date.now() + rt.deps.config.chunkBudgetMs)
    chunks.push(performance.now() - c0)
  }
  const seconds = (performance.now() - t) / 1000
  return { houses: campaign.tasksCreated, seconds: round(seconds), housesPerSecond: Math.round(campaign.tasksCreated / seconds), chunks: chunks.length, maxChunkSeconds: round(Math.max(...chunks) / 1000, 2) }
}

async function quarterly(rt: LocalRuntime) {
  const { result, peakMb } = await peakRss(async () => {
    const t = performance.now()
    await mustOk(call(rt, 'u-bench-staff', 'report.quarterlyStart', { reportId: 'rep-bench', quarter: '2026-Q4' }))
    let r = (await call(rt, 'u-bench-staff', 'report.quarterlyGet', { reportId: 'rep-bench' })).data as { phase: string; totals: { houseRows: number } | null }
    while (r.phase !== 'done' && r.phase !== 'failed') r = (await call(rt, 'u-bench-staff', 'report.quarterlyStep', { reportId: 'rep-bench' })).data as typeof r
    return { seconds: (performance.now() - t) / 1000, r }
  })
  return { phase: result.r.phase, houseRows: result.r.totals?.houseRows ?? 0, seconds: round(result.seconds), peakRssMb: peakMb }
}

function weappSizes() {
  const dist = path.join(ROOT, 'dist', 'weapp')
  if (!fs.existsSync(path.join(dist, 'app.json'))) return 'dist/weapp missing: run npm run build:weapp'
  const { measure } = require('../check-weapp') as typeof import('../check-weapp')
  return Object.fromEntries(measure(dist, {}).map((p) => [p.name, `${round(p.distBytes / 1024, 0)} KB`]))
}

async function h5FirstScreen(rt: LocalRuntime): Promise<number | string> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'h5', 'index.html')) || !fs.existsSync('/usr/bin/chromium')) return 'skipped (no h5 build or chromium)'
  const server = createLocalHost({ runtime: rt, h5Root: path.join(ROOT, 'dist', 'h5') })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await ctx.newPage()
    const t = performance.now()
    await page.goto(`${base}/#/pages/login/index`)
    await page.locator('[data-testid^="login-user-"]').first().waitFor()
    times.push(performance.now() - t)
    await ctx.close()
  }
  await browser.close()
  await new Promise((r) => server.close(r))
  return round(percentile(times, 50), 0)
}

async function main(): Promise<void> {
  const sizes = quick ? [1000] : [1000, 100_000]
  const perSize: Record<string, unknown> = {}
  for (const size of sizes) {
    log(`size ${size}`)
    const { rt, summary, dir } = await setup(size)
    perSize[size] = {
      actions: await actions(rt, summary, quick ? 100 : 300),
      fanOut: await fanOut(rt, summary),
      ...(size === sizes[sizes.length - 1] ? { import: await importList(rt, summary, size), quarterly: await quarterly(rt), load: await loadRun(rt, summary, { clients: 200, seconds: quick ? 10 : 60, patrolledAt: NOW, h5Root: path.join(ROOT, 'dist', 'h5') }), h5FirstScreenMs: await h5FirstScreen(rt) } : {}),
    }
    await rt.store.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
  results.sizes = perSize
  results.weapp = weappSizes()
  const small = perSize[1000] as { actions: Record<string, { p95: number }> }
  const big = (perSize[sizes[sizes.length - 1]!] ?? small) as { actions: Record<string, { p95: number }> }
  results.dashboardRatio = round(big.actions.dashboard!.p95 / small.actions.dashboard!.p95, 2)
  fs.mkdirSync(path.join(ROOT, '.bench'), { recursive: true })
  fs.writeFileSync(path.join(ROOT, '.bench', 'results.json'), JSON.stringify(results, null, 2))
  console.log(JSON.stringify(results, null, 2))
}

/** `--only h5`: the h5 first screen alone (median of 5), on a small seed; nothing is written to .bench. */
async function onlyH5(): Promise<void> {
  const { rt, dir } = await setup(VILLAGES)
  console.log(JSON.stringify({ machine: results.machine, h5FirstScreenMs: await h5FirstScreen(rt) }, null, 2))
  await rt.store.close()
  fs.rmSync(dir, { recursive: true, force: true })
}

const engineArg = process.argv.indexOf('--engine')
const onlyArg = process.argv.indexOf('--only')
if (onlyArg >= 0 && process.argv[onlyArg + 1] === 'h5') {
  onlyH5().catch((err) => {
    console.error(err)
    process.exit(1)
  })
} else if (engineArg >= 0 && process.argv[engineArg + 1] === 'cloud') {
  // The cloud engine is a run of its own (scripts/bench/cloud.ts): street size, round trips counted.
  require('./cloud')
} else {
  main().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
