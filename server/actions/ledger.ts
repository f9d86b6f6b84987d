// The monitoring ledger export (masked) and a village's patrols of one month.
import crypto from 'node:crypto'
import { AppError, JUDGMENT_LABELS, PATROL_KIND_LABELS, localDateTime, maskName } from '../../domain'
import { handlers } from '../core/handler'
import { audit } from '../services/audit'
import { expireLater } from '../services/file-expiry'
import { streetOfScope, streetOfVillage } from '../services/street-scope'
import { exportLedger } from '../services/ledger/export-ledger'
import { XLSX_TYPE, XlsxWriter } from '../services/ledger/xlsx-writer'
import { villagePlan } from '../services/patrols/monthly-plan'

export const ledgerHandlers = handlers({
  'ledger.export': async (ctx, input) => {
    const { deps, scope } = ctx
    if (input.villageId) ctx.requireVillage(input.villageId)
    // A whole-street ledger covers one street: the caller's villages in it, never those of
    // a grant in another street.
    const street = input.villageId ? await streetOfVillage(deps, input.villageId) : await streetOfScope(ctx)
    const villageIds = input.villageId ? [input.villageId] : [...street.villageIds].filter((v) => scope.villageIds.has(v))
    if (villageIds.length === 0) throw new AppError('FORBIDDEN')
    const title = input.villageId ? street.nameOf(input.villageId) : street.streetName
    const out = await exportLedger(deps, street, villageIds, title, ctx.user._id)
    await audit(deps, ctx.user._id, 'ledger.export', input.villageId ?? 'all', { rows: out.rows })
    return { ...out, url: await deps.files.tempUrl(out.fileId, 3600) }
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
