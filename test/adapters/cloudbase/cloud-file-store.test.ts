// Cloud storage behind the FileStore port, against a recording stand-in for the SDK.
import { CloudFileStore, type CloudStorageApi } from '../../../server/adapters/cloudbase/cloud-file-store'

function storage(overrides: Partial<CloudStorageApi> = {}) {
  const calls: Array<[string, unknown]> = []
  const api: CloudStorageApi = {
    uploadFile: async (p) => (calls.push(['uploadFile', p]), { fileID: `cloud://env-1.bucket/${p.cloudPath}` }),
    downloadFile: async (p) => (calls.push(['downloadFile', p]), { fileContent: Buffer.from('jpeg') }),
    getTempFileURL: async (p) => (
      calls.push(['getTempFileURL', p]), { fileList: [{ fileID: p.fileList[0]!.fileID, tempFileURL: 'https://tmp/x.jpg?sign=1', status: 0, errMsg: 'ok' }] }
    ),
    deleteFile: async (p) => (calls.push(['deleteFile', p]), { fileList: [{ fileID: p.fileList[0]!, status: 0, errMsg: 'ok' }] }),
    ...overrides,
  }
  return { api, calls }
}

it('put uploads under the given path and returns the cloud file id', async () => {
  const { api, calls } = storage()
  const stored = await new CloudFileStore(api).put('photos/h1/a.jpg', Buffer.from('abc'), 'image/jpeg')
  expect(stored).toEqual({ fileId: 'cloud://env-1.bucket/photos/h1/a.jpg', size: 3, contentType: 'image/jpeg' })
  expect(calls).toEqual([['uploadFile', { cloudPath: 'photos/h1/a.jpg', fileContent: Buffer.from('abc') }]])
})

it('put refuses paths that climb out or carry odd characters', async () => {
  const files = new CloudFileStore(storage().api)
  await expect(files.put('../x.jpg', Buffer.alloc(1), 'image/jpeg')).rejects.toThrow('unsafe')
  await expect(files.put('a b.jpg', Buffer.alloc(1), 'image/jpeg')).rejects.toThrow('unsafe')
})

it('get downloads; the type follows the extension; a missing file is null', async () => {
  const files = new CloudFileStore(storage().api)
  expect(await files.get('cloud://env-1.bucket/photos/a.JPG')).toEqual({ bytes: Buffer.from('jpeg'), contentType: 'image/jpeg' })
  const missing = new CloudFileStore(
    storage({ downloadFile: () => Promise.reject(Object.assign(new Error('downloadFile:fail -503003 STORAGE_FILE_NONEXIST'), { errCode: -503003 })) }).api,
  )
  expect(await missing.get('cloud://env-1.bucket/gone.jpg')).toBeNull()
  const down = new Error('ECONNRESET')
  await expect(new CloudFileStore(storage({ downloadFile: () => Promise.reject(down) }).api).get('cloud://x/a.jpg')).rejects.toBe(down)
})

it('tempUrl asks for the given lifetime and fails loudly on a per-file error', async () => {
  const { api, calls } = storage()
  expect(await new CloudFileStore(api).tempUrl('cloud://env-1.bucket/a.jpg', 600)).toBe('https://tmp/x.jpg?sign=1')
  expect(calls).toEqual([['getTempFileURL', { fileList: [{ fileID: 'cloud://env-1.bucket/a.jpg', maxAge: 600 }] }]])
  const bad = storage({ getTempFileURL: async () => ({ fileList: [{ fileID: 'x', tempFileURL: '', status: -1, errMsg: 'permission denied' }] }) })
  await expect(new CloudFileStore(bad.api).tempUrl('x')).rejects.toThrow('permission denied')
})

it('remove deletes; an already missing file is fine, another failure is not', async () => {
  const { api, calls } = storage()
  await new CloudFileStore(api).remove('cloud://env-1.bucket/a.jpg')
  expect(calls).toEqual([['deleteFile', { fileList: ['cloud://env-1.bucket/a.jpg'] }]])
  const gone = storage({ deleteFile: async () => ({ fileList: [{ fileID: 'x', status: -503003, errMsg: 'STORAGE_FILE_NONEXIST' }] }) })
  await expect(new CloudFileStore(gone.api).remove('x')).resolves.toBeUndefined()
  const denied = storage({ deleteFile: async () => ({ fileList: [{ fileID: 'x', status: -503002, errMsg: 'STORAGE_EXCEED_AUTHORITY' }] }) })
  await expect(new CloudFileStore(denied.api).remove('x')).rejects.toThrow('STORAGE_EXCEED_AUTHORITY')
})
