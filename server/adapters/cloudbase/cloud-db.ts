// The part of the wx-server-sdk database API the CloudBase adapters use, as structural
// types: the adapters take the database by injection, so only the cloud entry imports
// wx-server-sdk, and tests can hand in a recording fake.

/** A value built by db.command or db.RegExp; opaque to the adapter. */
export type CloudCond = unknown

export interface CloudCommand {
  eq(v: unknown): CloudCond
  neq(v: unknown): CloudCond
  in(list: unknown[]): CloudCond
  gt(v: unknown): CloudCond
  gte(v: unknown): CloudCond
  lt(v: unknown): CloudCond
  lte(v: unknown): CloudCond
  all(list: unknown[]): CloudCond
  and(...conds: object[]): CloudCond
  /** Update operators. */
  set(v: unknown): CloudCond
  inc(n: number): CloudCond
  remove(): CloudCond
}

export type CloudRow = Record<string, unknown>

export interface CloudQuery {
  where(cond: object): CloudQuery
  orderBy(field: string, dir: 'asc' | 'desc'): CloudQuery
  skip(n: number): CloudQuery
  limit(n: number): CloudQuery
  /** Projection: { field: true } for each field to return. */
  field(projection: Record<string, true>): CloudQuery
  get(): Promise<{ data: CloudRow[] }>
  count(): Promise<{ total: number }>
  update(opts: { data: object }): Promise<{ stats: { updated: number } }>
  /** Removes every match; the adapter never does, the contract test's clean-up does. */
  remove(): Promise<unknown>
}

export interface CloudDocRef {
  /** data is null for a missing document when the database has throwOnNotFound: false. */
  get(): Promise<{ data: CloudRow | CloudRow[] | null }>
  set(opts: { data: object }): Promise<unknown>
  update(opts: { data: object }): Promise<{ stats: { updated: number } }>
  remove(): Promise<unknown>
}

/** Inside runTransaction only single-document operations exist. */
export interface CloudTxCollection {
  doc(id: string): CloudDocRef
  add(opts: { data: object }): Promise<unknown>
}

export interface CloudCollection extends CloudQuery, CloudTxCollection {
  add(opts: { data: object | object[] }): Promise<unknown>
}

export interface CloudTransaction {
  collection(name: string): CloudTxCollection
}

export interface CloudDb {
  collection(name: string): CloudCollection
  readonly command: CloudCommand
  RegExp(opts: { regexp: string; options?: string }): CloudCond
  runTransaction<R>(fn: (t: CloudTransaction) => Promise<R>, retries?: number): Promise<R>
}
