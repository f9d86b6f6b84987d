// Making a quarterly report in resumable chunks under a lease. A report of the running
// quarter collects today's figures itself; one of a quarter that is over waits for that
// quarter's snapshot (stepping it if needed) and takes its frozen totals and rows.
import type { Deps } from '../../core/deps'
import type { ReportDoc } from '../../store/docs'
import { streetScope } from '../street-scope'
import { stepSnapshot } from './quarter-snapshot'
import { collectVillage, writeWorkbook } from './quarterly-report'
import { takeLease } from './job-lease'

async function collect(deps: Deps, current: ReportDoc, deadline: number): Promise<ReportDoc> {
  const col = deps.store.collection('reports')
  if (current.snapshotId) {
    const snaps = deps.store.collection('quarterSnapshots')
    let snap = await snaps.get(current.snapshotId)
    if (!snap) throw new Error(`snapshot ${current.snapshotId} is missing`)
    if (snap.phase !== 'done') snap = await stepSnapshot(deps, snap, deadline)
    await col.update(current._id, snap.phase === 'done' ? { totals: snap.totals, cursor: snap.villageIds.length, villageIds: snap.villageIds, phase: 'writing' } : { cursor: snap.cursor })
    return (await col.get(current._id))!
  }
  const street = await streetScope(deps, current.streetId)
  while (current.cursor < current.villageIds.length) {
    const totals = await collectVillage(deps, current, street, current.cursor)
    await col.update(current._id, { totals, cursor: current.cursor + 1 })
    current = (await col.get(current._id))!
    if (Date.now() > deadline) break
  }
  if (current.cursor >= current.villageIds.length) {
    await col.update(current._id, { phase: 'writing' })
    current = (await col.get(current._id))!
  }
  return current
}

export async function stepReport(deps: Deps, report: ReportDoc, deadline: number): Promise<ReportDoc> {
  const col = deps.store.collection('reports')
  if (report.phase === 'done' || report.phase === 'failed') return report
  const lease = await takeLease(col, report)
  if (!lease.mine) return lease.job
  let current = lease.job
  try {
    if (current.phase === 'collecting') current = await collect(deps, current, deadline)
    if (current.phase === 'writing' && Date.now() <= deadline + deps.config.chunkBudgetMs) {
      const frozenAt = current.snapshotId ? ((await deps.store.collection('quarterSnapshots').get(current.snapshotId))?.takenAt ?? null) : null
      const file = await writeWorkbook(deps, current, frozenAt)
      await col.update(current._id, { phase: 'done', fileId: file.fileId, fileName: file.fileName, fileExpiresAt: file.fileExpiresAt })
    }
  } catch (err) {
    deps.log.error('quarterly report failed', { report: report._id, error: err instanceof Error ? err.stack : String(err) })
    await col.update(report._id, { phase: 'failed', failure: '生成失败，请重试' })
  }
  await col.update(report._id, { leaseUntil: 0 })
  return (await col.get(report._id))!
}
