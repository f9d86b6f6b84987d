// The phone's files as WeChat sees them: temporary files (camera, canvas exports, downloads,
// chosen chat files) that the app may read but not write, and the user-data folder
// `wxfile://usr`, the only place it may write, which survives a restart. saveFile moves a
// temporary file into it. Kept outside any app run, so a restart sees the same files.
import { failWith } from './wx-call'

export const USER_DATA_PATH = 'wxfile://usr'
const TMP_PREFIX = 'wxfile://tmp_'

export interface FileMeta {
  /** Set for pictures, which getImageInfo and a canvas image read. */
  image?: { width: number; height: number }
}

interface Entry {
  bytes: Buffer
  mtimeSec: number
  meta: FileMeta
}

export class FakeFiles {
  private readonly files = new Map<string, Entry>()
  private readonly dirs = new Set<string>([USER_DATA_PATH])
  private tmpSeq = 0

  constructor(private readonly nowMs: () => number = Date.now) {}

  /** A new temporary file, as the camera or a canvas export makes one. */
  addTemp(bytes: Buffer, ext: string, meta: FileMeta = {}): string {
    const path = `${TMP_PREFIX}${(++this.tmpSeq).toString().padStart(4, '0')}.${ext}`
    this.files.set(path, { bytes, mtimeSec: Math.floor(this.nowMs() / 1000), meta })
    return path
  }

  /** WeChat may clear temporary files between runs; user-data files stay. */
  clearTemp(): void {
    for (const p of [...this.files.keys()]) if (p.startsWith(TMP_PREFIX)) this.files.delete(p)
  }

  has(path: string): boolean {
    return this.files.has(path)
  }

  read(path: string): Entry | undefined {
    return this.files.get(path)
  }

  /** Every user-data file under a folder, for tests to look at the queue. */
  listUnder(dir: string): string[] {
    return [...this.files.keys()].filter((p) => p.startsWith(`${dir}/`)).sort()
  }

  private parentOf(path: string): string {
    return path.slice(0, path.lastIndexOf('/'))
  }

  private assertWritable(api: string, path: string): void {
    if (!path.startsWith(`${USER_DATA_PATH}/`)) failWith(api, `permission denied, open ${path}`)
    if (!this.dirs.has(this.parentOf(path))) failWith(api, `no such file or directory, open ${path}`)
  }

  private need(api: string, path: string): Entry {
    const e = this.files.get(path)
    if (!e) failWith(api, `no such file or directory ${path}`)
    return e
  }

  /** The FileSystemManager's synchronous members the app uses (they throw on failure). */
  manager() {
    return {
      accessSync: (path: string) => {
        if (!this.files.has(path) && !this.dirs.has(path)) failWith('accessSync', `no such file or directory ${path}`)
      },
      mkdirSync: (dir: string, recursive = false) => {
        if (!dir.startsWith(`${USER_DATA_PATH}/`)) failWith('mkdirSync', `permission denied, open ${dir}`)
        if (this.dirs.has(dir)) failWith('mkdirSync', `file already exists ${dir}`)
        if (!recursive && !this.dirs.has(this.parentOf(dir))) failWith('mkdirSync', `no such file or directory ${dir}`)
        for (let d = dir; d.startsWith(USER_DATA_PATH) && !this.dirs.has(d); d = this.parentOf(d)) this.dirs.add(d)
      },
      readdirSync: (dir: string) => {
        if (!this.dirs.has(dir)) failWith('readdirSync', `no such file or directory ${dir}`)
        const names = [...this.files.keys(), ...this.dirs].filter((p) => this.parentOf(p) === dir).map((p) => p.slice(dir.length + 1))
        return names
      },
      statSync: (path: string) => {
        const e = this.need('statSync', path)
        return { size: e.bytes.length, lastModifiedTime: e.mtimeSec, isFile: () => true, isDirectory: () => false }
      },
      unlinkSync: (path: string) => {
        if (!path.startsWith(`${USER_DATA_PATH}/`)) failWith('unlinkSync', `permission denied, open ${path}`)
        this.need('unlinkSync', path)
        this.files.delete(path)
      },
      renameSync: (from: string, to: string) => {
        if (!from.startsWith(`${USER_DATA_PATH}/`)) failWith('renameSync', `permission denied, open ${from}`)
        const e = this.need('renameSync', from)
        this.assertWritable('renameSync', to)
        this.files.delete(from)
        this.files.set(to, e)
      },
      saveFileSync: (tempFilePath: string, filePath?: string) => {
        const e = this.need('saveFileSync', tempFilePath)
        if (!tempFilePath.startsWith(TMP_PREFIX)) failWith('saveFileSync', `tempFilePath file not exist ${tempFilePath}`)
        const target = filePath ?? `${USER_DATA_PATH}/store_${tempFilePath.slice(TMP_PREFIX.length)}`
        this.assertWritable('saveFileSync', target)
        this.files.delete(tempFilePath)
        this.files.set(target, { ...e, mtimeSec: Math.floor(this.nowMs() / 1000) })
        return target
      },
      writeFileSync: (path: string, data: string | ArrayBuffer, encoding: string = 'utf8') => {
        this.assertWritable('writeFileSync', path)
        const bytes = typeof data === 'string' ? Buffer.from(data, encoding as BufferEncoding) : Buffer.from(data)
        this.files.set(path, { bytes, mtimeSec: Math.floor(this.nowMs() / 1000), meta: {} })
      },
      readFileSync: (path: string, encoding?: string) => {
        const e = this.need('readFileSync', path)
        if (encoding) return e.bytes.toString(encoding as BufferEncoding)
        return e.bytes.buffer.slice(e.bytes.byteOffset, e.bytes.byteOffset + e.bytes.length)
      },
    }
  }
}
