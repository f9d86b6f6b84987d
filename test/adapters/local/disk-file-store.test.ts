// Local files hold uploaded lists and photos: only the owner of the process may read them,
// and a removed file is gone from the disk.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DiskFileStore } from '../../../server/adapters/local/disk-file-store'
import { createLocalRuntime } from '../../../server/runtime/local'
import { quietLogger } from '../../support/local-env'

const modeOf = (p: string) => fs.statSync(p).mode & 0o777
let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-files-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

it('local data files are readable by the owner only', async () => {
  const dataDir = path.join(dir, '.data')
  fs.mkdirSync(dataDir, { mode: 0o755 })
  fs.chmodSync(dataDir, 0o755)
  // A folder an earlier version left open to everyone is closed as well.
  fs.mkdirSync(path.join(dataDir, 'files', 'uploads'), { recursive: true, mode: 0o755 })
  const rt = createLocalRuntime({ dataDir, baseUrl: 'http://127.0.0.1:0', log: quietLogger, dataKey: Buffer.alloc(32, 7).toString('base64') })
  try {
    const { fileId } = await rt.files.put('uploads/u-staff/list.csv', Buffer.from('身份证号\n500224196203045519'), 'text/csv')
    const full = path.join(dataDir, 'files', 'uploads', 'u-staff', 'list.csv')
    expect(modeOf(dataDir)).toBe(0o700)
    for (const d of ['files', 'files/uploads', 'files/uploads/u-staff']) expect([d, modeOf(path.join(dataDir, d))]).toEqual([d, 0o700])
    expect(modeOf(full)).toBe(0o600)
    expect(modeOf(full + '.type')).toBe(0o600)
    expect((await rt.files.get(fileId))!.bytes.toString()).toContain('500224')
  } finally {
    await rt.store.close()
  }
})

it('a removed file is gone, and removing it again is fine', async () => {
  const files = new DiskFileStore(dir, 'http://127.0.0.1:0', Buffer.alloc(32, 1))
  const { fileId } = await files.put('exports/u-staff/ledger.xlsx', Buffer.from('PK'), 'application/octet-stream')
  await files.remove(fileId)
  expect(await files.get(fileId)).toBeNull()
  expect(fs.existsSync(path.join(dir, 'exports/u-staff/ledger.xlsx.type'))).toBe(false)
  await expect(files.remove(fileId)).resolves.toBeUndefined()
})
