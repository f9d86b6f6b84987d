// Copies the SQLite write-ahead log back into the database file from a worker thread.
// Left to SQLite, the commit that crosses the log's size limit (1,000 pages) does the
// copy itself, on the request's thread: at district scale one such commit took 0.4 s and
// held every request behind it. A PASSIVE checkpoint on a connection of its own never
// blocks the writer or the readers, and runs on the machine's other core. The store keeps
// SQLite's own checkpoint as a backstop at a larger size, for writes so continuous (a
// 100,000-row import) that the worker never finds a quiet moment to finish: without it
// the log grew to 3-4 GB.
import { Worker } from 'node:worker_threads'

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file)
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
  } catch (err) {
    parentPort.postMessage({ error: String(err && err.message || err) })
  }
}
const timer = setInterval(checkpoint, workerData.everyMs)
parentPort.on('message', (m) => {
  if (m === 'close') {
    clearInterval(timer)
    checkpoint()
    db.close()
    parentPort.postMessage({ closed: true })
  }
})
`

export class WalCheckpointer {
  private readonly worker: Worker
  private closed: Promise<void> | null = null

  constructor(file: string, everyMs = 1000, onError: (message: string) => void = () => {}) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, everyMs, driver: require.resolve('better-sqlite3') } })
    this.worker.on('message', (m: { error?: string }) => m.error && onError(m.error))
    this.worker.on('error', (err) => onError(err.message))
    // A store someone forgot to close must not keep the process alive.
    this.worker.unref()
  }

  /** Runs a last checkpoint and stops the thread. */
  close(): Promise<void> {
    // Held again while closing: an unreferenced worker would let the process end before
    // the last checkpoint's answer, and with it everything awaiting close().
    this.worker.ref()
    this.closed ??= new Promise<void>((resolve) => {
      const done = () => void this.worker.terminate().finally(resolve)
      this.worker.once('message', done)
      this.worker.once('exit', () => resolve())
      this.worker.postMessage('close')
    })
    return this.closed
  }
}
