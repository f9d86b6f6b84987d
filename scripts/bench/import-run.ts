// Child process of the bench's list import (see import-list.ts): opens the bench's data
// folder, previews and applies one uploaded list through the actions, as a street staff
// member's client would, and prints its figures as one line of JSON.
import { dispatch } from '../../server/actions/dispatch'
import { registry } from '../../server/actions/registry'
import { createLocalRuntime } from '../../server/runtime/local'

export interface ImportRunRequest {
  dataDir: string
  dataKey: string
  /** The bench's fixed clock. */
  now: string
  importId: string
  fileId: string
  user: string
}

export interface ImportRun {
  phase: string
  counts: Record<string, number>
  previewSeconds: number
  seconds: number
  steps: number
  maxStepSeconds: number
  /** CPU time of the whole process (all threads), to read the wall time against on a busy machine. */
  cpuSeconds: number
  peakRssMb: number
}

type JobView = { phase: string; counts: Record<string, number> }

async function main(): Promise<void> {
  const req = JSON.parse(process.env.ANJU_BENCH_IMPORT ?? '') as ImportRunRequest
  const now = new Date(req.now)
  const rt = createLocalRuntime({ dataDir: req.dataDir, baseUrl: 'http://127.0.0.1', dataKey: req.dataKey, clock: { now: () => now }, log: { info: () => {}, error: (m, d) => console.error(m, d) } })
  const call = async (action: string, input: unknown): Promise<JobView> => {
    const r = (await dispatch(registry, rt.deps, { action, input }, { kind: 'dev', userId: req.user })) as { ok: boolean; code?: string; message?: string; data?: unknown }
    if (!r.ok) throw new Error(`${action}: ${r.code}: ${r.message}`)
    return r.data as JobView
  }
  let steps = 0
  let maxStep = 0
  const step = async (): Promise<JobView> => {
    const t = performance.now()
    const job = await call('import.step', { importId: req.importId })
    maxStep = Math.max(maxStep, performance.now() - t)
    steps++
    return job
  }

  const t = performance.now()
  let job = await call('import.start', { importId: req.importId, fileId: req.fileId, fileName: 'list.xlsx', source: 'civil' })
  while (['parsing', 'diffing', 'missing'].includes(job.phase)) job = await step()
  const previewSeconds = (performance.now() - t) / 1000
  if (job.phase === 'ready') {
    job = await call('import.apply', { importId: req.importId, excludeErrorRows: true, removalReason: '基准', confirmedLeaving: job.counts.missing })
    while (job.phase === 'applying') job = await step()
  }
  const seconds = (performance.now() - t) / 1000
  const run: ImportRun = {
    phase: job.phase,
    counts: job.counts,
    previewSeconds,
    seconds,
    steps,
    maxStepSeconds: maxStep / 1000,
    cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    // maxRSS is in kilobytes: the kernel's high-water mark of this whole process.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }
  process.stdout.write(`${JSON.stringify(run)}\n`)
  await rt.store.close()
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
