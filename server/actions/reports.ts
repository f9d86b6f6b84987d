import crypto from 'node:crypto'
import { AppError, JUDGMENT_LABELS, PATROL_KIND_LABELS, localDateTime, maskName } from '../../domain'
import { streetOfCaller, type Ctx } from '../core/context'
import { handlers } from '../core/handler'
import { ownReplay } from '../core/replay'
import { audit } from '../services/audit'
import { expireLater } from '../services/file-expiry'
import { XLSX_TYPE, XlsxWriter } from '../services/ledger/xlsx-writer'
import { villagePlan } from '../services/patrols/monthly-plan'
import { emptyTotals, reportView, stepReport } from '../services/reports/quarterly-report'
import type { ReportDoc } from '../store/docs'
import type { HouseholdDoc, PatrolDoc, UserDoc } from '../store/docs'

async function loadReport(ctx: Ctx, reportId: string): Promise<ReportDoc> {
  const r = await ctx.deps.store.collection('reports').get(reportId)
  if (!r || !ctx.streetsWith(['staff', 'leader']).includes(r.streetId)) throw new AppError('NOT_FOUND', '没有找到这份报表')
  return r
}

export const reportHandlers = handlers({
  'report.quarterlyStart': async (ctx, input) => {
    const { deps } = ctx
    const col = deps.store.collection('reports')
    const streetId = streetOfCaller(ctx, ['staff'])
    const existing = await col.get(input.reportId)
    if (existing) return reportView(deps, ownReplay(existing, (r) => r.createdBy === ctx.user._id && ctx.streetsWith(['staff']).includes(r.streetId)))
    const villageIds = (await deps.orgs.villagesUnder(streetId)).map((v) => v._id)
    await col.insert({
      _id: input.reportId,
      streetId,
      quarter: input.quarter,
      phase: 'collecting',
      villageIds,
      cursor: 0,
      totals: emptyTotals(),
      fileId: null,
      fileName: null,
      fileExpiresAt: null,
      failure: null,
      createdBy: ctx.user._id,
      createdAt: ctx.now().toISOString(),
      leaseUntil: 0,
    })
    await audit(deps, ctx.user._id, 'report.quarterlyStart', input.reportId, { quarter: input.quarter })
    return reportView(deps, (await col.get(input.reportId))!)
  },

  'report.quarterlyStep': async (ctx, input) => reportView(ctx.deps, await stepReport(ctx.deps, await loadReport(ctx, input.reportId), Date.now() + ctx.deps.config.chunkBudgetMs)),

  'report.quarterlyGet': async (ctx, input) => reportView(ctx.deps, await loadReport(ctx, input.reportId)),

  'report.quarterlyList': async (ctx) => {
    const streetIds = ctx.streetsWith(['staff', 'leader'])
    const docs = await ctx.deps.store.collection('reports').find({ where: { streetId: { $in: streetIds } }, orderBy: [['streetId', 'asc'], ['createdAt', 'desc']], limit: 40 })
    return Promise.all(docs.map((d) => reportView(ctx.deps, d)))
  },

  'ledger.patrolMonth': async (ctx, input) => {
    const { deps } = ctx
    ctx.requireVillage(input.villageId)
    const villageName = (await deps.orgs.get(input.villageId))?.name ?? ''
    const plan = await villagePlan(deps, input.villageId, input.month)
    const patrols = await deps.store.collection('patrols').find({ where: { villageId: input.villageId, month: input.month }, orderBy: [['villageId', 'asc'], ['month', 'asc'], ['houseId', 'asc']] })
    const users = new Map((await deps.store.collection('users').getMany([...new Set(patrols.map((p) => p.inspectorId))])).map((u) => [u._id, u.name]))
    const households = new Map((await deps.store.collection('households').getMany([...new Set(plan.map((p) => p.householdId))])).map((h) => [h._id, h]))
    const writer = new XlsxWriter()
    const ws = writer.sheet({
      name: `${input.month}巡查台账`,
      columns: ['村（社区）', '组', '户主', '房屋地址', '巡查类型', '巡查时间', '巡查人', '初步判断', '是否有人居住', '照片数', '现场扫码', '距离房屋（米）', '备注'].map((h) => ({ header: h, width: h === '房屋地址' || h === '备注' ? 26 : 12 })),
    })
    let rows = 0
    for (const item of plan) {
      const hh = households.get(item.householdId)
      const mine = patrols.filter((p) => p.houseId === item.houseId)
      const base = [villageName, hh?.group ?? '', maskName(hh?.headName ?? ''), item.address]
      if (mine.length === 0) {
        // A listed household without a registered house is in the ledger too (不漏一户).
        ws.addRow([...base, item.houseId === null ? '待登记房屋' : '未巡查', '', '', '', '', '', '', '', '']).commit()
        rows++
      }
      for (const p of mine) {
        ws.addRow([...base, PATROL_KIND_LABELS[p.kind], localDateTime(new Date(p.patrolledAt)), users.get(p.inspectorId) ?? '', JUDGMENT_LABELS[p.judgment], p.occupied ? '是' : '否', p.photos.length, p.scannedPlate ? '是' : '否', p.distanceM ?? '', p.notes]).commit()
        rows++
      }
    }
    ws.commit()
    const stored = await deps.files.put(`exports/${ctx.user._id}/${crypto.randomUUID()}.xlsx`, await writer.finish(), XLSX_TYPE)
    await expireLater(deps, stored.fileId, 'export')
    const fileName = `${villageName}${input.month}巡查台账.xlsx`
    await audit(deps, ctx.user._id, 'ledger.patrolMonth', input.villageId, { month: input.month, rows })
    return { fileId: stored.fileId, fileName, url: await deps.files.tempUrl(stored.fileId, 3600), rows }
  },
})
