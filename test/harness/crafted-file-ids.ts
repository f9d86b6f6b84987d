// Crafted file ids for every file field an action's contract declares (fileIdOf), placed
// into a valid input of the action: the attacks of the security run, derived from the
// contracts so actions added later are probed without new test code.
import crypto from 'node:crypto'
import { FILE_EXTENSIONS, fileFieldsOf, type ActionContract, type FileField, type FileKind } from '../../domain'
import type { TestEnv } from '../support/local-env'

export interface FileProbe {
  label: string
  input: unknown
  /** The same input citing a good file of the caller: the probe must be refused for its file, not for something else. */
  baseline: unknown
}

/** The inputs (example and fileExamples) that reach `field`, each with a path to set. */
function reaching(contract: ActionContract, field: FileField): Array<Record<string, unknown>> {
  const inputs = [contract.example, ...(contract.fileExamples ?? [])] as Array<Record<string, unknown>>
  return inputs.filter((input) => Object.entries(field.variant).every(([k, v]) => input[k] === v) && getAt(input, field.path) !== undefined)
}

const segments = (path: string) => path.split('.').flatMap((s) => (s.endsWith('[]') ? [s.slice(0, -2), '0'] : [s]))

function getAt(value: unknown, path: string): unknown {
  let at = value
  for (const s of segments(path)) {
    if (at === null || typeof at !== 'object') return undefined
    at = (at as Record<string, unknown>)[s]
  }
  return typeof at === 'string' ? at : undefined
}

function setAt(value: unknown, path: string, to: string): unknown {
  const copy = structuredClone(value) as Record<string, unknown>
  const keys = segments(path)
  let at: Record<string, unknown> = copy
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>
  at[keys[keys.length - 1]!] = to
  return copy
}

/** File fields no valid input of the contract reaches: each needs a fileExamples entry. */
export function unreachedFileFields(contract: ActionContract): string[] {
  return fileFieldsOf(contract.input)
    .filter((f) => reaching(contract, f).length === 0)
    .map((f) => `${f.path} ${JSON.stringify(f.variant)}`)
}

export const takesFiles = (contract: ActionContract) => fileFieldsOf(contract.input).length > 0

const otherKind = (kind: FileKind): FileKind => (kind === 'photo' ? 'list' : 'photo')

/** Stores a file as `owner` uploaded it; returns its id. */
async function stored(env: TestEnv, owner: string, ext: string, bytes: Buffer): Promise<string> {
  return (await env.rt.files.put(`uploads/${owner}/${crypto.randomUUID()}.${ext}`, bytes, 'application/octet-stream')).fileId
}

const jpeg = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(32)])
const bytesOf = (kind: FileKind) => (kind === 'photo' ? jpeg() : kind === 'list' ? Buffer.from('姓名,身份证号\n') : Buffer.from('%PDF-1.7\n'))

/** Every crafted id for every file field of the action, as `caller` would send it. */
export async function fileProbes(env: TestEnv, contract: ActionContract, caller: string): Promise<FileProbe[]> {
  const out: FileProbe[] = []
  const fields = fileFieldsOf(contract.input)
  const good = new Map<FileKind, string>()
  for (const f of fields) if (!good.has(f.kind)) good.set(f.kind, await stored(env, caller, FILE_EXTENSIONS[f.kind][0]!, bytesOf(f.kind)))
  // Every other file the input cites is a good one of the caller's, so only the probed one is wrong.
  const withGoodFiles = (input: unknown) => fields.reduce((v, f) => (getAt(v, f.path) === undefined ? v : setAt(v, f.path, good.get(f.kind)!)), input)
  for (const field of fields) {
    const ext = FILE_EXTENSIONS[field.kind][0]!
    const crafted: Array<[string, string]> = [
      ['climbs out of the upload folder', `local://uploads/${caller}/../../data.key`],
      ['climbs into another user (cloud)', `cloud://env-1.bucket/uploads/u-attacker/../${caller}/a.${ext}`],
      ['climbs from the own folder into another (cloud)', `cloud://env-1.bucket/uploads/${caller}/../u-staff-dongcheng/a.${ext}`],
      ['an encoded slash', `local://uploads/${caller}/..%2f..%2fdata.${ext}`],
      ['an encoded backslash', `local://uploads/${caller}%5c..%5cdata.${ext}`],
      ['a backslash', `local://uploads/${caller}\\a.${ext}`],
      ['a control character', `local://uploads/${caller}/a\u0000.${ext}`],
      ['another user\'s folder', await stored(env, 'u-staff-dongcheng', ext, bytesOf(field.kind))],
      ['a folder whose name contains the caller\'s', await stored(env, `${caller}x`, ext, bytesOf(field.kind))],
      ['another user\'s folder naming the caller deeper down', await stored(env, `u-staff-dongcheng/uploads/${caller}`, ext, bytesOf(field.kind))],
      ['an over-long name', `local://uploads/${caller}/${'a'.repeat(230)}.${ext}`],
      ['a file of the wrong kind', await stored(env, caller, FILE_EXTENSIONS[otherKind(field.kind)][0]!, bytesOf(otherKind(field.kind)))],
      ['a file that does not exist', `local://uploads/${caller}/never-uploaded.${ext}`],
    ]
    if (field.kind === 'photo') {
      crafted.push(['a CSV passed as a photo', await stored(env, caller, 'jpg', Buffer.from('姓名,身份证号\n张三,500000\n'))])
      crafted.push(['a PDF passed as a photo', await stored(env, caller, 'jpg', Buffer.from('%PDF-1.7\n1 0 obj\n'))])
    }
    for (const base of reaching(contract, field).map(withGoodFiles)) {
      const baseline = base
      for (const [what, id] of crafted) out.push({ label: `${field.path} ${JSON.stringify(field.variant)}: ${what}`, input: setAt(base, field.path, id), baseline })
    }
  }
  return out
}

interface Def {
  type: string
  shape?: Record<string, unknown>
  element?: unknown
  innerType?: unknown
  options?: unknown[]
}
const defOf = (s: unknown) => (s as { _zod: { def: Def } })._zod.def

/** Fields named like files (fileId, …FileId, photos) that do not go through fileIdOf. */
export function fileLikeFieldsOutsideTheRule(contract: ActionContract): string[] {
  const declared = fileFieldsOf(contract.input).map((f) => f.path.replace(/\[\]/g, ''))
  const named: string[] = []
  const walk = (s: unknown, path: string) => {
    const def = defOf(s)
    if (def.type === 'object') {
      for (const [k, v] of Object.entries(def.shape ?? {})) {
        const at = path ? `${path}.${k}` : k
        if (/^(fileId|photos?)$|FileId$/.test(k)) named.push(at)
        walk(v, at)
      }
    } else if (def.type === 'array') walk(def.element, path)
    else if (def.innerType) walk(def.innerType, path)
    else if (def.options) for (const o of def.options) walk(o, path)
  }
  walk(contract.input, '')
  return [...new Set(named)].filter((p) => !declared.some((d) => d === p || d.startsWith(`${p}.`)))
}
