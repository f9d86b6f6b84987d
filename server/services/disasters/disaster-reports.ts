// 灾损上报: after a disaster the village reports every damaged house within the configured
// days (the plan: 3), a 重大紧急 one at once to the street and the leader; every
// damaged house opens a hazard case.
import dayjs from 'dayjs'
import { AppError, DAMAGE_GRADE_LABELS, DISASTER_KIND_LABELS, localDate, plainDate, villageReportOverdue, type DisasterEventView, type DisasterHead, pageLink } from '../../../domain'
import type { Ctx } from '../../core/context'
import { ownReplay } from '../../core/replay'
import type { Deps } from '../../core/deps'
import type { DisasterEventDoc, DisasterReportDoc } from '../../store/docs'
import { dueAfter } from '../cases/due-after'
import { enqueue } from '../notify/enqueue'
import { openOrJoinCase } from '../cases/open-case'
import { peopleWith } from '../people'

/** What every view of a disaster opens with, in the list and on its own page. */
export function disasterHead(e: DisasterEventDoc): DisasterHead {
  return { id: e._id, kind: e.kind, kindLabel: DISASTER_KIND_LABELS[e.kind], occurredAt: e.occurredAt, dueDate: e.dueDate, description: e.description }
}

export function disasterDue(deps: Deps, occurredAt: Date): string {
  return dayjs(localDate(occurredAt)).add(deps.config.disasterReportDays, 'day').format('YYYY-MM-DD')
}

/** The event as `visible` may see it: the damage reports of the villages in its scope only. */
export async function disasterView(deps: Deps, e: DisasterEventDoc, today: string, visible: ReadonlySet<string>): Promise<DisasterEventView> {
  const all = await deps.store.collection('disasterReports').find({ where: { eventId: e._id }, orderBy: [['eventId', 'asc'], ['villageId', 'asc']], limit: 5000 })
  const reports = all.filter((r) => visible.has(r.villageId))
  return {
    ...disasterHead(e),
    villages: await Promise.all(
      e.villageIds.map(async (v) => ({
        villageId: v,
        villageName: (await deps.orgs.get(v))?.name ?? '',
        reports: all.filter((r) => r.villageId === v).length,
        lateReports: all.filter((r) => r.villageId === v && r.late).length,
        done: !!e.villagesDone[v],
        overdue: villageReportOverdue(!!e.villagesDone[v], e.dueDate, today),
      })),
    ),
    reports: reports.map((r) => ({ id: r._id, houseId: r.houseId, villageId: r.villageId, damage: r.damage, damageLabel: DAMAGE_GRADE_LABELS[r.damage], peopleAffected: r.peopleAffected, major: r.major, caseId: r.caseId, reportedAt: r.reportedAt, late: !!r.late })),
  }
}

export async function reportDamage(
  ctx: Ctx,
  input: { reportId: string; eventId: string; houseId: string; damage: DisasterReportDoc['damage']; peopleAffected: number; measures: string; major: boolean; photos: string[] },
): Promise<DisasterEventDoc> {
  const { deps } = ctx
  const event = await deps.store.collection('disasterEvents').get(input.eventId)
  if (!event) throw new AppError('NOT_FOUND', '没有找到这次灾情')
  const house = await deps.store.collection('houses').get(input.houseId)
  if (!house) throw new AppError('NOT_FOUND', '没有找到这栋房屋')
  ctx.requireVillage(house.villageId)
  if (!event.villageIds.includes(house.villageId)) throw new AppError('VALIDATION', '这栋房屋不在这次灾情的范围内')
  const now = ctx.now()
  const nowIso = now.toISOString()
  // A report after the due date is late on the report itself, whatever the village said
  // before: the street and the leader hear of it once per village (seed 四(四): 3 日内上报).
  const late = localDate(now) > event.dueDate
  const above = input.major || late ? [...(await peopleWith(deps, 'staff', event.streetId)), ...(await peopleWith(deps, 'leader', event.streetId))] : []
  const escalateTo = input.major ? above : []
  const villageName = (await deps.orgs.get(house.villageId))?.name ?? ''
  await deps.store.transaction(async (tx) => {
    // A replay by its reporter of the same house in the same event; anyone else's id is refused.
    const again = await tx.collection('disasterReports').get(input.reportId)
    if (again) return void ownReplay(again, (r) => r.reportedBy === ctx.user._id && r.eventId === event._id && r.houseId === house._id)
    const fresh = (await tx.collection('houses').get(house._id))!
    const caseId = await openOrJoinCase(tx, fresh, {
      caseId: `case-${input.reportId}`,
      source: 'disasterReport',
      by: ctx.user._id,
      atIso: nowIso,
      summary: `${DISASTER_KIND_LABELS[event.kind]}致房屋${DAMAGE_GRADE_LABELS[input.damage]}${input.measures ? `；已采取：${input.measures}` : ''}`,
      evidence: { kind: 'disasterReport', id: input.reportId },
      dueDate: dueAfter(deps, 'reported', now),
    })
    await tx.collection('disasterReports').insert({
      _id: input.reportId,
      eventId: event._id,
      houseId: house._id,
      householdId: house.householdId,
      villageId: house.villageId,
      damage: input.damage,
      peopleAffected: input.peopleAffected,
      measures: input.measures,
      major: input.major,
      photos: input.photos,
      caseId,
      reportedBy: ctx.user._id,
      late,
      reportedAt: nowIso,
    })
    if (late) {
      for (const u of above) {
        await enqueue(tx, {
          cause: `disaster-late:${event._id}:${house.villageId}`,
          userId: u._id,
          kind: 'escalation',
          title: `${DISASTER_KIND_LABELS[event.kind]}灾损逾期上报`,
          body: `${villageName}在期限 ${plainDate(event.dueDate)} 之后才上报受损房屋（${DAMAGE_GRADE_LABELS[input.damage]}），请核实有没有漏报。`,
          page: pageLink('streetDisaster', { eventId: event._id }),
          fields: { thing1: `${DISASTER_KIND_LABELS[event.kind]}灾损逾期上报`, thing2: villageName, time3: `${event.dueDate} 23:59` },
        }, nowIso)
      }
    }
    // 重大紧急情况应及时上报: the street and the leader hear of it now, not at the deadline.
    for (const u of escalateTo) {
      await enqueue(tx, {
        cause: `disaster-major:${input.reportId}`,
        userId: u._id,
        kind: 'disasterMajor',
        title: `重大灾情：${villageName}房屋${DAMAGE_GRADE_LABELS[input.damage]}`,
        body: `${DISASTER_KIND_LABELS[event.kind]}，受影响 ${input.peopleAffected} 人。${input.measures}`,
        page: pageLink('streetCase', { caseId }),
        fields: { thing1: `${DISASTER_KIND_LABELS[event.kind]}${DAMAGE_GRADE_LABELS[input.damage]}`, thing2: villageName, thing3: `受影响 ${input.peopleAffected} 人` },
        urgent: true,
      }, nowIso)
    }
  })
  return (await deps.store.collection('disasterEvents').get(event._id))!
}
