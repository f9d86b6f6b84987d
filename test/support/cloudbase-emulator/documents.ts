// The emulator's committed data: every collection keeps, per document, the versions still
// visible to an open snapshot transaction (multi-version, as MongoDB's snapshot reads).
// A version is stamped with the sequence number of the write that made it.
import { clone, type Doc } from './ejson'

interface Version {
  seq: number
  /** null: removed at this seq. */
  doc: Doc | null
}

export class DocumentStore {
  private seq = 0
  private readonly collections = new Map<string, Map<string, Version[]>>()
  /** Snapshot seq → number of open transactions reading at it. */
  private readonly snapshots = new Map<number, number>()
  /**
   * collection → field → string value → ids of every document any version of which held
   * that value (a superset: callers test the documents against the query again). Built the
   * first time a query pins the field, as the service's indexes (the manifest's) spare it a
   * scan; without it a district-size benchmark would time the emulator's scans.
   */
  private readonly fieldIndexes = new Map<string, Map<string, Map<string, Set<string>>>>()

  /** The sequence number of the last committed write. */
  get now(): number {
    return this.seq
  }

  /** Creates an empty collection; false when it exists already. */
  createCollection(collection: string): boolean {
    if (this.collections.has(collection)) return false
    this.collections.set(collection, new Map())
    return true
  }

  hasCollection(collection: string): boolean {
    return this.collections.has(collection)
  }

  private versions(collection: string): Map<string, Version[]> {
    return this.collections.get(collection) ?? new Map()
  }

  /** The collection a write goes to; the handlers refuse missing ones before writing. */
  private writable(collection: string): Map<string, Version[]> {
    const c = this.collections.get(collection)
    if (!c) throw new Error(`emulator: write to the missing collection ${collection}`)
    return c
  }

  /** A document as of a snapshot (latest without one); a copy the caller may change. */
  read(collection: string, id: string, at?: number): Doc | null {
    const found = visible(this.versions(collection).get(id), at)
    return found ? clone(found) : null
  }

  /** The seq of the last write of a document, 0 if it was never written. */
  lastWrite(collection: string, id: string): number {
    const list = this.versions(collection).get(id)
    return list && list.length ? list[list.length - 1]!.seq : 0
  }

  /** Every live document of a collection as of a snapshot, in insertion order (not copied). */
  all(collection: string, at?: number): Doc[] {
    const out: Doc[] = []
    for (const list of this.versions(collection).values()) {
      const doc = visible(list, at)
      if (doc) out.push(doc)
    }
    return out
  }

  /** The live documents among these ids as of a snapshot: the _id index. */
  byIds(collection: string, ids: string[], at?: number): Doc[] {
    const c = this.versions(collection)
    const out: Doc[] = []
    for (const id of new Set(ids)) {
      const doc = visible(c.get(id), at)
      if (doc) out.push(doc)
    }
    return out
  }

  /**
   * The ids of the documents whose top-level `field` is (or, for an array, contains) one
   * of these strings, in any version still kept: candidates for the query to test again.
   */
  idsWhere(collection: string, field: string, values: string[]): string[] {
    const index = this.fieldIndex(collection, field)
    const out = new Set<string>()
    for (const v of values) for (const id of index.get(v) ?? []) out.add(id)
    return [...out]
  }

  private fieldIndex(collection: string, field: string): Map<string, Set<string>> {
    let byField = this.fieldIndexes.get(collection)
    if (!byField) this.fieldIndexes.set(collection, (byField = new Map()))
    let index = byField.get(field)
    if (index) return index
    index = new Map()
    byField.set(field, index)
    for (const [id, list] of this.versions(collection)) for (const v of list) if (v.doc) indexValue(index, id, v.doc[field])
    return index
  }

  private indexWrite(collection: string, id: string, doc: Doc | null): void {
    const byField = this.fieldIndexes.get(collection)
    if (!byField || !doc) return
    for (const [field, index] of byField) indexValue(index, id, doc[field])
  }

  /** Commits a write (doc null removes) and returns its seq. */
  write(collection: string, id: string, doc: Doc | null): number {
    const c = this.writable(collection)
    this.indexWrite(collection, id, doc)
    const seq = ++this.seq
    const list = c.get(id) ?? []
    list.push({ seq, doc: doc ? clone(doc) : null })
    this.prune(c, id, list)
    return seq
  }

  /** Writes several at one seq: a committed transaction becomes visible at once. */
  writeAll(writes: Array<{ collection: string; id: string; doc: Doc | null }>): number {
    const seq = ++this.seq
    for (const w of writes) {
      const c = this.writable(w.collection)
      this.indexWrite(w.collection, w.id, w.doc)
      const list = c.get(w.id) ?? []
      list.push({ seq, doc: w.doc ? clone(w.doc) : null })
      this.prune(c, w.id, list)
    }
    return seq
  }

  openSnapshot(): number {
    this.snapshots.set(this.seq, (this.snapshots.get(this.seq) ?? 0) + 1)
    return this.seq
  }

  closeSnapshot(at: number): void {
    const n = (this.snapshots.get(at) ?? 1) - 1
    if (n > 0) this.snapshots.set(at, n)
    else this.snapshots.delete(at)
  }

  collectionNames(): string[] {
    return [...this.collections.keys()]
  }

  /** Drops versions no open snapshot can see any more. */
  private prune(c: Map<string, Version[]>, id: string, list: Version[]): void {
    const oldest = this.snapshots.size ? Math.min(...this.snapshots.keys()) : Infinity
    while (list.length > 1 && list[1]!.seq <= oldest) list.shift()
    if (list.length === 1 && list[0]!.doc === null && oldest === Infinity) c.delete(id)
    else c.set(id, list)
  }
}

function indexValue(index: Map<string, Set<string>>, id: string, value: unknown): void {
  for (const v of Array.isArray(value) ? value : [value]) {
    if (typeof v !== 'string') continue
    let ids = index.get(v)
    if (!ids) index.set(v, (ids = new Set()))
    ids.add(id)
  }
}

function visible(list: Version[] | undefined, at?: number): Doc | null {
  if (!list) return null
  for (let i = list.length - 1; i >= 0; i--) {
    const v = list[i]!
    if (at === undefined || v.seq <= at) return v.doc
  }
  return null
}
