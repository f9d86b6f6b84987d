// The month's plan as the phone knows it: the server's copy (fresh or kept) plus the patrols
// this phone made that the copy cannot know of yet — still waiting to upload, or uploaded
// after the copy was fetched. Such a house counts as patrolled in the tabs and the home
// tile, never as 未巡 from a stale copy.
import { localDate, type PatrolPlanItem } from '@domain'
import type { QueueItem } from './offline/queue-types'

type PlanStatus = PatrolPlanItem['status']

interface PlanLike {
  month: string
  items: PatrolPlanItem[]
  counts: { unregistered: number; done: number; pending: number; overdue: number }
}

/** A patrol made on this phone. */
export interface PhonePatrol {
  houseId: string
  patrolledAt: string
  judgment: PatrolPlanItem['lastJudgment']
  /** Acknowledged by the server (false: still on the phone). */
  uploaded: boolean
}

/** The phone's patrols of `month` the copy fetched at `fetchedAt` does not include. */
export function patrolsAfter(items: readonly QueueItem[], fetchedAt: string, month: string): PhonePatrol[] {
  return items.flatMap((i) => {
    if (i.kind !== 'patrol' || localDate(new Date(i.input.patrolledAt)).slice(0, 7) !== month) return []
    const uploaded = i.state === 'synced'
    // Uploaded before the copy was fetched: the copy has it already.
    if (uploaded && (!i.syncedAt || i.syncedAt <= fetchedAt)) return []
    return [{ houseId: i.houseId, patrolledAt: i.input.patrolledAt, judgment: i.input.judgment, uploaded }]
  })
}

/**
 * The plan with the phone's patrols laid over it. `statusElsewhere` gives the plan status of
 * a house not on this page (from an earlier page seen this month), or null when the house is
 * not in this plan's scope; only then can the counts move for it.
 */
export function overlayPlan<P extends PlanLike>(page: P, patrols: PhonePatrol[], statusElsewhere: (houseId: string) => PlanStatus | null): P & { onPhone: Set<string> } {
  const counts = { ...page.counts }
  const latest = new Map<string, PhonePatrol>()
  for (const p of patrols) if (!latest.has(p.houseId) || latest.get(p.houseId)!.patrolledAt < p.patrolledAt) latest.set(p.houseId, p)
  const onPage = new Map(page.items.flatMap((i) => (i.houseId ? [[i.houseId, i.status] as const] : [])))
  for (const houseId of latest.keys()) {
    const status = onPage.get(houseId) ?? statusElsewhere(houseId)
    if (status !== 'pending' && status !== 'overdue') continue
    counts[status] = Math.max(0, counts[status] - 1)
    counts.done += 1
  }
  const items = page.items.map((i) => {
    const p = i.houseId ? latest.get(i.houseId) : undefined
    // Uploaded: the server has it as done; waiting: shown as 已巡（待上传） by the row.
    return p?.uploaded && i.status !== 'done' ? { ...i, status: 'done' as const, lastPatrolAt: p.patrolledAt, lastJudgment: p.judgment } : i
  })
  const onPhone = new Set([...latest.values()].filter((p) => !p.uploaded).map((p) => p.houseId))
  return { ...page, counts, items, onPhone }
}
