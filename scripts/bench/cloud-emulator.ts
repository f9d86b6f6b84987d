// The CloudBase emulator of the cloud bench, in a process of its own
// (cloud-emulator-child.ts): at district size it holds the whole district in memory, and
// the bench's process is the cloud function, whose peak memory must be its own. The
// parent asks over the fork's IPC channel how many requests were made, sets the round
// trip, and seeds (bench-only: documents stored as committed, without requests).
import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { docBody } from '../../server/adapters/cloudbase/cloudbase-query'
import type { Store, StoredDoc } from '../../server/ports/store'
import type { CollectionName } from '../../server/store/manifest'
import type { ChildReady, ChildRequest } from './cloud-emulator-child'

type Distributive<T> = T extends unknown ? Omit<T, 'id'> : never

export interface BenchEmulator {
  url: string
  envId: string
  env: Record<string, string>
  /** Requests the emulator has answered so far (database, storage and openapi). */
  requests(): Promise<number>
  setLatency(ms: number): Promise<void>
  put(collection: CollectionName, docs: Array<Record<string, unknown> & { _id: string }>): Promise<void>
  patch(collection: CollectionName, id: string, patch: Record<string, unknown>): Promise<boolean>
  /** Requests answered from the `from`-th on, by action. */
  tally(from: number): Promise<Record<string, number>>
  /** Per collection: documents and BSON bytes stored. */
  sizes(): Promise<Record<string, { documents: number; bytes: number }>>
  unsupported(): Promise<string[]>
  /** CPU seconds the emulator's process has used. */
  cpuSeconds(): Promise<number>
  /** The round trip now added to each request, in ms. */
  readonly latencyMs: number
  close(): Promise<void>
}

export async function startBenchEmulator(): Promise<BenchEmulator> {
  const child: ChildProcess = fork(path.join(__dirname, 'cloud-emulator-child.ts'), [], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  let next = 1
  const waiting = new Map<number, (v: unknown) => void>()
  const ready = new Promise<ChildReady>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`the emulator exited with ${code}`)))
    child.on('message', (m: ChildReady | { id: number; value: unknown }) => {
      if ('ready' in m) return resolve(m)
      waiting.get(m.id)?.(m.value)
      waiting.delete(m.id)
    })
  })
  const ask = <T>(req: Distributive<ChildRequest>): Promise<T> =>
    new Promise((resolve) => {
      const id = next++
      waiting.set(id, resolve as (v: unknown) => void)
      child.send({ ...req, id })
    })
  const r = await ready
  child.removeAllListeners('exit')
  let latencyMs = 0
  return {
    get latencyMs() {
      return latencyMs
    },
    cpuSeconds: () => ask<number>({ op: 'cpu' }),
    url: r.url,
    envId: r.envId,
    env: r.env,
    requests: () => ask<number>({ op: 'requests' }),
    setLatency: (ms) => ((latencyMs = ms), ask({ op: 'latency', ms })),
    // The stored form CloudBaseStore.insertMany writes: the body as JSON, the id, revision 1.
    put: (collection, docs) => ask({ op: 'put', collection, docs: docs.map((d) => ({ ...docBody(d), _id: d._id, _rev: 1 })) }),
    patch: (collection, docId, patch) => ask<boolean>({ op: 'patch', collection, docId, patch: docBody({ ...patch, _id: docId }) }),
    tally: (from) => ask<Record<string, number>>({ op: 'tally', from }),
    sizes: () => ask<Record<string, { documents: number; bytes: number }>>({ op: 'sizes' }),
    unsupported: () => ask<string[]>({ op: 'unsupported' }),
    close: () => ask({ op: 'close' }),
  }
}

/**
 * Bench-only seeding: a Store whose bulk inserts and updates go straight into the
 * emulator's storage (no requests: a district through the SDK took ~5 ms a household).
 * Only what seedScale uses is there; anything else is refused.
 */
export function directSeedStore(emu: BenchEmulator): Store {
  const refuse = () => Promise.reject(new Error('directSeedStore: only insertMany and update'))
  return {
    remote: true,
    collection: <N extends CollectionName>(name: N) =>
      ({
        insertMany: async (docs: StoredDoc[]) => {
          for (let i = 0; i < docs.length; i += 2000) await emu.put(name, docs.slice(i, i + 2000) as never)
        },
        update: (id: string, patch: Record<string, unknown>) => emu.patch(name, id, patch),
        get: refuse,
        insert: refuse,
        set: refuse,
        remove: refuse,
        getMany: refuse,
        find: refuse,
        count: refuse,
      }) as never,
    transaction: refuse,
    health: async () => ({ engine: 'seed' }),
    close: async () => {},
  }
}
