// Department lists (民政, 乡村振兴): upload, read and compare in chunks, preview, apply, the template.
import { AppError, HOUSEHOLD_FIELD_LABELS } from '../../domain'
import { streetOfCaller, type Ctx } from '../core/context'
import { handlers } from '../core/handler'
import { ownReplay } from '../core/replay'
import type { ImportDoc } from '../store/docs'
import { importView, newImportJob, stepImport } from '../services/imports/import-jobs'
import { sheetFileOf } from '../services/imports/sheet-file'
import { audit } from '../services/audit'
import { discard, expireLater } from '../services/file-expiry'
import { leavingOf } from '../services/imports/leaving'
import crypto from 'node:crypto'
import { importTemplate } from '../services/ledger/import-template'
import { XLSX_TYPE } from '../services/ledger/xlsx-writer'

async function loadJob(ctx: Ctx, importId: string): Promise<ImportDoc> {
  const job = await ctx.deps.store.collection('imports').get(importId)
  if (!job) throw new AppError('NOT_FOUND', '没有找到这次导入')
  ctx.requireStreet(job.streetId)
  return job
}

export const importHandlers = handlers({
  'import.start': async (ctx, input) => {
    const { deps } = ctx
    const streetId = streetOfCaller(ctx)
    const col = deps.store.collection('imports')
    // A retried start (same client-made id) returns the job it already created.
    const existing = await col.get(input.importId)
    if (existing) return importView(deps, ownReplay(existing, (j) => j.createdBy === ctx.user._id && j.fileId === input.fileId && j.streetId === streetId))
    const file = await deps.files.get(input.fileId)
    if (!file) throw new AppError('NOT_FOUND', '上传的文件找不到了，请重新上传')
    if (file.bytes.length > deps.config.importMaxBytes) {
      throw new AppError('VALIDATION', `文件太大：最大 ${Math.round(deps.config.importMaxBytes / 1024 / 1024)} MB，请分村导入`)
    }
    // An old .xls, a WPS file, a workbook with a password or an archive is refused with what to do.
    const sheet = sheetFileOf(input.fileName, file.bytes)
    if ('problem' in sheet) throw new AppError('VALIDATION', sheet.message)
    const job = newImportJob(input, streetId, ctx.user._id, ctx.now().toISOString())
    await col.insert(job)
    await expireLater(deps, job.fileId, 'upload')
    await audit(deps, ctx.user._id, 'import.start', job._id, { fileName: input.fileName, source: input.source })
    return importView(deps, (await col.get(job._id))!)
  },

  'import.step': async (ctx, input) => {
    const job = await loadJob(ctx, input.importId)
    return importView(ctx.deps, await stepImport(ctx.deps, job))
  },

  'import.get': async (ctx, input) => importView(ctx.deps, await loadJob(ctx, input.importId)),

  'import.list': async (ctx) => {
    const streetIds = ctx.streetsWith(['staff', 'leader'])
    const jobs = await ctx.deps.store.collection('imports').find({
      where: { streetId: streetIds.length === 1 ? streetIds[0]! : { $in: streetIds } },
      orderBy: [['streetId', 'asc'], ['createdAt', 'desc']],
      limit: 50,
    })
    return Promise.all(jobs.map((j) => importView(ctx.deps, j)))
  },

  'import.rows': async (ctx, input) => {
    await loadJob(ctx, input.importId)
    const col = ctx.deps.store.collection('importRows')
    const where = { importId: input.importId, kind: input.kind }
    const [total, rows] = await Promise.all([
      col.count(where),
      // Ordered by seq alone: with the fixed importId and kind named too, SQLite would sort
      // every row of the kind for each page instead of reading the index in order.
      col.find({ where, orderBy: [['seq', 'asc']], skip: (input.page - 1) * input.pageSize, limit: input.pageSize }),
    ])
    return {
      total,
      page: input.page,
      pageSize: input.pageSize,
      items: rows.map((r) => ({
        seq: r.seq,
        rowNumber: r.rowNumber,
        kind: r.kind === 'pending' ? 'unchanged' : r.kind,
        householdId: r.householdId,
        villageName: r.villageName,
        nameMasked: r.nameMasked,
        idMasked: r.idMasked,
        categories: r.categories,
        changes: Object.entries(r.changes).map(([field, [from, to]]) => ({ field, label: HOUSEHOLD_FIELD_LABELS[field] ?? field, from, to })),
        errors: r.errors,
      })),
    }
  },

  'import.apply': async (ctx, input) => {
    const { deps } = ctx
    const job = await loadJob(ctx, input.importId)
    if (job.phase === 'applying' || job.phase === 'done') return importView(deps, job)
    if (job.phase !== 'ready') throw new AppError('CONFLICT', '文件还没有检查完，请稍候')
    if (job.counts.error > 0 && !input.excludeErrorRows) {
      throw new AppError('VALIDATION', `有 ${job.counts.error} 行有错误：请改正后重新上传，或选择“跳过错误行”再导入`)
    }
    // A screen that showed fewer leaving than the job now has cannot take out the rest.
    if (input.confirmedLeaving !== job.counts.missing) {
      throw new AppError('CONFLICT', `名单核对结果有变化：现在将调出 ${job.counts.missing} 户，请刷新后重新确认`)
    }
    if (job.counts.missing > 0 && !input.removalReason.trim()) {
      throw new AppError('VALIDATION', `有 ${job.counts.missing} 户不在这份名单中，请填写调整原因`)
    }
    const toApply = job.counts.new + job.counts.changed + job.counts.missing
    await deps.store.collection('imports').update(
      job._id,
      { phase: 'applying', excludeErrorRows: input.excludeErrorRows, removalReason: input.removalReason.trim(), toApply },
      { ifRev: job._rev },
    )
    await audit(deps, ctx.user._id, 'import.apply', job._id, { counts: job.counts, excludeErrorRows: input.excludeErrorRows })
    return importView(deps, (await deps.store.collection('imports').get(job._id))!)
  },

  'import.leaving': async (ctx, input) => leavingOf(ctx.deps, await loadJob(ctx, input.importId)),

  'import.cancel': async (ctx, input) => {
    const job = await loadJob(ctx, input.importId)
    if (job.phase === 'applying' || job.phase === 'done') throw new AppError('CONFLICT', '已经开始导入，不能取消')
    if (job.phase !== 'cancelled') {
      await ctx.deps.store.collection('imports').update(job._id, { phase: 'cancelled' }, { ifRev: job._rev })
      await discard(ctx.deps, job.fileId)
      await audit(ctx.deps, ctx.user._id, 'import.cancel', job._id, {})
    }
    return importView(ctx.deps, (await ctx.deps.store.collection('imports').get(job._id))!)
  },
  'import.template': async (ctx) => {
    const { deps } = ctx
    const stored = await deps.files.put(`exports/${ctx.user._id}/${crypto.randomUUID()}.xlsx`, await importTemplate(), XLSX_TYPE)
    await expireLater(deps, stored.fileId, 'export')
    return { fileId: stored.fileId, fileName: '监测对象名单导入模板.xlsx', url: await deps.files.tempUrl(stored.fileId, 3600) }
  },
})
