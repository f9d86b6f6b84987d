// Extended JSON as the CloudBase database speaks it on the wire. The SDK serialises
// queries, updates and documents with bson's EJSON (canonical: {"$numberInt": "1"}); the
// emulator uses the very bson the SDK depends on, so both sides read the same dialect.
import { createRequire } from 'node:module'

interface BsonModule {
  EJSON: {
    parse(text: string, opts?: { relaxed?: boolean }): unknown
    stringify(value: unknown, opts?: { relaxed?: boolean }): string
  }
  calculateObjectSize(doc: object): number
  BSONRegExp: new (pattern: string, options?: string) => { pattern: string; options: string }
}

const requireFromDatabase = createRequire(require.resolve('@cloudbase/database'))
const bson = requireFromDatabase('bson') as BsonModule

export type Doc = Record<string, unknown>

/** Native values for mingo: numbers, Dates, RegExps (bson's own regexp type is converted). */
function toNative(value: unknown): unknown {
  if (value instanceof bson.BSONRegExp) return new RegExp(value.pattern, value.options)
  if (Array.isArray(value)) return value.map(toNative)
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Doc = {}
    for (const [k, v] of Object.entries(value)) out[k] = toNative(v)
    return out
  }
  return value
}

/** Parses one EJSON text (a query, an order, a document); empty means none. */
export function parseEjson<T = Doc>(text: unknown): T | undefined {
  if (text === undefined || text === null || text === '') return undefined
  if (typeof text !== 'string') throw new Error(`expected an EJSON string, got ${typeof text}`)
  return toNative(bson.EJSON.parse(text)) as T
}

/** Canonical EJSON, as the real service answers documents. */
export const stringifyEjson = (value: unknown): string => bson.EJSON.stringify(value, { relaxed: false })

/** A document's BSON size, the measure of the 16 MB limit. */
export const bsonSize = (doc: Doc): number => bson.calculateObjectSize(doc)

/** A deep copy that keeps Dates and RegExps. */
export function clone<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T
  if (Array.isArray(value)) return value.map(clone) as T
  if (value && typeof value === 'object') {
    const out: Doc = {}
    for (const [k, v] of Object.entries(value)) out[k] = clone(v)
    return out as T
  }
  return value
}
