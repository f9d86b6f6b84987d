// The document store every backend service uses. It is shaped after the WeChat Cloud
// database (documents with an _id in named collections, equality and range filters, and
// transactions limited to single-document operations), so that what runs locally on
// SQLite runs unchanged on CloudBase.
import type { CollectionName } from '../store/manifest'
import type { DocOf } from '../store/collections'

export type Scalar = string | number | boolean | null

export interface FieldOps {
  $in?: Scalar[]
  $ne?: Scalar
  $gt?: Scalar
  $gte?: Scalar
  $lt?: Scalar
  $lte?: Scalar
  /** The array field contains this element. */
  $has?: Scalar
  /** Case-sensitive substring match; used only on small, already-filtered sets. */
  $contains?: string
}

/** The top-level fields of a document, as a filter, a sort or a field list may name them. */
export type FieldOf<T> = Extract<keyof T, string>

/** A filter as the adapters read it, whatever the document. */
export type AnyWhere = Record<string, Scalar | FieldOps>

/** A filter on T's own fields: a misspelt or foreign field is a type error (any field for a free-form T). */
export type Where<T = Record<string, unknown>> = string extends FieldOf<T> ? AnyWhere : { [K in FieldOf<T>]?: Scalar | FieldOps }

export interface FindOptions<T = Record<string, unknown>> {
  where?: Where<T>
  orderBy?: Array<[field: FieldOf<T>, dir: 'asc' | 'desc']>
  limit?: number
  skip?: number
  /**
   * Return only these top-level fields (with _id and _rev): for counting over many
   * documents, where reading whole documents cost most of the time.
   */
  fields?: Array<FieldOf<T>>
}

export interface StoredDoc {
  _id: string
  /** Revision, raised by every update; guards concurrent edits. */
  _rev?: number
}

/** Operations allowed everywhere, including inside a transaction. */
export interface DocOps<T extends StoredDoc> {
  get(id: string): Promise<T | null>
  /** Insert a new document; CONFLICT if the id exists (a replayed retryable write). */
  insert(doc: Omit<T, '_rev'>): Promise<void>
  /** Create or replace. */
  set(doc: Omit<T, '_rev'> & { _rev?: number }): Promise<void>
  /**
   * Merge top-level fields into a document. With ifRev the write happens only when the
   * stored revision matches, else CONFLICT. Returns false when the document is missing.
   */
  update(id: string, patch: Partial<Omit<T, '_id' | '_rev'>>, opts?: { ifRev?: number }): Promise<boolean>
  remove(id: string): Promise<void>
}

export interface Collection<T extends StoredDoc> extends DocOps<T> {
  getMany(ids: string[]): Promise<T[]>
  find(opts?: FindOptions<T>): Promise<T[]>
  count(where?: Where<T>): Promise<number>
  /** Insert many new documents at once (seeding, imports); CONFLICT on any existing id. */
  insertMany(docs: Array<Omit<T, '_rev'>>): Promise<void>
  /**
   * Applies the patch to every document the (non-empty) filter matches, each atomically
   * with its match (a document another writer changed so that it no longer matches is left
   * alone), and bumps each one's revision. Returns how many were changed. Not one
   * transaction: for claims and settlements of many documents in one request.
   */
  updateWhere(where: Where<T>, patch: Partial<Omit<T, '_id' | '_rev'>>): Promise<number>
}

export interface TxStore {
  collection<N extends CollectionName>(name: N): DocOps<DocOf<N>>
}

export interface Store {
  /**
   * Each call is a network round trip (CloudBase, tens of ms): one larger read beats two
   * small ones. False for the embedded engine, which answers in microseconds and where a
   * read's cost is the rows it reads.
   */
  readonly remote: boolean
  /** The collection and its document type, from the collection map (store/collections.ts). */
  collection<N extends CollectionName>(name: N): Collection<DocOf<N>>
  /**
   * Runs fn atomically. Inside, only single-document operations exist, as in
   * CloudBase's runTransaction; a thrown error rolls everything back.
   */
  transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R>
  health(): Promise<Record<string, unknown>>
  close(): Promise<void>
}
