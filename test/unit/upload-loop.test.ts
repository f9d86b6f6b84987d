// The one upload loop behind the outbox and the case and disaster forms: a file that got its
// id keeps it, so the next try sends only what is still missing, and nothing is sent twice.
import { uploadMissing, type UploadStep } from '../../src/services/offline/upload-loop'

interface File_ {
  name: string
  fileId?: string | null
}

const files = (): File_[] => [{ name: 'a.jpg' }, { name: 'b.jpg', fileId: 'up-b' }, { name: 'c.jpg' }]

it('a second try after a dropped network sends only the files still without an id', async () => {
  const sent: string[] = []
  let network = true
  const upload = async (data: string): Promise<UploadStep> => {
    if (data === 'c.jpg' && !network) return { ok: false, code: 'UNAVAILABLE', message: '网络不好' }
    sent.push(data)
    return { ok: true, data: `up-${data}` }
  }
  const saves: File_[][] = []
  network = false
  const first = await uploadMissing(files(), async (f) => f.name, upload, async (next) => void saves.push(next))
  expect(first).toMatchObject({ ok: false, index: 2, missing: false, code: 'UNAVAILABLE' })
  expect(first.files.map((f) => f.fileId)).toEqual(['up-a.jpg', 'up-b', undefined])
  expect(saves).toHaveLength(1)

  network = true
  const second = await uploadMissing(first.files, async (f) => f.name, upload)
  expect(second).toEqual({ ok: true, files: [expect.objectContaining({ fileId: 'up-a.jpg' }), expect.objectContaining({ fileId: 'up-b' }), expect.objectContaining({ fileId: 'up-c.jpg' })] })
  expect(sent).toEqual(['a.jpg', 'c.jpg'])
})

it('a photo whose bytes are gone from the phone stops the run and is named, and a throw counts as no network', async () => {
  const gone = await uploadMissing(files(), async (f) => (f.name === 'a.jpg' ? null : f.name), async () => ({ ok: true, data: 'x' }))
  expect(gone).toMatchObject({ ok: false, index: 0, missing: true, code: 'VALIDATION' })
  const thrown = await uploadMissing(files(), async (f) => f.name, async () => Promise.reject(new Error('offline')))
  expect(thrown).toMatchObject({ ok: false, index: 0, missing: false, code: 'UNAVAILABLE' })
})
