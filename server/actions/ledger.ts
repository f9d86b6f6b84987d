import crypto from 'node:crypto'
import { AppError } from '../../domain'
import { handlers } from '../core/handler'
import { audit } from '../services/audit'
import { expireLater } from '../services/file-expiry'
import { streetOfScope, streetOfVillage } from '../services/street-scope'
import { exportLedger } from '../services/ledger/export-ledger'
import { importTemplate } from '../services/ledger/import-template'
import { XLSX_TYPE } from '../services/ledger/xlsx-writer'

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

  'import.template': async (ctx) => {
    const { deps } = ctx
    const stored = await deps.files.put(`exports/${ctx.user._id}/${crypto.randomUUID()}.xlsx`, await importTemplate(), XLSX_TYPE)
    await expireLater(deps, stored.fileId, 'export')
    return { fileId: stored.fileId, fileName: '监测对象名单导入模板.xlsx', url: await deps.files.tempUrl(stored.fileId, 3600) }
  },
})
