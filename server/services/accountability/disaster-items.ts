// Disaster reports as overdue items: each village of a disaster of the last 12 months that
// said 上报完毕 after the deadline, or has not said it and is past the deadline now.
import { DISASTER_KIND_LABELS, localDate, pageLink, type OverdueItem } from '../../../domain'
import type { OverdueWindow } from './window'

export async function disasterItems(w: OverdueWindow): Promise<OverdueItem[]> {
  const events = await w.deps.store.collection('disasterEvents').find({
    where: { streetId: w.street.streetId, dueDate: { $gte: w.since } },
    orderBy: [['streetId', 'asc'], ['dueDate', 'asc']],
    limit: 1000,
  })
  const mine = new Set(w.villageIds)
  const items: OverdueItem[] = []
  for (const e of events) {
    for (const villageId of e.villageIds.filter((v) => mine.has(v))) {
      const done = e.villagesDone[villageId]
      const doneOn = done ? localDate(new Date(done)) : null
      if (doneOn ? doneOn <= e.dueDate : e.dueDate >= w.today) continue
      items.push({
        id: `disaster:${e._id}:${villageId}`,
        kind: 'disaster',
        villageId,
        villageName: w.street.nameOf(villageId),
        people: await w.holders('inspector', villageId),
        title: `${DISASTER_KIND_LABELS[e.kind]}灾损上报${doneOn ? '逾期完成' : '未完成'}`,
        dueDate: e.dueDate,
        doneOn,
        overdueNow: !doneOn,
        page: pageLink('streetDisaster', { eventId: e._id }),
      })
    }
  }
  return items
}
