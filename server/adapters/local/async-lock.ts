// better-sqlite3 runs on one connection. A transaction spans awaits, so other requests
// must not interleave their statements with it: every store operation takes this lock.
import { AsyncLocalStorage } from 'node:async_hooks'

export class AsyncLock {
  private tail: Promise<void> = Promise.resolve()
  private readonly holder = new AsyncLocalStorage<boolean>()

  /** True when the current async call chain already holds the lock. */
  get held(): boolean {
    return this.holder.getStore() === true
  }

  async run<R>(fn: () => R | Promise<R>): Promise<R> {
    if (this.held) {
      // Waiting here would deadlock: the code inside a transaction used the outer store.
      throw new Error('store used outside its transaction handle while a transaction is open')
    }
    let release!: () => void
    const previous = this.tail
    this.tail = new Promise<void>((r) => (release = r))
    await previous
    try {
      return await this.holder.run(true, fn)
    } finally {
      release()
    }
  }
}
