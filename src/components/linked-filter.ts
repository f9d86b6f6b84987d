// The filter a dashboard figure puts in the task list's URL (?overdue=1&villageId=…).
// A village the user does not have is ignored rather than shown as an empty list.
import type { OrgView } from '@domain'

export interface TaskFilter {
  overdueOnly: boolean
  villageId: string | undefined
}

type Params = Partial<Record<string, string>>

export const overdueFromLink = (params: Params): boolean => params.overdue === '1'

export function taskFilterFromLink(params: Params, villages: OrgView[]): TaskFilter {
  const villageId = params.villageId && villages.some((v) => v.id === params.villageId) ? params.villageId : undefined
  return { overdueOnly: overdueFromLink(params), villageId }
}
