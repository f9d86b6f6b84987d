// What 一户一档 holds for one household, read from the store: the household (personal data
// masked), its houses, their patrol history, and its cases with their timelines and photos.
import { CASE_SOURCE_LABELS, CASE_STAGE_LABELS, CATEGORY_LABELS, GRADE_LABELS, JUDGMENT_LABELS, OCCUPANCY_LABELS, PATROL_KIND_LABELS, STRUCTURE_LABELS, localDate, localDateTime, maskName } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { HouseholdDoc } from '../../store/docs'
import { ACTION_LABELS } from '../cases/case-views'

export interface ArchiveSection {
  heading: string
  /** Label and value pairs. */
  facts: Array<[string, string]>
  /** Lines of a list (patrols, timeline entries). */
  lines: string[]
  /** Stored photo ids to print under the section. */
  photos: string[]
}

export interface ArchiveContent {
  title: string
  subtitle: string
  sections: ArchiveSection[]
}

const PATROLS_PER_HOUSE = 60
const day = (iso: string | null | undefined) => (iso ? localDate(new Date(iso)) : '—')

export async function archiveContent(deps: Deps, hh: HouseholdDoc): Promise<ArchiveContent> {
  const villageName = (await deps.orgs.get(hh.villageId))?.name ?? ''
  const houses = await deps.store.collection('houses').find({ where: { householdId: hh._id } })
  const cases = await deps.store.collection('cases').find({ where: { householdId: hh._id }, orderBy: [['householdId', 'asc'], ['openedAt', 'desc']], limit: 200 })
  const names = new Map<string, string>()
  const nameOf = async (id: string) => {
    if (!names.has(id)) names.set(id, (await deps.store.collection('users').get(id))?.name ?? '')
    return names.get(id)!
  }
  const sections: ArchiveSection[] = [
    {
      heading: '一、户的基本情况',
      facts: [
        ['户主', maskName(hh.headName)],
        ['村（社区）', `${villageName}${hh.group}`],
        ['身份证号', hh.idMasked],
        ['联系电话', hh.phoneMasked || '—'],
        ['家庭人口', `${hh.members} 人`],
        ['类别', hh.categories.map((c) => CATEGORY_LABELS[c]).join('、') || '—'],
        ['住址', hh.address || '—'],
        ['纳入监测', hh.listedSince],
        ['监测状态', hh.status === 'monitored' ? '监测中' : `已退出（${day(hh.removedAt)}，${hh.removedReason ?? ''}）`],
      ],
      lines: [],
      photos: [],
    },
  ]
  if (houses.length === 0) sections.push({ heading: '二、房屋', facts: [], lines: ['还没有登记房屋'], photos: [] })
  for (const [i, h] of houses.entries()) {
    const patrols = await deps.store.collection('patrols').find({ where: { houseId: h._id }, orderBy: [['houseId', 'asc'], ['patrolledAt', 'desc']], limit: PATROLS_PER_HOUSE })
    const lines: string[] = []
    for (const p of patrols) lines.push(`${localDateTime(new Date(p.patrolledAt))}  ${PATROL_KIND_LABELS[p.kind]}  ${JUDGMENT_LABELS[p.judgment]}  ${p.occupied ? '有人住' : '无人住'}  巡查人 ${await nameOf(p.inspectorId)}${p.notes ? `  ${p.notes}` : ''}`)
    if (lines.length === 0) lines.push('还没有巡查记录')
    sections.push({
      heading: `二、房屋 ${i + 1}：${h.address || hh.address}`,
      facts: [
        ['结构', `${STRUCTURE_LABELS[h.structure]}，${h.floors} 层，${h.yearBuilt} 年建成，${(h.floorAreaCm2 / 10000).toFixed(1)} 平方米`],
        ['居住情况', OCCUPANCY_LABELS[h.occupancy]],
        ['鉴定等级', h.grade ? `${GRADE_LABELS[h.grade]}（${day(h.gradedAt)}）` : '未鉴定'],
        ['状态', h.retiredAt ? `已不再监测（${day(h.retiredAt)}）` : '监测中'],
        ['巡查记录', `最近 ${patrols.length} 次`],
      ],
      lines,
      photos: h.photos.slice(0, 3).map((p) => p.fileId),
    })
  }
  for (const [i, c] of cases.entries()) {
    const events = await deps.store.collection('caseEvents').find({ where: { caseId: c._id }, orderBy: [['caseId', 'asc'], ['at', 'asc']], limit: 500 })
    const lines = [`${localDateTime(new Date(c.openedAt))}  ${CASE_SOURCE_LABELS[c.source]}  ${await nameOf(c.openedBy)}  ${c.summary}`]
    for (const e of events) lines.push(`${localDateTime(new Date(e.at))}  ${ACTION_LABELS[e.action] ?? e.action}  ${await nameOf(e.actorId)}${e.note ? `  ${e.note}` : ''}`)
    const r = c.renovation
    sections.push({
      heading: `三、隐患案件 ${i + 1}（${CASE_STAGE_LABELS[c.stage]}）`,
      facts: [
        ['发现', `${day(c.openedAt)}，${CASE_SOURCE_LABELS[c.source]}`],
        ['鉴定结论', c.appraisal ? `${GRADE_LABELS[c.appraisal.grade]}（${day(c.appraisal.at)}）${c.appraisal.advice ? `，${c.appraisal.advice}` : ''}` : '—'],
        ['应急处置', c.emergency ? [c.emergency.evacuated ? `已撤离${c.emergency.evacuatedOn ? `（${c.emergency.evacuatedOn}）` : ''}` : '未撤离', c.emergency.signPosted ? '已设警示标志' : '', c.emergency.fenced ? '已设隔离围栏' : ''].filter(Boolean).join('、') : '—'],
        ['改造', r ? `${r.method ?? '方式未定'}，补助 ${r.subsidyFen === null ? '—' : `${(r.subsidyFen / 100).toFixed(2)} 元`}${r.subsidyPaidOn ? `（${r.subsidyPaidOn} 已拨付）` : ''}` : '—'],
        ['办结', c.closedAt ? `${day(c.closedAt)}${c.closeReason ? `，${c.closeReason}` : ''}` : '未办结'],
      ],
      lines,
      photos: [...events.flatMap((e) => e.photos), ...(c.appraisal?.photos ?? [])].slice(0, 12),
    })
  }
  return { title: `一户一档：${villageName}${hh.group} ${maskName(hh.headName)}`, subtitle: `档案编号 ${hh._id}`, sections }
}
