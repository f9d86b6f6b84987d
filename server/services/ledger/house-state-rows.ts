// The 动态监测台账's rows of one village: one row per house with its dynamic state (last
// patrol, open case stage, grade and appraisal date, occupancy, emergency measures,
// renovation and its funds), and a row for each household still without a registered house
// (不漏一户). Names are masked; money is written in yuan from the stored fen.
import { CASE_STAGE_LABELS, GRADE_LABELS, JUDGMENT_LABELS, OCCUPANCY_LABELS, STRUCTURE_LABELS, localDate, maskName } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { CaseDoc, HouseDoc, HouseholdDoc } from '../../store/docs'
import type { StreetScope } from '../street-scope'

const PAGE = 1000

export const HOUSE_STATE_COLUMNS: Array<{ header: string; width: number }> = [
  { header: '档案编号', width: 26 },
  { header: '村（社区）', width: 12 },
  { header: '组', width: 8 },
  { header: '户主姓名', width: 10 },
  { header: '房屋地址', width: 24 },
  { header: '结构', width: 10 },
  { header: '居住情况', width: 12 },
  { header: '最近巡查日期', width: 12 },
  { header: '最近巡查判断', width: 12 },
  { header: '未办结案件环节', width: 14 },
  { header: '鉴定等级', width: 14 },
  { header: '鉴定日期', width: 12 },
  { header: '应急处置', width: 22 },
  { header: '改造情况', width: 14 },
  { header: '改造方式', width: 12 },
  { header: '补助资金（元）', width: 12 },
  { header: '已拨付（元）', width: 12 },
]

const day = (iso: string | null | undefined): string => (iso ? localDate(new Date(iso)) : '')
const yuan = (fen: number | null | undefined): string | number => (fen === null || fen === undefined ? '' : fen / 100)

function measures(c: CaseDoc | undefined): string {
  const e = c?.emergency
  if (!e) return ''
  return [e.evacuated ? `已撤离${e.evacuatedOn ? `（${e.evacuatedOn}）` : ''}` : '', e.signPosted ? '已设警示标志' : '', e.fenced ? '已设隔离围栏' : ''].filter(Boolean).join('、')
}

function renovationState(c: CaseDoc | undefined): string {
  const r = c?.renovation
  if (!c || !r) return ''
  if (c.stage === 'closed') return r.acceptedOn ? '已改造' : '已办结'
  return CASE_STAGE_LABELS[c.stage]
}

/** The case a house's row reads: its open case, else its latest case that had measures or a renovation. */
function caseOf(house: HouseDoc, cases: CaseDoc[]): CaseDoc | undefined {
  const open = house.openCaseId ? cases.find((c) => c._id === house.openCaseId) : undefined
  return open ?? cases.filter((c) => c.houseId === house._id && (c.emergency || c.renovation)).sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0]
}

export async function* houseStateRows(deps: Deps, street: StreetScope, villageId: string): AsyncGenerator<Array<string | number>> {
  const villageName = street.nameOf(villageId)
  const households = new Map<string, HouseholdDoc>()
  for (let skip = 0; ; skip += PAGE) {
    const page = await deps.store.collection('households').find({ where: { villageId, status: 'monitored' }, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']], skip, limit: PAGE })
    for (const h of page) if (street.owns(h)) households.set(h._id, h)
    if (page.length < PAGE) break
  }
  const cases = await deps.store.collection('cases').find({ where: { villageId }, orderBy: [['villageId', 'asc'], ['openedAt', 'asc']], limit: 10000 })
  const housed = new Set<string>()
  for (let skip = 0; ; skip += PAGE) {
    const page = await deps.store.collection('houses').find({ where: { villageId }, orderBy: [['villageId', 'asc'], ['_id', 'asc']], skip, limit: PAGE })
    for (const house of page) {
      const hh = households.get(house.householdId)
      if (!hh || house.retiredAt) continue
      housed.add(hh._id)
      const c = caseOf(house, cases)
      const open = c && c.stage !== 'closed' ? c : undefined
      const r = c?.renovation
      yield [
        hh._id,
        villageName,
        hh.group,
        maskName(hh.headName),
        house.address,
        STRUCTURE_LABELS[house.structure],
        OCCUPANCY_LABELS[house.occupancy],
        day(house.lastPatrolAt),
        house.lastJudgment ? JUDGMENT_LABELS[house.lastJudgment] : '未巡查',
        open ? CASE_STAGE_LABELS[open.stage] : '无',
        house.grade ? GRADE_LABELS[house.grade] : '未鉴定',
        day(house.gradedAt),
        measures(c),
        renovationState(c),
        r?.method ?? '',
        yuan(r?.subsidyFen),
        r?.subsidyPaidOn ? yuan(r.subsidyFen) : '',
      ]
    }
    if (page.length < PAGE) break
  }
  for (const hh of households.values()) {
    if (!housed.has(hh._id)) yield [hh._id, villageName, hh.group, maskName(hh.headName), hh.address, '待登记房屋', '', '', '', '', '', '', '', '', '', '', '']
  }
}
