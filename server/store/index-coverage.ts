// Which declared index serves a query. The cloud database needs an index for every
// queried field (and a compound index serves its prefix); a query no index serves is a
// full scan that times out at district scale. Used by the tests and the deploy checks.
import { MANIFEST, type CollectionName, type IndexSpec } from './manifest'

export interface QueryShape {
  collection: CollectionName
  /** Fields in the where clause. */
  fields: string[]
  orderBy: string[]
}

/** Small collections read whole on purpose (the org tree is cached per instance). */
export const SCAN_OK: ReadonlySet<CollectionName> = new Set(['orgs'])

export function servingIndex(q: QueryShape): IndexSpec | 'primary' | 'scan' | null {
  const fields = [...new Set(q.fields)]
  if (fields.length === 0) return SCAN_OK.has(q.collection) || q.orderBy.every((f) => f === '_id') ? (SCAN_OK.has(q.collection) ? 'scan' : null) : null
  if (fields.every((f) => f === '_id')) return 'primary'
  const indexes = MANIFEST[q.collection] as readonly IndexSpec[]
  for (const idx of indexes) {
    const names = idx.fields.map(([f]) => f)
    const covered = (f: string) => f === '_id' || names.includes(f)
    // The index must start with a queried field (so it narrows), and hold every field used.
    if (fields.includes(names[0]!) && fields.every(covered) && q.orderBy.every(covered)) return idx
  }
  return null
}

export const shapeKey = (q: QueryShape) => `${q.collection}(${[...new Set(q.fields)].sort().join(',')})${q.orderBy.length ? ` order by ${q.orderBy.join(',')}` : ''}`
