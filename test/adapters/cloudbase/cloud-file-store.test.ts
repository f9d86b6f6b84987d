// Cloud storage behind the FileStore port, through the real wx-server-sdk against the
// CloudBase emulator (upload to COS, temporary URLs, download, delete). Failures the
// emulator cannot stage honestly (a refused delete, a dropped connection) use a stand-in.
import http from 'node:http'
import { CloudFileStore, type CloudStorageApi } from '../../../server/adapters/cloudbase/cloud-file-store'
import { guardNetwork, initCloudSdkAgainst, startCloudEmulator, type CloudEmulator, type NetworkGuard } from '../../support/cloudbase-emulator'

let guard: NetworkGuard
let emu: CloudEmulator
let files: CloudFileStore
let now = Date.parse('2026-03-01T08:00:00Z')

beforeAll(async () => {
  guard = guardNetwork()
  emu = await startCloudEmulator({ now: () => now })
  files = new CloudFileStore(initCloudSdkAgainst(emu))
})

afterAll(async () => {
  await emu?.close()
  guard?.restore()
  expect(guard.violations).toEqual([])
  expect(emu.unsupported).toEqual([])
})

function fetchBytes(url: string): Promise<{ status: number; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

it('put uploads under the given path and returns the cloud file id', async () => {
  const stored = await files.put('photos/h1/a.jpg', Buffer.from('abc'), 'image/jpeg')
  expect(stored).toEqual({ fileId: `cloud://${emu.envId}.${emu.envId}-1300000000/photos/h1/a.jpg`, size: 3, contentType: 'image/jpeg' })
  expect(emu.storage.files.get('photos/h1/a.jpg')).toEqual(Buffer.from('abc'))
})

it('put refuses paths that climb out or carry odd characters, before any upload', async () => {
  const before = emu.actions.length
  await expect(files.put('../x.jpg', Buffer.alloc(1), 'image/jpeg')).rejects.toThrow('unsafe')
  await expect(files.put('a b.jpg', Buffer.alloc(1), 'image/jpeg')).rejects.toThrow('unsafe')
  expect(emu.actions.length).toBe(before)
})

it('get downloads the bytes; the type follows the extension; a missing file is null', async () => {
  const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3])
  const { fileId } = await files.put('photos/h2/B.JPG', photo, 'image/jpeg')
  expect(await files.get(fileId)).toEqual({ bytes: photo, contentType: 'image/jpeg' })
  expect(await files.get(`cloud://${emu.envId}.${emu.envId}-1300000000/photos/gone.jpg`)).toBeNull()
})

it('tempUrl signs a link that serves the file; a missing file fails loudly', async () => {
  const { fileId } = await files.put('exports/ledger.csv', Buffer.from('a,b\n'), 'text/csv')
  const url = await files.tempUrl(fileId, 600)
  expect(await fetchBytes(url)).toEqual({ status: 200, bytes: Buffer.from('a,b\n') })
  expect((await fetchBytes(url.replace(/sign=[^&]+/, 'sign=forged'))).status).toBe(403)
  await expect(files.tempUrl(`cloud://${emu.envId}.${emu.envId}-1300000000/exports/none.csv`)).rejects.toThrow(/no temporary URL/)
})

it('a temporary URL works for the lifetime asked, then no more', async () => {
  const { fileId } = await files.put('exports/short.csv', Buffer.from('x'), 'text/csv')
  const url = await files.tempUrl(fileId, 60)
  now += 59_000
  expect((await fetchBytes(url)).status).toBe(200)
  now += 2_000
  expect((await fetchBytes(url)).status).toBe(403)
})

it('remove deletes the file; removing it again is fine', async () => {
  const { fileId } = await files.put('photos/h3/c.png', Buffer.from('png'), 'image/png')
  await files.remove(fileId)
  expect(emu.storage.files.has('photos/h3/c.png')).toBe(false)
  expect(await files.get(fileId)).toBeNull()
  await expect(files.remove(fileId)).resolves.toBeUndefined()
})

describe('failures the emulator does not stage', () => {
  const stand = (overrides: Partial<CloudStorageApi>): CloudStorageApi => ({
    uploadFile: () => Promise.reject(new Error('not expected')),
    downloadFile: () => Promise.reject(new Error('not expected')),
    getTempFileURL: () => Promise.reject(new Error('not expected')),
    deleteFile: () => Promise.reject(new Error('not expected')),
    ...overrides,
  })

  it('a download that fails for another reason than a missing file is thrown', async () => {
    const down = new Error('ECONNRESET')
    await expect(new CloudFileStore(stand({ downloadFile: () => Promise.reject(down) })).get('cloud://x/a.jpg')).rejects.toBe(down)
  })

  it('a refused delete is thrown', async () => {
    const denied = stand({ deleteFile: async () => ({ fileList: [{ fileID: 'x', status: -503002, errMsg: 'STORAGE_EXCEED_AUTHORITY' }] }) })
    await expect(new CloudFileStore(denied).remove('x')).rejects.toThrow('STORAGE_EXCEED_AUTHORITY')
  })
})
