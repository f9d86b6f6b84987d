// Local stand-in for wx.cloud.uploadFile: the client sends the raw bytes, the file lands
// under uploads/<user id>/ in the FileStore, and the reply carries its file id. Each upload
// counts against the user's daily quota (services/files/upload-quota).
import crypto from 'node:crypto'
import type http from 'node:http'
import type { LocalRuntime } from '../runtime/local'
import { AppError, LIST_FILE_MESSAGES, listFileNameProblem } from '../../domain'
import { chargeUpload } from '../services/files/upload-quota'
import { BodyTooLarge, readBody, sendJson } from './http-util'

export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
}

export async function handleUpload(rt: LocalRuntime, req: http.IncomingMessage, res: http.ServerResponse, url: URL, userId: string | null): Promise<void> {
  const user = userId ? await rt.store.collection('users').get(userId) : null
  if (!user || user.disabled) return sendJson(res, 401, { ok: false, code: 'UNAUTHENTICATED', message: '请先登录' })
  const name = url.searchParams.get('name') ?? ''
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase() ?? ''
  const type = TYPES[ext]
  if (!type) {
    // A list sent as old .xls, a WPS file or a .zip: say how to make an .xlsx of it.
    const problem = listFileNameProblem(name)
    const message = problem && problem !== 'wrongType' ? LIST_FILE_MESSAGES[problem] : '不支持这种文件：请上传 .xlsx、.csv、图片或 PDF'
    return sendJson(res, 400, { ok: false, code: 'VALIDATION', message })
  }
  let bytes: Buffer
  try {
    bytes = await readBody(req, UPLOAD_MAX_BYTES)
  } catch (err) {
    if (err instanceof BodyTooLarge) return sendJson(res, 413, { ok: false, code: 'VALIDATION', message: '文件太大：最大 20 MB' })
    throw err
  }
  if (bytes.length === 0) return sendJson(res, 400, { ok: false, code: 'VALIDATION', message: '文件是空的' })
  if (rt.deps.config.uploadQuotaAt === 'upload') {
    try {
      await chargeUpload(rt.deps, user._id, bytes.length)
    } catch (err) {
      if (err instanceof AppError && err.code === 'RATE_LIMITED') return sendJson(res, 429, { ok: false, code: err.code, message: err.message })
      throw err
    }
  }
  const stored = await rt.files.put(`uploads/${user._id}/${crypto.randomUUID()}.${ext}`, bytes, type)
  sendJson(res, 200, { ok: true, data: { fileId: stored.fileId, size: stored.size } })
}
