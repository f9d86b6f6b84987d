// Cloud storage as the SDK reaches it: storage.getUploadMetadata hands out a COS URL the
// SDK then PUTs the bytes to; storage.batchGetDownloadUrl signs temporary URLs (which
// expire) that downloadFile GETs; storage.batchDeleteFile removes. COS itself is served
// by the same loopback server under /cos/.
import crypto from 'node:crypto'
import { invalidParam } from './errors'

type Params = Record<string, unknown>
type Body = Record<string, unknown>

export class StorageEmulator {
  /** cloud path → bytes. */
  readonly files = new Map<string, Buffer>()
  private readonly signatures = new Map<string, number>()

  constructor(
    private readonly baseUrl: () => string,
    private readonly envId: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The bucket part of a fileID, as CloudBase names it: <env>-<appid>. */
  get bucketPrefix(): string {
    return `cloud://${this.envId}.${this.envId}-1300000000/`
  }

  fileIdOf(cloudPath: string): string {
    return `${this.bucketPrefix}${cloudPath}`
  }

  pathOf(fileId: unknown): string | null {
    return typeof fileId === 'string' && fileId.startsWith(this.bucketPrefix) ? fileId.slice(this.bucketPrefix.length) : null
  }

  readonly actions: Record<string, (p: Params) => Body> = {
    'storage.getUploadMetadata': (p) => {
      if (typeof p.path !== 'string' || !p.path || p.path.startsWith('/')) throw invalidParam('path is required and must be relative')
      return {
        data: {
          url: `${this.baseUrl()}/cos/${encodeURI(p.path)}`,
          token: 'emulated-cos-token',
          authorization: 'q-sign-algorithm=sha1&emulated',
          fileId: this.fileIdOf(p.path),
          cosFileId: crypto.randomBytes(8).toString('hex'),
        },
      }
    },
    'storage.batchGetDownloadUrl': (p) => {
      const list = Array.isArray(p.file_list) ? (p.file_list as Array<{ fileid?: unknown; max_age?: unknown }>) : []
      return {
        data: {
          download_list: list.map((f) => {
            const path = this.pathOf(f.fileid)
            if (path === null || !this.files.has(path)) return { fileID: f.fileid, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' }
            const maxAge = typeof f.max_age === 'number' ? f.max_age : 86400
            const sign = crypto.randomBytes(12).toString('hex')
            this.signatures.set(sign, this.now() + maxAge * 1000)
            return { fileID: f.fileid, tempFileURL: `${this.baseUrl()}/cos/${encodeURI(path)}?sign=${sign}`, code: 'SUCCESS', maxAge }
          }),
        },
      }
    },
    'storage.batchDeleteFile': (p) => {
      const list = Array.isArray(p.fileid_list) ? p.fileid_list : []
      return {
        data: {
          delete_list: list.map((fileID) => {
            const path = this.pathOf(fileID)
            if (path === null || !this.files.delete(path)) return { fileID, code: 'STORAGE_FILE_NONEXIST' }
            return { fileID, code: 'SUCCESS' }
          }),
        },
      }
    },
  }

  /** PUT from uploadFile: the bytes of one cloud path. */
  put(path: string, bytes: Buffer): void {
    this.files.set(path, bytes)
  }

  /** GET of a temporary URL: the bytes, or the HTTP status COS answers. */
  get(path: string, sign: string | null): Buffer | 403 | 404 {
    const expires = sign ? this.signatures.get(sign) : undefined
    if (expires === undefined || expires < this.now()) return 403
    return this.files.get(path) ?? 404
  }
}
