// The cloud bench's list import, as it runs today: a department list of `rows` new
// households (import-list.ts writes it as Excel would), uploaded to cloud storage, then
// previewed and applied through the import actions step by step, as street staff's client
// drives it. (District-scale job scenarios of the import's rework: cloud-jobs.ts.)
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dispatch } from '../../server/actions/dispatch'
import { registry } from '../../server/actions/registry'
import type { Deps } from '../../server/core/deps'
import type { ScaleSummary } from '../../server/seed/scale-seed'
import type { BenchEmulator } from './cloud-emulator'
import { writeList } from './import-list'
import { round } from './stats'

type View = { phase: string; progress: number; counts: Record<string, number> }
type Step = () => Promise<{ more: boolean; done: number }>

/** Preview phases then the apply, each a share of the whole for the progress the bench projects from. */
const PHASES = ['parsing', 'diffing', 'missing', 'ready', 'applying']

export async function importCloudList<F>(deps: Deps, emu: BenchEmulator, s: Pick<ScaleSummary, 'villageIds'>, rows: number, rttMs: number, run: (total: number, step: Step) => Promise<F>) {
  const call = async (action: string, input: unknown): Promise<View> => {
    const r = (await dispatch(registry, deps, { action, input }, { kind: 'openid', openid: 'o-u-bench-staff' })) as { ok: boolean; code?: string; message?: string; data?: unknown }
    if (!r.ok) throw new Error(`${action}: ${r.code} ${r.message}`)
    return r.data as View
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-cloud-list-'))
  const file = path.join(tmp, `list-${rows}.xlsx`)
  await writeList(file, s, rows)
  const bytes = fs.readFileSync(file)
  fs.rmSync(tmp, { recursive: true, force: true })
  await emu.setLatency(0)
  const stored = await deps.files.put(`uploads/u-bench-staff/list-${rows}.xlsx`, bytes, 'application/octet-stream')
  await emu.setLatency(rttMs)
  const importId = `imp-cloud-${rows}-${crypto.randomUUID().slice(0, 8)}`
  let job = await call('import.start', { importId, fileId: stored.fileId, fileName: 'list.xlsx', source: 'civil' })
  const phaseSeconds: Record<string, number> = {}
  let phaseStart = performance.now()
  const figures = await run(PHASES.length * 100, async () => {
    const was = job.phase
    job = job.phase === 'ready' ? await call('import.apply', { importId, excludeErrorRows: true, removalReason: '基准', confirmedLeaving: job.counts.missing }) : await call('import.step', { importId })
    if (job.phase !== was) {
      phaseSeconds[was] = round((performance.now() - phaseStart) / 1000, 1)
      phaseStart = performance.now()
    }
    const more = PHASES.includes(job.phase)
    const at = PHASES.indexOf(job.phase)
    return { more, done: more ? at * 100 + job.progress : PHASES.length * 100 }
  })
  if (!PHASES.includes(job.phase) && job.phase !== 'done') throw new Error(`import ended ${job.phase}`)
  return { rows, fileMb: round(bytes.length / 1024 / 1024, 1), phase: job.phase, progress: job.progress, counts: job.counts, phaseSeconds, ...figures }
}
