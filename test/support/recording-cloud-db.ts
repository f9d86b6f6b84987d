// A recording stand-in for the wx-server-sdk database: it writes down every call the
// CloudBase adapter makes and answers each terminal call (get, count, add, update, set,
// remove) with the next scripted answer. It keeps no data and evaluates no query.
import type { CloudCommand, CloudDb, CloudDocRef, CloudQuery, CloudTransaction, CloudTxCollection } from '../../server/adapters/cloudbase/cloud-db'

/** One step of a call chain: method name and arguments. */
export type Step = [string, ...unknown[]]

/** A command as the fake builds it, easy to compare: { cmd: 'gt', args: [1] }. */
export const cmd = (name: string, ...args: unknown[]) => ({ cmd: name, args })

export class RecordingCloudDb implements CloudDb {
  /** Every terminal call, as the chain of steps that led to it. */
  readonly calls: Step[][] = []
  private readonly answers: unknown[] = []

  readonly command: CloudCommand = {
    eq: (v) => cmd('eq', v),
    neq: (v) => cmd('neq', v),
    in: (l) => cmd('in', l),
    gt: (v) => cmd('gt', v),
    gte: (v) => cmd('gte', v),
    lt: (v) => cmd('lt', v),
    lte: (v) => cmd('lte', v),
    all: (l) => cmd('all', l),
    and: (...c) => cmd('and', ...c),
    set: (v) => cmd('set', v),
    inc: (n) => cmd('inc', n),
    remove: () => cmd('remove'),
  }

  RegExp(opts: { regexp: string; options?: string }) {
    return { regexp: opts }
  }

  /** Queues answers for the next terminal calls, in order; an Error answer rejects. */
  answer(...answers: unknown[]): this {
    this.answers.push(...answers)
    return this
  }

  get pending(): number {
    return this.answers.length
  }

  private end(chain: Step[]): Promise<never> {
    this.calls.push(chain)
    if (this.answers.length === 0) return Promise.reject(new Error(`no scripted answer for ${JSON.stringify(chain)}`))
    const next = this.answers.shift()
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next as never)
  }

  private query(chain: Step[]): CloudQuery & CloudTxCollection {
    return {
      where: (c) => this.query([...chain, ['where', c]]),
      orderBy: (f, d) => this.query([...chain, ['orderBy', f, d]]),
      skip: (n) => this.query([...chain, ['skip', n]]),
      limit: (n) => this.query([...chain, ['limit', n]]),
      field: (p) => this.query([...chain, ['field', p]]),
      get: () => this.end([...chain, ['get']]),
      count: () => this.end([...chain, ['count']]),
      update: (o) => this.end([...chain, ['update', o]]),
      remove: () => this.end([...chain, ['remove']]),
      add: (o) => this.end([...chain, ['add', o]]),
      doc: (id) => this.doc([...chain, ['doc', id]]),
    }
  }

  private doc(chain: Step[]): CloudDocRef {
    return {
      get: () => this.end([...chain, ['get']]),
      set: (o) => this.end([...chain, ['set', o]]),
      update: (o) => this.end([...chain, ['update', o]]),
      remove: () => this.end([...chain, ['remove']]),
    }
  }

  collection(name: string) {
    return this.query([['collection', name]])
  }

  async runTransaction<R>(fn: (t: CloudTransaction) => Promise<R>): Promise<R> {
    const tx: CloudTransaction = {
      collection: (name) => {
        const q = this.query([['tx'], ['collection', name]])
        return { doc: q.doc, add: q.add }
      },
    }
    return fn(tx)
  }
}
