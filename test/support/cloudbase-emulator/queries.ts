// Evaluating getDocument / calculateDocument / where-modify with mingo (MongoDB semantics:
// type-strict equality, null matching missing fields, BSON type order in sorts).
import { Query } from 'mingo'
import type { DocumentStore } from './documents'
import type { Doc } from './ejson'
import { requestFailed } from './errors'

export interface Selection {
  query?: Doc
  order?: Record<string, 1 | -1>
  offset?: number
  limit?: number
  projection?: Record<string, 0 | 1>
}

function compile(query: Doc | undefined): Query {
  try {
    return new Query(query ?? {})
  } catch (err) {
    throw requestFailed(`invalid query: ${err instanceof Error ? err.message : String(err)}`)
  }
}

/** The strings a condition pins a field to (a value, $eq or $in of strings), else null. */
function pinned(cond: unknown): string[] | null {
  if (typeof cond === 'string') return [cond]
  if (!cond || typeof cond !== 'object' || Array.isArray(cond) || cond instanceof RegExp || Object.keys(cond).length !== 1) return null
  const { $eq, $in } = cond as { $eq?: unknown; $in?: unknown }
  if (typeof $eq === 'string') return [$eq]
  return Array.isArray($in) && $in.every((v) => typeof v === 'string') ? ($in as string[]) : null
}

/** The top-level fields (and fields of a top-level $and) the query pins to strings. */
function pinnedFields(query: Doc): Array<{ field: string; values: string[] }> {
  const out: Array<{ field: string; values: string[] }> = []
  for (const part of [query, ...(Array.isArray(query.$and) ? (query.$and as Doc[]) : [])]) {
    for (const [field, cond] of Object.entries(part ?? {})) {
      if (field.startsWith('$') || field.includes('.') || field === '_id') continue
      const values = pinned(cond)
      if (values) out.push({ field, values })
    }
  }
  return out
}

/**
 * The documents a query can match: by the _id index when the query pins _id to a value
 * or a list (as doc(id) and getMany do), by the narrowest field index when it pins other
 * fields to strings (the service has the manifest's indexes), else the whole collection.
 */
export function candidates(store: DocumentStore, collection: string, query: Doc | undefined): Doc[] {
  const id = query?._id
  if (typeof id === 'string') return store.byIds(collection, [id])
  const list = id && typeof id === 'object' ? (id as { $in?: unknown }).$in : undefined
  if (Array.isArray(list) && Object.keys(id as object).length === 1 && list.every((v) => typeof v === 'string')) return store.byIds(collection, list)
  // The narrowest of the pinned fields, as a query planner would pick the most selective index.
  let narrowest: string[] | null = null
  for (const pin of query ? pinnedFields(query) : []) {
    const ids = store.idsWhere(collection, pin.field, pin.values)
    if (!narrowest || ids.length < narrowest.length) narrowest = ids
  }
  return narrowest ? store.byIds(collection, narrowest) : store.all(collection)
}

/** Fisher-Yates, on a copy. */
function shuffled<T>(list: T[]): T[] {
  const out = [...list]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

export function select(docs: Doc[], s: Selection): Doc[] {
  const sorted = !!s.order && Object.keys(s.order).length > 0
  // MongoDB promises no order among documents with equal sort keys, and it does change
  // between requests: ties come out in a new random order each time, so paging that
  // lacks a unique last sort key fails here as it would on the service.
  let cursor = compile(s.query).find<Doc>(sorted ? shuffled(docs) : docs, s.projection as never)
  if (sorted) cursor = cursor.sort(s.order!)
  if (s.offset) cursor = cursor.skip(s.offset)
  if (s.limit !== undefined) cursor = cursor.limit(s.limit)
  return cursor.all()
}

export function matching(docs: Doc[], query: Doc | undefined): Doc[] {
  const q = compile(query)
  return docs.filter((d) => q.test(d))
}
