// FileStore on WeChat cloud storage (uploadFile, downloadFile, getTempFileURL,
// deleteFile), taken by injection. Cloud storage keeps no content type of its own
// choosing, so a file's type follows its name's extension.
import path from 'node:path'
import type { FileStore, StoredFile } from '../../ports/file-store'

export interface CloudStorageApi {
  uploadFile(p: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  downloadFile(p: { fileID: string }): Promise<{ fileContent: Buffer }>
  getTempFileURL(p: { fileList: Array<{ fileID: string; maxAge: number }> }): Promise<{
    fileList: Array<{ fileID: string; tempFileURL: string; status: number; errMsg: string }>
  }>
  deleteFile(p: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; status: number; errMsg: string }> }>
}

const SAFE_PATH = /^[A-Za-z0-9_\-/.]{1,200}$/

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.txt': 'text/plain',
}

export const contentTypeOf = (name: string): string => TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream'

/**
 * Storage's "no such file": STORAGE_FILE_NONEXIST as a code (downloadFile throws the node
 * SDK's error with that code, errCode -1 and no words of its own), -503003, or the words.
 */
function isMissing(err: unknown): boolean {
  const e = (err ?? {}) as { code?: unknown; errCode?: unknown; errMsg?: unknown; message?: unknown; status?: unknown }
  return (
    e.code === 'STORAGE_FILE_NONEXIST' || e.errCode === -503003 || e.status === -503003 || /NONEXIST|not ?exist/i.test(`${e.errMsg ?? ''} ${e.message ?? ''}`)
  )
}

export class CloudFileStore implements FileStore {
  constructor(private readonly storage: CloudStorageApi) {}

  async put(p: string, bytes: Buffer, contentType: string): Promise<StoredFile> {
    if (!SAFE_PATH.test(p) || p.includes('..')) throw new Error('unsafe file path')
    const { fileID } = await this.storage.uploadFile({ cloudPath: p, fileContent: bytes })
    return { fileId: fileID, size: bytes.length, contentType }
  }

  async get(fileId: string): Promise<{ bytes: Buffer; contentType: string } | null> {
    try {
      const { fileContent } = await this.storage.downloadFile({ fileID: fileId })
      return { bytes: fileContent, contentType: contentTypeOf(fileId) }
    } catch (err) {
      if (isMissing(err)) return null
      throw err
    }
  }

  async tempUrl(fileId: string, ttlSeconds = 3600): Promise<string> {
    const { fileList } = await this.storage.getTempFileURL({ fileList: [{ fileID: fileId, maxAge: ttlSeconds }] })
    const item = fileList[0]
    if (!item || item.status !== 0 || !item.tempFileURL) throw new Error(`no temporary URL for ${fileId}: ${item?.errMsg ?? 'empty answer'}`)
    return item.tempFileURL
  }

  async remove(fileId: string): Promise<void> {
    const { fileList } = await this.storage.deleteFile({ fileList: [fileId] })
    const item = fileList[0]
    // Removing a file that is already gone is not an error, as on the local disk.
    if (item && item.status !== 0 && !isMissing(item)) throw new Error(`delete failed for ${fileId}: ${item.errMsg}`)
  }
}
