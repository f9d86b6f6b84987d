// The yearly renovation plan as an .xlsx: one row per household in the plan, funds in
// yuan with two decimals (kept in fen), and a totals row.
import crypto from 'node:crypto'
import { PLAN_METHOD_LABELS, type RenovationPlanView } from '../../../domain'
import type { Deps } from '../../core/deps'
import { expireLater } from '../file-expiry'
import { XLSX_TYPE, XlsxWriter } from '../ledger/xlsx-writer'

const yuan = (fen: number) => Math.round(fen) / 100

export async function exportPlan(deps: Deps, plan: RenovationPlanView, userId: string): Promise<{ fileId: string; fileName: string; rows: number }> {
  const writer = new XlsxWriter()
  const ws = writer.sheet({
    name: `${plan.year}年改造计划`,
    columns: ['村（社区）', '户主', '改造方式', '计划资金（元）', '已拨付（元）', '进度', '纳入理由', '纳入日期'].map((h) => ({ header: h, width: h === '纳入理由' ? 30 : 14 })),
  })
  for (const e of plan.entries) {
    ws.addRow([e.villageName, e.headNameMasked, PLAN_METHOD_LABELS[e.method], yuan(e.plannedFen), yuan(e.paidFen), e.progress.label, e.reason, e.addedAt]).commit()
  }
  ws.addRow(['合计', `${plan.totals.households} 户`, '', yuan(plan.totals.plannedFen), yuan(plan.totals.paidFen), `已完成 ${plan.totals.done} 户`, '', '']).commit()
  ws.commit()
  const stored = await deps.files.put(`exports/${userId}/${crypto.randomUUID()}.xlsx`, await writer.finish(), XLSX_TYPE)
  await expireLater(deps, stored.fileId, 'export')
  return { fileId: stored.fileId, fileName: `${plan.streetName}${plan.year}年危房改造计划.xlsx`, rows: plan.entries.length }
}
