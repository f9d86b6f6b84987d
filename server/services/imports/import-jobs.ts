// An import job moves parsing → missing → ready, waits for a person to apply it, then
// applying → done. (Reading the file diffs each row too; a job whose rows an earlier
// version saved undiffed passes through diffing.) Each call to step() does one chunk within the time budget,
// under a lease so that two callers never work the same job at once.
import { AppError, IMPORT_SOURCE_LABELS, type ImportJobView, type ImportPhase } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { ImportDoc } from '../../store/docs'
import { discard } from '../file-expiry'
import { applyChunk } from './apply-phase'
import { diffChunk } from './diff-phase'
import { missingChunk } from './missing-phase'
import { parseChunk } from './parse-phase'

const PHASE_LABELS: Record<ImportPhase, string> = {
  parsing: '正在读取文件',
  diffing: '正在比对现有名单',
  missing: '正在查找名单外的户',
  ready: '待确认导入',
  applying: '正在导入',
  done: '已导入',
  failed: '导入失败',
  cancelled: '已取消',
}

export const WORKING_PHASES: ImportPhase[] = ['parsing', 'diffing', 'missing', 'applying']

export function newImportJob(input: { importId: string; fileId: string; fileName: string; source: ImportDoc['source'] }, streetId: string, userId: string, nowIso: string): ImportDoc {
  return {
    _id: input.importId,
    streetId,
    source: input.source,
    fileId: input.fileId,
    fileName: input.fileName,
    createdBy: userId,
    createdAt: nowIso,
    phase: 'parsing',
    columns: null,
    rowsRead: 0,
    nextSeq: 1,
    pending: 0,
    diffed: 0,
    missingCursor: { village: 0, skip: 0 },
    villageIds: [],
    counts: { new: 0, changed: 0, missing: 0, unchanged: 0, error: 0 },
    toApply: 0,
    applied: 0,
    applyCursor: { villageId: '', seq: 0 },
    excludeErrorRows: false,
    removalReason: '',
    failure: null,
    leaseUntil: 0,
    appliedAt: null,
  }
}

function progress(job: ImportDoc): number {
  switch (job.phase) {
    case 'parsing':
      return 0
    case 'diffing':
      return job.pending ? Math.floor((job.diffed / job.pending) * 100) : 0
    case 'missing':
      return job.villageIds.length ? Math.floor((job.missingCursor.village / job.villageIds.length) * 100) : 0
    case 'applying':
      return job.toApply ? Math.floor((job.applied / job.toApply) * 100) : 0
    default:
      return 100
  }
}

export async function importView(deps: Deps, job: ImportDoc): Promise<ImportJobView> {
  const names = await Promise.all(job.villageIds.map(async (id) => (await deps.orgs.get(id))?.name ?? id))
  return {
    id: job._id,
    fileName: job.fileName,
    source: job.source,
    sourceLabel: IMPORT_SOURCE_LABELS[job.source],
    phase: job.phase,
    phaseLabel: PHASE_LABELS[job.phase],
    progress: progress(job),
    rowsRead: Math.max(0, job.rowsRead - 1),
    counts: job.counts,
    villagesCovered: names,
    failure: job.failure,
    createdAt: job.createdAt,
    createdBy: job.createdBy,
    appliedAt: job.appliedAt,
  }
}

/** Runs one chunk of the job's current phase, if it is working and not leased. */
export async function stepImport(deps: Deps, job: ImportDoc): Promise<ImportDoc> {
  if (!WORKING_PHASES.includes(job.phase)) return job
  const startedAt = Date.now()
  if (job.leaseUntil > startedAt) return job
  const budget = deps.config.chunkBudgetMs
  const col = deps.store.collection('imports')
  // Take the lease; a concurrent caller loses on the revision and just reports progress.
  try {
    await col.update(job._id, { leaseUntil: startedAt + budget * 3 }, { ifRev: job._rev })
  } catch (err) {
    if (err instanceof AppError && err.code === 'CONFLICT') return (await col.get(job._id)) ?? job
    throw err
  }
  const deadline = startedAt + budget
  let patch: Partial<ImportDoc>
  try {
    if (job.phase === 'parsing') patch = await parseChunk(deps, job, deadline)
    else if (job.phase === 'diffing') patch = await diffChunk(deps, job, deadline)
    else if (job.phase === 'missing') patch = await missingChunk(deps, job, deadline)
    else patch = await applyChunk(deps, job, deadline)
  } catch (err) {
    await col.update(job._id, { leaseUntil: 0 })
    throw err
  }
  await col.update(job._id, { ...patch, leaseUntil: 0 })
  // The uploaded list (clear ID numbers and phones) is of no more use once the job is over.
  if (patch.phase === 'done' || patch.phase === 'failed') await discard(deps, job.fileId)
  return (await col.get(job._id))!
}
