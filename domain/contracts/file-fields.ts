// File ids in action inputs. Every contract field that takes an uploaded file is made by
// fileIdOf(kind), which checks the id's shape (domain/file-ids) and remembers the kind, so
// the backend finds every cited file of any action — also of actions added later — and
// checks it is the caller's own, exists and is what it claims to be.
import { z } from 'zod'
import { FILE_ID_MAX_LENGTH, FILE_ID_PROBLEM_MESSAGES, FILE_KIND_LABELS, fileIdProblem, type FileKind } from '../file-ids'

const KIND_OF = new WeakMap<z.ZodType, FileKind>()

/** A file id field expecting a file of `kind` (photo, list or document). */
export function fileIdOf(kind: FileKind) {
  const schema = z
    .string()
    .min(1)
    .max(FILE_ID_MAX_LENGTH)
    .superRefine((id, ctx) => {
      const problem = fileIdProblem(id, kind)
      if (problem) ctx.addIssue({ code: 'custom', message: problem === 'kind' ? `这里要的是${FILE_KIND_LABELS[kind]}` : FILE_ID_PROBLEM_MESSAGES[problem] })
    })
  KIND_OF.set(schema, kind)
  return schema
}

export interface FileRef {
  fileId: string
  kind: FileKind
  /** Where in the input, e.g. photos.0.fileId. */
  path: string
}

interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  options?: z.ZodType[]
  in?: z.ZodType
}
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def

/** Every file id in a parsed input, with the kind its field expects. */
export function fileRefsIn(schema: z.ZodType, value: unknown, path = ''): FileRef[] {
  const kind = KIND_OF.get(schema)
  if (kind) return typeof value === 'string' ? [{ fileId: value, kind, path }] : []
  const def = defOf(schema)
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key))
  switch (def.type) {
    case 'object':
      if (!value || typeof value !== 'object') return []
      return Object.entries(def.shape ?? {}).flatMap(([k, s]) => fileRefsIn(s, (value as Record<string, unknown>)[k], at(k)))
    case 'array':
      return Array.isArray(value) ? value.flatMap((v, i) => fileRefsIn(def.element!, v, at(i))) : []
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return value === undefined || value === null ? [] : fileRefsIn(def.innerType!, value, path)
    case 'pipe':
      return fileRefsIn(def.in!, value, path)
    case 'union': {
      // The option the value fits (a discriminated union has exactly one).
      const option = (def.options ?? []).find((o) => o.safeParse(value).success)
      return option ? fileRefsIn(option, value, path) : []
    }
    default:
      return []
  }
}

export interface FileField {
  kind: FileKind
  /** Path with [] for array items, e.g. photos[].fileId. */
  path: string
  /** For a union: the literal values of the option that holds the field, by key. */
  variant: Record<string, unknown>
}

/** Every file field a schema declares (for the harness: which actions take files, and where). */
export function fileFieldsOf(schema: z.ZodType, path = '', variant: Record<string, unknown> = {}): FileField[] {
  const kind = KIND_OF.get(schema)
  if (kind) return [{ kind, path, variant }]
  const def = defOf(schema)
  const at = (key: string) => (path ? `${path}.${key}` : key)
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([k, s]) => fileFieldsOf(s, at(k), variant))
    case 'array':
      return fileFieldsOf(def.element!, `${path}[]`, variant)
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return fileFieldsOf(def.innerType!, path, variant)
    case 'pipe':
      return fileFieldsOf(def.in!, path, variant)
    case 'union':
      return (def.options ?? []).flatMap((o) => fileFieldsOf(o, path, { ...variant, ...literalsOf(o) }))
    default:
      return []
  }
}

function literalsOf(option: z.ZodType): Record<string, unknown> {
  const def = defOf(option)
  if (def.type !== 'object') return {}
  const out: Record<string, unknown> = {}
  for (const [k, s] of Object.entries(def.shape ?? {})) {
    const d = defOf(s) as Def & { values?: unknown[] }
    if (d.type === 'literal' && d.values?.length === 1) out[k] = d.values[0]
  }
  return out
}
