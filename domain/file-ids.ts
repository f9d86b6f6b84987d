// The one rule for the ids of uploaded files, shared by the app and the backend. An upload
// lands under uploads/<user id>/ — in cloud storage (cloud://<env>.<bucket>/uploads/…) or
// in the local host's folder (local://uploads/…) — and an action may only cite a file of
// the caller's own folder, of the kind it expects. The id is parsed against one strict
// shape instead of searched with includes(), so `uploads/<me>/../<other>/…`, encoded
// separators and look-alike prefixes never pass.

export const FILE_KINDS = ['photo', 'list', 'document'] as const
export type FileKind = (typeof FILE_KINDS)[number]

export const FILE_EXTENSIONS: Record<FileKind, readonly string[]> = {
  photo: ['jpg', 'jpeg', 'png'],
  list: ['xlsx', 'csv'],
  document: ['pdf'],
}

export const FILE_KIND_LABELS: Record<FileKind, string> = { photo: '照片', list: '名单文件', document: 'PDF 文件' }

export const FILE_ID_MAX_LENGTH = 200

/** A well-formed id for checking a form before its photos are uploaded; no file has it. */
export const PHOTO_STAND_IN_ID = 'local://uploads/not-uploaded/photo.jpg'

const OWNER = '[A-Za-z0-9_-]{1,64}'
const NAME = '[A-Za-z0-9][A-Za-z0-9_-]{0,79}'
const EXT = '[a-z]{3,4}'
const LOCAL_ID = new RegExp(`^local://uploads/(${OWNER})/(${NAME})\\.(${EXT})$`)
const CLOUD_ID = new RegExp(`^cloud://[A-Za-z0-9-]{1,80}\\.[A-Za-z0-9-]{1,80}/uploads/(${OWNER})/(${NAME})\\.(${EXT})$`)
// NUL and the other C0 controls, DEL, C1 controls, and the non-characters U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/

export interface ParsedFileId {
  store: 'local' | 'cloud'
  ownerId: string
  name: string
  ext: string
  kind: FileKind
}

export type FileIdProblem = 'tooLong' | 'control' | 'encoded' | 'traversal' | 'shape' | 'kind'

export const FILE_ID_PROBLEM_MESSAGES: Record<FileIdProblem, string> = {
  tooLong: '文件编号太长',
  control: '文件编号里有不允许的字符',
  encoded: '文件编号里有不允许的字符',
  traversal: '文件编号不对',
  shape: '文件编号不对，请重新上传',
  kind: '文件类型不对',
}

const kindOfExt = (ext: string): FileKind | null => FILE_KINDS.find((k) => FILE_EXTENSIONS[k].includes(ext)) ?? null

/** Parses a file id; the problem says why one is refused. */
export function parseFileId(id: string): { ok: true; file: ParsedFileId } | { ok: false; problem: FileIdProblem } {
  if (id.length > FILE_ID_MAX_LENGTH) return { ok: false, problem: 'tooLong' }
  if (CONTROL.test(id)) return { ok: false, problem: 'control' }
  if (/%|\\/.test(id)) return { ok: false, problem: 'encoded' }
  if (id.includes('..') || id.includes('/./')) return { ok: false, problem: 'traversal' }
  const m = LOCAL_ID.exec(id) ?? CLOUD_ID.exec(id)
  if (!m) return { ok: false, problem: 'shape' }
  const [, ownerId, name, ext] = m as unknown as [string, string, string, string]
  const kind = kindOfExt(ext)
  if (!kind) return { ok: false, problem: 'kind' }
  return { ok: true, file: { store: id.startsWith('cloud://') ? 'cloud' : 'local', ownerId, name, ext, kind } }
}

/** Why `id` cannot stand for a file of `kind`, or null when its shape is right. */
export function fileIdProblem(id: string, kind: FileKind): FileIdProblem | null {
  const parsed = parseFileId(id)
  if (!parsed.ok) return parsed.problem
  return parsed.file.kind === kind ? null : 'kind'
}

/** True when `id` is well formed and lies in `userId`'s own upload folder (segment equality). */
export function isOwnFileId(id: string, userId: string): boolean {
  const parsed = parseFileId(id)
  return parsed.ok && parsed.file.ownerId === userId
}

/** Image formats accepted as photos, recognised by their first bytes, not by the name. */
export function isImageBytes(bytes: Uint8Array): boolean {
  const jpeg = bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
  const png = bytes.length > 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)
  return jpeg || png
}
