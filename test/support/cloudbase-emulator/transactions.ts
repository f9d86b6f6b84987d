// Snapshot transactions, as MongoDB runs them under CloudBase: a transaction reads the
// data as of its start plus its own writes; its writes stay private until commit. A write
// to a document that another open transaction has written, or that changed after the
// snapshot, is a write conflict: the transaction is aborted and the write refused with
// DATABASE_TRANSACTION_CONFLICT. A write outside any transaction is not blocked; the open
// transaction that wrote the same document then fails at commit with the same code, which
// is the case wx-server-sdk's runTransaction retries.
import crypto from 'node:crypto'
import type { DocumentStore } from './documents'
import { clone, type Doc } from './ejson'
import { requestFailed, transactionConflict } from './errors'

interface PendingWrite {
  collection: string
  id: string
  doc: Doc | null
}

export interface Transaction {
  readonly id: string
  readonly snapshot: number
  state: 'open' | 'committed' | 'aborted'
  readonly writes: Map<string, PendingWrite>
}

const key = (collection: string, id: string): string => `${collection}\u0000${id}`

export class Transactions {
  private readonly open = new Map<string, Transaction>()
  /** Document key → the open transaction that has written it. */
  private readonly holders = new Map<string, string>()
  /** Counts for inspection: started, committed, aborted, conflicts. */
  readonly stats = { started: 0, committed: 0, aborted: 0, conflicts: 0 }

  constructor(private readonly store: DocumentStore) {}

  start(): Transaction {
    const tx: Transaction = { id: crypto.randomBytes(12).toString('hex'), snapshot: this.store.openSnapshot(), state: 'open', writes: new Map() }
    this.open.set(tx.id, tx)
    this.stats.started++
    return tx
  }

  /** The open transaction with this id; an ended or unknown one is refused. */
  get(id: unknown): Transaction {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined
    if (!tx) throw requestFailed(`transaction ${String(id)} is not open (unknown, committed or aborted)`)
    return tx
  }

  read(tx: Transaction, collection: string, id: string): Doc | null {
    const own = tx.writes.get(key(collection, id))
    if (own) return own.doc ? clone(own.doc) : null
    return this.store.read(collection, id, tx.snapshot)
  }

  write(tx: Transaction, collection: string, id: string, doc: Doc | null): void {
    const k = key(collection, id)
    const holder = this.holders.get(k)
    if ((holder && holder !== tx.id) || this.store.lastWrite(collection, id) > tx.snapshot) {
      this.stats.conflicts++
      this.end(tx, 'aborted')
      throw transactionConflict()
    }
    this.holders.set(k, tx.id)
    tx.writes.set(k, { collection, id, doc: doc ? clone(doc) : null })
  }

  commit(tx: Transaction): void {
    for (const w of tx.writes.values()) {
      if (this.store.lastWrite(w.collection, w.id) > tx.snapshot) {
        this.stats.conflicts++
        this.end(tx, 'aborted')
        throw transactionConflict()
      }
    }
    if (tx.writes.size) this.store.writeAll([...tx.writes.values()])
    this.end(tx, 'committed')
  }

  abort(tx: Transaction): void {
    this.end(tx, 'aborted')
  }

  /** Aborting a transaction the service already ended is not an error (the SDK does it after a conflict). */
  abortById(id: unknown): void {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined
    if (tx) this.abort(tx)
  }

  get openCount(): number {
    return this.open.size
  }

  private end(tx: Transaction, state: 'committed' | 'aborted'): void {
    if (tx.state !== 'open') return
    tx.state = state
    this.stats[state]++
    for (const k of tx.writes.keys()) if (this.holders.get(k) === tx.id) this.holders.delete(k)
    this.open.delete(tx.id)
    this.store.closeSnapshot(tx.snapshot)
  }
}
