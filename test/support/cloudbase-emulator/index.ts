// An offline CloudBase for tests: the real wx-server-sdk talks to this loopback server as
// it would to the service, and the server answers with MongoDB semantics (mingo), the
// service's page cap, 16 MB documents, unique _id, snapshot transactions of doc(id)
// operations, cloud storage and the openapi calls the project makes. It proves what the
// SDK sends and how the adapters read the answers; not the service's exact error texts,
// indexes, quotas or latency.
//
//   const emu = await startCloudEmulator({ pageCap: 100 })
//   const cloud = initCloudSdkAgainst(emu)           // the initialised wx-server-sdk
//   const db = cloud.database({ throwOnNotFound: false })
//   ... emu.openapi.answerSubscribe(43101); emu.db.all('users'); await emu.close()
//
// A bundled cloud function needs no serviceUrl: Object.assign(process.env, emu.env) before
// it runs, and its cloud.init({ env: DYNAMIC_CURRENT_ENV }) reaches the emulator.
// wx-server-sdk is a singleton (init works once per loaded module): a test that needs a
// second emulator, or a fresh SDK, loads one inside jest.isolateModules (see ./sdk).
import { COLLECTIONS } from '../../../server/store/manifest'
import { DocumentStore } from './documents'
import type { Doc } from './ejson'
import { OpenApiEmulator } from './openapi'
import { listen, type Backends } from './server'
import { StorageEmulator } from './storage'
import { Transactions } from './transactions'

export { initCloudSdkAgainst, type WxServerSdk } from './sdk'
export { guardNetwork, type NetworkGuard } from './network-guard'
export { MAX_DOCUMENT_BYTES } from './updates'

export interface EmulatorOptions {
  /** Most documents one query answers (the service: 1000; older SDK defaults: 100). */
  pageCap?: number
  envId?: string
  /**
   * The collections the environment has: by default every one of the manifest, as after
   * a deploy; [] for an empty environment. Others are created with db.createCollection.
   */
  collections?: readonly string[]
  /** The clock temporary file URLs expire by (ms since the epoch). */
  now?: () => number
  /** Milliseconds added to every answer, as the round trip to the real service (benchmarks). */
  latencyMs?: number
}

export interface CloudEmulator {
  /** The service URL (serviceUrl of cloud.init). */
  readonly url: string
  readonly envId: string
  /**
   * The environment a cloud function sees, pointing the SDK here: TCB_CONTEXT_CNFG's URL
   * (how the platform injects the service address), TCB_ENV for DYNAMIC_CURRENT_ENV,
   * TENCENTCLOUD=true (skips the metadata probe) and placeholder API keys.
   */
  readonly env: Record<string, string>
  readonly pageCap: number
  readonly openapi: OpenApiEmulator
  readonly storage: StorageEmulator
  /** Inspection of the committed data. */
  readonly db: {
    createCollection(name: string): boolean
    get(collection: string, id: string): Doc | null
    all(collection: string): Doc[]
    collections(): string[]
    /** started / committed / aborted / conflicts, and how many are still open. */
    transactions(): { started: number; committed: number; aborted: number; conflicts: number; open: number }
    /**
     * Benchmarks' seeding only (scripts/bench/cloud-jobs.ts): stores documents, already in
     * their stored form (_id, _rev, EJSON-plain fields), as committed writes without a
     * request. What is measured afterwards still goes through the SDK.
     */
    put(collection: string, docs: Doc[]): void
  }
  /** Every action received, and those not emulated (a test should expect none). */
  readonly actions: string[]
  readonly unsupported: string[]
  /** Changes the round trip added to every answer (seed at 0, then measure at the RTT). */
  setLatency(ms: number): void
  close(): Promise<void>
}

export async function startCloudEmulator(opts: EmulatorOptions = {}): Promise<CloudEmulator> {
  const pageCap = opts.pageCap ?? 1000
  const envId = opts.envId ?? 'anju-emulated-0a1b'
  const store = new DocumentStore()
  for (const name of opts.collections ?? COLLECTIONS) store.createCollection(name)
  const txs = new Transactions(store)
  let base = ''
  const storage = new StorageEmulator(() => base, envId, opts.now)
  const openapi = new OpenApiEmulator()
  const backends: Backends = { db: { store, txs, pageCap }, storage, openapi, actions: [], unsupported: [], latencyMs: opts.latencyMs ?? 0 }
  const server = await listen(backends)
  base = `http://127.0.0.1:${server.port}`
  const url = `${base}/admin`
  return {
    url,
    envId,
    pageCap,
    env: {
      TENCENTCLOUD: 'true',
      TCB_ENV: envId,
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: url }),
      TENCENTCLOUD_SECRETID: 'AKIDemulatedemulatedemulated',
      TENCENTCLOUD_SECRETKEY: 'emulatedemulatedemulatedemulated',
    },
    openapi,
    storage,
    db: {
      createCollection: (name) => store.createCollection(name),
      get: (collection, id) => store.read(collection, id),
      all: (collection) => store.all(collection).map((d) => store.read(collection, String(d._id))!),
      collections: () => store.collectionNames(),
      transactions: () => ({ ...txs.stats, open: txs.openCount }),
      put: (collection, docs) => {
        for (const d of docs) store.write(collection, String(d._id), d)
      },
    },
    actions: backends.actions,
    unsupported: backends.unsupported,
    setLatency: (ms) => {
      backends.latencyMs = ms
    },
    close: server.close,
  }
}
