// The quarterly early-warning data (住房安全保障预警数据) for the district housing bureau:
// a summary sheet and one row per house that needs attention, personal data masked.
// Collected village by village in resumable chunks, then written as one .xlsx.
import crypto from 'node:crypto'
import { CASE_STAGE_LABELS, emptyStreetFigures, DAMAGE_GRADE_LABELS, GRADE_LABELS, IN_RENOVATION_LABEL, OCCUPANCY_LABELS, STRUCTURE_LABELS, localDate, maskName, type QuarterlyTotals } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { ReportDoc, ReportRowDoc } from '../../store/docs'
import { countVillage } from '../counters/village-figures'
import { XLSX_TYPE, XlsxWriter } from '../ledger/xlsx-writer'
import { quarterBounds } from './quarter'
import { expireLater } from '../file-expiry'
import type { StreetScope } from '../street-scope'

export const ROW_HEADERS = ['村（社区）', '组', '户主', '身份证号', '联系电话', '房屋地址', '结构', '建成年份', '鉴定等级', '居住情况', '隐患案件', '是否逾期', '本季度灾损', '预警事项']

export const emptyTotals = (): QuarterlyTotals => ({
  ...emptyStreetFigures(),
  casesOpenedInQuarter: 0,
  appraisedInQuarter: 0,
  renovatedInQuarter: 0,
  disasterDamagedInQuarter: 0,
  houseRows: 0,
})

/** What a collection needs: a report of today's figures, or a quarter's snapshot. */
export type Collecting = Pick<ReportDoc, '_id' | 'quarter' | 'villageIds' | 'totals'>

const within = (iso: string | null | undefined, from: string, to: string) => !!iso && iso >= from && iso < to

/**
 * Collects one village: adds to the totals and stores its house rows. A village that is not
 * the report's street's adds nothing, and only the street's own households give rows.
 */
export async function collectVillage(deps: Deps, report: Collecting, street: StreetScope, index: number): Promise<QuarterlyTotals> {
  const villageId = report.villageIds[index]!
  if (!street.has(villageId)) return report.totals
  const villageName = street.nameOf(villageId)
  const now = deps.clock.now()
  const today = localDate(now)
  const { from, to } = quarterBounds(report.quarter)
  const s = deps.store
  const f = await countVillage(deps, villageId, now)
  const [households, houses, cases, tasks, damage] = await Promise.all([
    s.collection('households').find({ where: { villageId, status: 'monitored' } }),
    s.collection('houses').find({ where: { villageId } }),
    s.collection('cases').find({ where: { villageId } }),
    s.collection('tasks').find({ where: { villageId, status: 'open' } }),
    s.collection('disasterReports').find({ where: { villageId, reportedAt: { $gte: from, $lt: to } } }),
  ])
  const byHousehold = new Map(households.filter((h) => street.owns(h)).map((h) => [h._id, h]))
  const openCaseOf = new Map(cases.filter((c) => c.stage !== 'closed').map((c) => [c.houseId, c]))
  const damageOf = new Map(damage.map((d) => [d.houseId, d]))
  const overdueHouseholds = new Set(tasks.filter((t) => t.dueDate < today).map((t) => t.householdId))
  const rows: ReportRowDoc[] = []
  for (const h of houses) {
    const hh = byHousehold.get(h.householdId)
    if (!hh) continue
    const c = openCaseOf.get(h._id)
    const d = damageOf.get(h._id)
    const dangerous = h.grade === 'C' || h.grade === 'D'
    const caseOverdue = !!c?.dueDate && c.dueDate < today
    const flags = [
      dangerous && h.occupancy === 'occupied' ? '危房仍有人居住' : '',
      dangerous ? `${h.grade}级危房` : '',
      c ? '隐患未办结' : '',
      caseOverdue || overdueHouseholds.has(hh._id) ? '事项逾期' : '',
      d ? '本季度灾损' : '',
    ].filter(Boolean)
    if (flags.length === 0) continue
    rows.push({
      _id: `${report._id}:${h._id}`,
      reportId: report._id,
      seq: index * 1_000_000 + rows.length,
      cells: [
        villageName,
        hh.group,
        maskName(hh.headName),
        hh.idMasked,
        hh.phoneMasked,
        h.address,
        STRUCTURE_LABELS[h.structure],
        h.yearBuilt,
        h.grade ? GRADE_LABELS[h.grade] : '未鉴定',
        OCCUPANCY_LABELS[h.occupancy],
        c ? CASE_STAGE_LABELS[c.stage] : '',
        caseOverdue || overdueHouseholds.has(hh._id) ? '是' : '否',
        d ? DAMAGE_GRADE_LABELS[d.damage] : '',
        flags.join('；'),
      ],
    })
  }
  // Rows are keyed by report and house: a chunk run again rewrites the same rows.
  for (const r of rows) await s.collection('reportRows').set(r)
  const t = { ...report.totals }
  t.households += f.households
  t.houses += f.houses
  t.gradeC += f.byGrade.C
  t.gradeD += f.byGrade.D
  t.occupiedDangerous += f.occupiedDangerous
  t.evacuated += f.evacuated
  t.openCases += f.openCases
  t.overdueCases += f.overdueCases
  t.overdueTasks += f.overdueTasks
  t.inRenovation += f.inRenovation
  t.casesOpenedInQuarter += cases.filter((c) => within(c.openedAt, from, to)).length
  t.appraisedInQuarter += cases.filter((c) => within(c.appraisal?.at, from, to)).length
  t.renovatedInQuarter += cases.filter((c) => c.closeRoute === 'renovated' && within(c.closedAt, from, to)).length
  t.disasterDamagedInQuarter += new Set(damage.map((x) => x.houseId)).size
  t.houseRows += rows.length
  return t
}

/** Writes the workbook; a report of a quarter that is over reads its snapshot's rows, as of when it was frozen. */
export async function writeWorkbook(deps: Deps, report: ReportDoc, frozenAt: string | null): Promise<{ fileId: string; fileName: string; fileExpiresAt: string }> {
  const writer = new XlsxWriter()
  const summary = writer.sheet({ name: '汇总', columns: [{ header: '项目', width: 30 }, { header: '数值', width: 14 }] })
  const t = report.totals
  const street = (await deps.orgs.get(report.streetId))?.name ?? ''
  const lines: Array<[string, string | number]> = [
    ['报送单位', street],
    ['报送季度', report.quarter],
    ['统计时间', localDate(frozenAt ? new Date(frozenAt) : deps.clock.now())],
    ['监测对象户数', t.households],
    ['监测房屋栋数', t.houses],
    ['C级危房（栋）', t.gradeC],
    ['D级危房（栋）', t.gradeD],
    ['危房仍有人居住（栋）', t.occupiedDangerous],
    ['已撤离（栋）', t.evacuated],
    ['未办结隐患（件）', t.openCases],
    ['逾期隐患（件）', t.overdueCases],
    ['逾期任务（件）', t.overdueTasks],
    [`${IN_RENOVATION_LABEL}（件）`, t.inRenovation],
    ['本季度新发现隐患（件）', t.casesOpenedInQuarter],
    ['本季度完成鉴定（件）', t.appraisedInQuarter],
    ['本季度完成改造（件）', t.renovatedInQuarter],
    ['本季度灾损房屋（栋）', t.disasterDamagedInQuarter],
    ['预警房屋明细（行）', t.houseRows],
  ]
  for (const l of lines) summary.addRow(l).commit()
  summary.commit()
  const detail = writer.sheet({ name: '预警房屋明细', columns: ROW_HEADERS.map((h) => ({ header: h, width: h === '房屋地址' || h === '预警事项' ? 28 : 14 })) })
  for (let after = -1; ; ) {
    const page = await deps.store.collection('reportRows').find({ where: { reportId: report.snapshotId ?? report._id, seq: { $gt: after } }, orderBy: [['reportId', 'asc'], ['seq', 'asc']], limit: 1000 })
    for (const r of page) detail.addRow(r.cells).commit()
    if (page.length < 1000) break
    after = page[page.length - 1]!.seq
  }
  detail.commit()
  const fileName = `${street}${report.quarter}住房安全保障预警数据.xlsx`
  const stored = await deps.files.put(`reports/${report._id}-${crypto.randomUUID().slice(0, 8)}.xlsx`, await writer.finish(), XLSX_TYPE)
  return { fileId: stored.fileId, fileName, fileExpiresAt: await expireLater(deps, stored.fileId, 'export') }
}
