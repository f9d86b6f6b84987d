// The file-id rule: only the caller's own uploads, of the kind expected, in one strict shape.
import { contracts, fileIdProblem, fileRefsIn, isImageBytes, isOwnFileId, parseFileId, type FileKind } from '../../domain'

const ME = 'u-insp-yulong'
const CLOUD = 'cloud://prod-3g7x.7072-prod-3g7x-1300000000'

describe('a well-formed upload of the caller is accepted', () => {
  it.each([
    [`local://uploads/${ME}/0b6c2f4e-1d2a-4f8e-9c1b-2a3b4c5d6e7f.jpg`, 'photo'],
    [`local://uploads/${ME}/demo-001.png`, 'photo'],
    [`local://uploads/${ME}/m3x9k2-ab12cd34.jpeg`, 'photo'],
    [`${CLOUD}/uploads/${ME}/m3x9k2-ab12cd34.jpg`, 'photo'],
    [`cloud://env-1.bucket/uploads/${ME}/list.xlsx`, 'list'],
    [`local://uploads/${ME}/list.csv`, 'list'],
    [`${CLOUD}/uploads/${ME}/report.pdf`, 'document'],
  ] as Array<[string, FileKind]>)('%s as %s', (id, kind) => {
    expect(fileIdProblem(id, kind)).toBeNull()
    expect(isOwnFileId(id, ME)).toBe(true)
  })
})

describe('crafted ids are refused, local and cloud alike', () => {
  it.each([
    ['climbing out of the folder', `local://uploads/${ME}/../../data.key`, 'traversal'],
    ['climbing into another user (cloud)', `${CLOUD}/uploads/u-attacker/../u-staff-bachuan/list.xlsx`, 'traversal'],
    ['a dot segment', `local://uploads/${ME}/./a.jpg`, 'traversal'],
    ['an encoded slash', `local://uploads/${ME}/..%2f..%2fdata.jpg`, 'encoded'],
    ['an encoded backslash', `${CLOUD}/uploads/${ME}/a%5cb.jpg`, 'encoded'],
    ['a backslash', `local://uploads/${ME}\\a.jpg`, 'encoded'],
    ['a NUL byte', `local://uploads/${ME}/a.jpg\u0000.png`, 'control'],
    ['a newline', `local://uploads/${ME}/a\n.jpg`, 'control'],
    ['a 230-character name', `local://uploads/${ME}/${'a'.repeat(230)}.jpg`, 'tooLong'],
    ['a name longer than the pattern allows', `local://uploads/${ME}/${'a'.repeat(90)}.jpg`, 'shape'],
    ['outside the uploads folder', `local://exports/${ME}/a.jpg`, 'shape'],
    ['a report file of the server', 'local://reports/qr-2026-abc.xlsx', 'shape'],
    ['no owner folder', 'local://uploads/a.jpg', 'shape'],
    ['a deeper folder', `local://uploads/${ME}/x/a.jpg`, 'shape'],
    ['a cloud id without env and bucket', `cloud://uploads/${ME}/a.jpg`, 'shape'],
    ['a foreign scheme', `https://evil.example/uploads/${ME}/a.jpg`, 'shape'],
    ['two extensions', `local://uploads/${ME}/a.csv.jpg`, 'shape'],
    ['an upper-case extension', `local://uploads/${ME}/a.JPG`, 'shape'],
    ['a space', `local://uploads/${ME}/a b.jpg`, 'shape'],
    ['an unknown type', `local://uploads/${ME}/a.html`, 'kind'],
    ['a list where a photo is expected', `local://uploads/${ME}/a.csv`, 'kind'],
    ['a PDF where a photo is expected', `${CLOUD}/uploads/${ME}/a.pdf`, 'kind'],
  ])('%s: %s', (_what, id, problem) => {
    expect(fileIdProblem(id, 'photo')).toBe(problem)
  })

  it('a photo is not a list, a list is not a document', () => {
    expect(fileIdProblem(`local://uploads/${ME}/a.jpg`, 'list')).toBe('kind')
    expect(fileIdProblem(`local://uploads/${ME}/a.xlsx`, 'document')).toBe('kind')
  })
})

describe('the owner is the whole folder name, never a part of it', () => {
  it.each([
    ['another user', `local://uploads/u-staff-bachuan/a.jpg`],
    ['a user whose id starts with mine', `local://uploads/${ME}x/a.jpg`],
    ['a user whose id ends with mine', `local://uploads/x${ME}/a.jpg`],
    ['my id as the file name', `local://uploads/u-other/${ME}.jpg`],
    ['my folder inside the cloud env name', `cloud://uploads-${ME}.bucket/uploads/u-other/a.jpg`],
    ['traversal through my folder (cloud)', `${CLOUD}/uploads/${ME}/../u-other/a.jpg`],
  ])('%s: %s', (_what, id) => {
    expect(isOwnFileId(id, ME)).toBe(false)
  })

  it('the parsed owner and kind come from their exact places', () => {
    expect(parseFileId(`${CLOUD}/uploads/${ME}/a.png`)).toEqual({ ok: true, file: { store: 'cloud', ownerId: ME, name: 'a', ext: 'png', kind: 'photo' } })
  })
})

describe('photos are recognised by their bytes', () => {
  it('JPEG and PNG are images; a CSV, a PDF and an empty file are not', () => {
    expect(isImageBytes(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe(true)
    expect(isImageBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(true)
    expect(isImageBytes(Buffer.from('姓名,身份证号\n张三,1\n'))).toBe(false)
    expect(isImageBytes(Buffer.from('%PDF-1.7\n'))).toBe(false)
    expect(isImageBytes(Buffer.alloc(0))).toBe(false)
  })
})

describe('the contracts take file ids only in the strict shape', () => {
  it('case.record refuses the traversal and the over-long name of the attack run', () => {
    const base = { caseId: 'case-1', entryId: 'en-1', kind: 'note', note: '备注' }
    expect(contracts['case.record'].input.safeParse({ ...base, photos: [`local://uploads/${ME}/../../data.key`] }).success).toBe(false)
    expect(contracts['case.record'].input.safeParse({ ...base, photos: [`local://uploads/${ME}/${'a'.repeat(230)}.jpg`] }).success).toBe(false)
    expect(contracts['case.record'].input.safeParse({ ...base, photos: [`local://uploads/${ME}/a.jpg`] }).success).toBe(true)
  })

  it('import.start refuses the cloud traversal of the attack run', () => {
    const input = { importId: 'imp-1', fileId: `${CLOUD}/uploads/u-attacker/../u-staff/list.xlsx`, fileName: '名单.xlsx', source: 'civil' }
    expect(contracts['import.start'].input.safeParse(input).success).toBe(false)
  })

  it('every cited file of an input is found with the kind its field expects', () => {
    const input = contracts['case.transition'].input.parse({
      caseId: 'case-1', transitionId: 'tr-1', expectRev: 1, action: 'submitAppraisal',
      findings: { site: 'a', foundation: 'a', walls: 'a', columnsBeams: 'a', roofStructure: 'a', floors: 'a', enclosure: 'a' },
      grade: 'A', advice: '安全', photos: [`local://uploads/${ME}/a.jpg`], reportFileId: `local://uploads/${ME}/r.pdf`,
    })
    expect(fileRefsIn(contracts['case.transition'].input, input)).toEqual([
      { fileId: `local://uploads/${ME}/a.jpg`, kind: 'photo', path: 'photos.0' },
      { fileId: `local://uploads/${ME}/r.pdf`, kind: 'document', path: 'reportFileId' },
    ])
  })
})
