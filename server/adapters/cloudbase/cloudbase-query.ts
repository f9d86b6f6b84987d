// Translates the Store's document queries into the CloudBase (wx-server-sdk) query and
// update vocabulary: db.command operators, db.RegExp, and update objects in which every
// patched field replaces the stored one, as in the SQLite adapter.
import type { FieldOps, FindOptions, Scalar, AnyWhere } from '../../ports/store'
import type { CloudCommand, CloudCond, CloudDb } from './cloud-db'

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/
const TOP_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Documents asked per get(): the most the SDK asks for (the server may answer fewer). */
export const PAGE = 1000

export function checkField(field: string): string {
  if (!FIELD.test(field)) throw new Error(`invalid field path: ${field}`)
  return field
}

function isOps(v: unknown): v is FieldOps {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The field() projection for find's `fields`: those fields and the revision. */
export function projection(fields: string[]): Record<string, true> {
  const out: Record<string, true> = { _rev: true }
  for (const f of fields) {
    if (f === '_id' || f === '_rev') continue
    if (!TOP_FIELD.test(f)) throw new Error(`invalid field to return: ${f}`)
    out[f] = true
  }
  return out
}

/** A where clause that can match nothing ($in with an empty list); the query is skipped. */
export const MATCHES_NOTHING = Symbol('matches nothing')

type QueryDb = Pick<CloudDb, 'command' | 'RegExp'>

function opCond(db: QueryDb, field: string, op: string, value: unknown): CloudCond | typeof MATCHES_NOTHING {
  const _ = db.command
  switch (op) {
    case '$in': {
      const list = value as Scalar[]
      return list.length === 0 ? MATCHES_NOTHING : _.in(list)
    }
    case '$ne':
      return _.neq(value)
    case '$gt':
      return _.gt(value)
    case '$gte':
      return _.gte(value)
    case '$lt':
      return _.lt(value)
    case '$lte':
      return _.lte(value)
    case '$has':
      if (field === '_id') throw new Error('$has needs an array field')
      return _.all([value])
    case '$contains':
      return db.RegExp({ regexp: escapeRegExp(String(value)), options: '' })
    default:
      throw new Error(`unsupported operator: ${op}`)
  }
}

/**
 * The condition object for where(). A field with one condition maps to { field: cond };
 * several conditions on one field are joined with command.and.
 */
export function whereCond(db: QueryDb, where: AnyWhere | undefined): object | typeof MATCHES_NOTHING {
  const single: Record<string, CloudCond> = {}
  const extra: object[] = []
  for (const [field, cond] of Object.entries(where ?? {})) {
    checkField(field)
    const conds: CloudCond[] = []
    if (!isOps(cond)) conds.push(cond)
    else {
      for (const [op, value] of Object.entries(cond)) {
        if (value === undefined) continue
        const c = opCond(db, field, op, value)
        if (c === MATCHES_NOTHING) return MATCHES_NOTHING
        conds.push(c)
      }
    }
    if (conds.length === 1) single[field] = conds[0]
    else for (const c of conds) extra.push({ [field]: c })
  }
  if (extra.length === 0) return single
  const parts = Object.entries(single).map(([f, c]) => ({ [f]: c }))
  return db.command.and(...parts, ...extra) as object
}

/** The smallest page cap a CloudBase server applies (older versions; 1000 today). */
export const SMALLEST_SERVER_PAGE = 100

/**
 * Sort keys for find(), with _id as the last key whenever order matters across requests:
 * MongoDB orders ties differently from one request to the next, so consecutive pages (of
 * this find, or of a caller paging with skip) would repeat some documents and skip others.
 * A find without an order that fits in one page of the smallest cap gets no sort, so the
 * database can serve it from the index of its filter (a lookup by openid, say).
 */
export function sortKeys(opts: FindOptions): Array<[string, 'asc' | 'desc']> {
  const keys = (opts.orderBy ?? []).map(([f, d]): [string, 'asc' | 'desc'] => [checkField(f), d === 'desc' ? 'desc' : 'asc'])
  const mayPage = opts.limit === undefined || opts.limit > SMALLEST_SERVER_PAGE
  if ((keys.length > 0 || mayPage) && !keys.some(([f]) => f === '_id')) keys.push(['_id', 'asc'])
  return keys
}

/** Plain JSON, as the SQLite adapter stores it: undefined dropped, Dates as ISO strings. */
export const toJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** The stored body of a document: everything but _id and _rev, as JSON. */
export function docBody(doc: Record<string, unknown>): Record<string, unknown> {
  const { _id: _ignoredId, _rev: _ignoredRev, ...rest } = doc
  return toJson(rest)
}

/**
 * The update object for a patch: each field replaces the stored value (objects and
 * arrays through command.set, else CloudBase would merge nested objects), an undefined
 * field is removed, and _rev goes up by one.
 */
export function patchData(_: CloudCommand, patch: Record<string, unknown>, rev: CloudCond): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(patch)) {
    if (field === '_id' || field === '_rev') continue
    // A dotted key would address a nested field here but name a top-level one in SQLite.
    if (!TOP_FIELD.test(field)) throw new Error(`invalid top-level field: ${field}`)
    if (value === undefined) data[field] = _.remove()
    else if (typeof value === 'object' && value !== null) data[field] = _.set(toJson(value))
    else data[field] = toJson(value)
  }
  data._rev = rev
  return data
}
