// FileStore on the local disk, under .data/files. Temporary links are signed with an
// HMAC and an expiry, the way cloud storage's temp URLs work, so a leaked link dies.
// Files (uploaded lists with clear ID numbers, photos) are readable by the owner only:
// folders 0700, files 0600, also where an earlier version left them open.
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { FileStore, StoredFile } from '../../ports/file-store'

const SAFE_PATH = /^[A-Za-z0-9_\-/.]{1,200}$/
const PREFIX = 'local://'
const DIR_MODE = 0o700
const FILE_MODE = 0o600

export class DiskFileStore implements FileStore {
  constructor(
    private readonly root: string,
    private readonly baseUrl: string,
    private readonly secret: Buffer,
    private readonly nowMs: () => number = Date.now,
  ) {}

  private resolve(fileId: string): string {
    if (!fileId.startsWith(PREFIX)) throw new Error('not a local file id')
    const rel = fileId.slice(PREFIX.length)
    if (!SAFE_PATH.test(rel) || rel.includes('..')) throw new Error('unsafe file path')
    return path.join(this.root, rel)
  }

  async put(p: string, bytes: Buffer, contentType: string): Promise<StoredFile> {
    const fileId = PREFIX + p
    const full = this.resolve(fileId)
    await fs.mkdir(path.dirname(full), { recursive: true, mode: DIR_MODE })
    for (let dir = path.dirname(full); ; dir = path.dirname(dir)) {
      await fs.chmod(dir, DIR_MODE)
      if (dir === this.root || !dir.startsWith(this.root)) break
    }
    for (const [file, data] of [[full, bytes], [full + '.type', contentType]] as const) {
      await fs.writeFile(file, data, { mode: FILE_MODE })
      // The mode applies only to a new file; one written over keeps its own.
      await fs.chmod(file, FILE_MODE)
    }
    return { fileId, size: bytes.length, contentType }
  }

  async get(fileId: string): Promise<{ bytes: Buffer; contentType: string } | null> {
    const full = this.resolve(fileId)
    try {
      const [bytes, type] = await Promise.all([fs.readFile(full), fs.readFile(full + '.type', 'utf8')])
      return { bytes, contentType: type }
    } catch {
      return null
    }
  }

  sign(fileId: string, expires: number): string {
    return crypto.createHmac('sha256', this.secret).update(`${fileId}\n${expires}`).digest('base64url')
  }

  /** Checks a signed link; returns the file id when valid and unexpired. */
  verify(rel: string, expires: number, sig: string): string | null {
    const fileId = PREFIX + rel
    if (!Number.isFinite(expires) || expires * 1000 < this.nowMs()) return null
    const expected = Buffer.from(this.sign(fileId, expires))
    const given = Buffer.from(sig)
    return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? fileId : null
  }

  async tempUrl(fileId: string, ttlSeconds = 3600): Promise<string> {
    // Like getTempFileURL, no link for a file that is not there.
    await fs.access(this.resolve(fileId))
    const expires = Math.floor(this.nowMs() / 1000) + ttlSeconds
    const rel = fileId.slice(PREFIX.length)
    return `${this.baseUrl}/files/${rel}?expires=${expires}&sig=${this.sign(fileId, expires)}`
  }

  async remove(fileId: string): Promise<void> {
    const full = this.resolve(fileId)
    await fs.rm(full, { force: true })
    await fs.rm(full + '.type', { force: true })
  }
}
