// A quarterly report as every reader sees it: its figures, its file, and who moved it on
// its way to the district and when (names, not ids).
import { daysLate, localDate, quarterReportDue, type QuarterlyReportView, type ReportFlowView } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { ReportDoc, ReportFlow } from '../../store/docs'
import { expiryOf } from '../file-expiry'

export const emptyFlow = (): ReportFlow => ({ note: '', sentBy: null, sentAt: null, returnedBy: null, returnedAt: null, returnReason: null, submittedBy: null, receivedBy: null, receivedAt: null })

/** Days past `dueDate` the report reached the district (0: on time); null while it has not. */
export function lateDaysOf(r: ReportDoc, dueDate: string): number | null {
  if (!r.submittedAt || !['submitted', 'received'].includes(r.flowState ?? 'draft')) return null
  return r.lateDays ?? daysLate(dueDate, localDate(new Date(r.submittedAt)))
}

async function flowView(deps: Deps, r: ReportDoc): Promise<ReportFlowView> {
  const f = r.flow ?? emptyFlow()
  const ids = [f.sentBy, f.returnedBy, f.submittedBy, f.receivedBy].filter((x): x is string => !!x)
  const names = new Map((await deps.store.collection('users').getMany([...new Set(ids)])).map((u) => [u._id, u.name]))
  const name = (id: string | null) => (id ? (names.get(id) ?? '') : null)
  return {
    note: f.note,
    sentBy: name(f.sentBy),
    sentAt: f.sentAt,
    returnedBy: name(f.returnedBy),
    returnedAt: f.returnedAt,
    returnReason: f.returnReason,
    submittedBy: name(f.submittedBy),
    submittedAt: r.submittedAt ?? null,
    receivedBy: name(f.receivedBy),
    receivedAt: f.receivedAt,
  }
}

export async function reportView(deps: Deps, r: ReportDoc): Promise<QuarterlyReportView> {
  // An expired file is deleted by the scheduler: the page says so instead of a dead link.
  const now = deps.clock.now()
  const expired = !!r.fileId && now.toISOString() >= (r.fileExpiresAt ?? expiryOf(deps, 'export', new Date(r.createdAt)))
  const snapshot = r.snapshotId ? await deps.store.collection('quarterSnapshots').get(r.snapshotId) : null
  const flowState = r.flowState ?? 'draft'
  const dueDate = quarterReportDue(r.quarter, deps.config.quarterlyReportDueDays)
  return {
    id: r._id,
    streetId: r.streetId,
    streetName: (await deps.orgs.get(r.streetId))?.name ?? '',
    quarter: r.quarter,
    phase: r.phase,
    progress: r.phase === 'done' ? 100 : Math.floor((r.cursor / Math.max(1, r.villageIds.length)) * 95),
    totals: r.phase === 'done' ? r.totals : null,
    file: r.fileId && !expired ? { fileId: r.fileId, fileName: r.fileName ?? '', url: await deps.files.tempUrl(r.fileId, 3600) } : null,
    fileNote: expired ? `表格已超过 ${deps.config.exportKeepDays} 天，已按规定删除；需要时请重新生成` : null,
    createdAt: r.createdAt,
    failure: r.failure,
    frozenAt: snapshot?.takenAt ?? null,
    flowState,
    flow: await flowView(deps, r),
    dueDate,
    overdue: (flowState === 'draft' || flowState === 'awaitingApproval' || flowState === 'returned') && localDate(now) > dueDate,
    lateDays: lateDaysOf(r, dueDate),
  }
}
