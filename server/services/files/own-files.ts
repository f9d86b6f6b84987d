// Files an action cites must be the caller's own uploads (the owner folder of the id is
// exactly his user id — only the server knows who calls), must exist, and a photo must be
// a picture by its first bytes, within the photo size limit. dispatch() runs this for
// every file field a contract declares (fileIdOf), before the handler, so no action can
// forget it.
import type { z } from 'zod'
import { AppError, FILE_ID_PROBLEM_MESSAGES, fileRefsIn, isImageBytes, parseFileId, type FileKind, type FileRef } from '../../../domain'
import type { Ctx } from '../../core/context'
import { checkUseQuota, countUse, type CitedFile } from './upload-quota'

function labelOf(kind: FileKind, nth: number, many: boolean): string {
  if (kind === 'photo') return `第 ${nth} 张照片`
  const noun = kind === 'list' ? '名单文件' : '鉴定报告'
  return many ? `第 ${nth} 个${noun}` : noun
}

/** Checks every cited file; throws before anything is written. Returns their sizes. */
export async function assertOwnFiles(ctx: Ctx, refs: FileRef[]): Promise<CitedFile[]> {
  const { deps } = ctx
  const runtimeStore = deps.config.mode === 'local' ? 'local' : 'cloud'
  const out: CitedFile[] = []
  for (const kind of new Set(refs.map((r) => r.kind))) {
    const ofKind = refs.filter((r) => r.kind === kind)
    for (const [i, ref] of ofKind.entries()) {
      const label = labelOf(kind, i + 1, ofKind.length > 1)
      const parsed = parseFileId(ref.fileId)
      if (!parsed.ok) throw new AppError('VALIDATION', `${label}：${FILE_ID_PROBLEM_MESSAGES[parsed.problem]}`)
      if (parsed.file.ownerId !== ctx.user._id) throw new AppError('FORBIDDEN', `${label}不是您上传的`)
      if (parsed.file.kind !== kind) throw new AppError('VALIDATION', `${label}的文件类型不对`)
      // A cloud id cannot name a local file, nor the other way round.
      const file = parsed.file.store === runtimeStore ? await deps.files.get(ref.fileId) : null
      if (!file) throw new AppError('NOT_FOUND', `${label}找不到了，请重新上传`)
      if (kind === 'photo' && !isImageBytes(file.bytes)) throw new AppError('VALIDATION', `${label}不是图片`)
      if (kind === 'photo' && file.bytes.length > deps.config.photoMaxBytes) {
        throw new AppError('VALIDATION', `${label}太大，最大 ${Math.round(deps.config.photoMaxBytes / 1024 / 1024)} MB`)
      }
      out.push({ fileId: ref.fileId, bytes: file.bytes.length })
    }
  }
  return out
}

/**
 * Checks the files an action's input cites (and, where uploads reach storage without the
 * server, the day's quota); returns what to do once the action has succeeded.
 */
export async function checkCitedFiles(ctx: Ctx, schema: z.ZodType, input: unknown): Promise<() => Promise<void>> {
  const refs = fileRefsIn(schema, input)
  if (!refs.length) return async () => {}
  const cited = await assertOwnFiles(ctx, refs)
  if (ctx.deps.config.uploadQuotaAt !== 'use') return async () => {}
  const fresh = await checkUseQuota(ctx.deps, ctx.user._id, cited)
  // The action has happened: a failure to count must not turn its answer into an error.
  return () => countUse(ctx.deps, ctx.user._id, fresh).catch((err) => ctx.deps.log.error('upload quota not counted', { error: err instanceof Error ? err.stack : String(err) }))
}
