// What the CloudBase emulator does where the real service bites, seen through the real
// wx-server-sdk: the page cap, the 16 MB document limit, the unique _id, transactions
// that allow only doc(id) operations and conflict at commit, the address a cloud
// function is given by its environment, and a process kept off the network.
import dns from 'node:dns'
import http from 'node:http'
import { CloudBaseStore } from '../../../server/adapters/cloudbase/cloudbase-store'
import type { CloudCollection, CloudDb } from '../../../server/adapters/cloudbase/cloud-db'
import type { StoredDoc } from '../../../server/ports/store'
import { freeCollection } from '../../support/free-docs'
import { COLLECTIONS } from '../../../server/store/manifest'
import {
  MAX_DOCUMENT_BYTES,
  guardNetwork,
  initCloudSdkAgainst,
  startCloudEmulator,
  type CloudEmulator,
  type NetworkGuard,
  type WxServerSdk,
} from '../../support/cloudbase-emulator'

interface Doc extends StoredDoc {
  [field: string]: unknown
}

/** db.startTransaction(), which the adapters do not use (they use runTransaction). */
interface OpenTransaction {
  collection(name: string): CloudCollection
  commit(): Promise<unknown>
}

let guard: NetworkGuard
let emu: CloudEmulator
let db: CloudDb

beforeAll(async () => {
  guard = guardNetwork()
  emu = await startCloudEmulator({ pageCap: 100 })
  db = initCloudSdkAgainst(emu).database({ throwOnNotFound: false })
})

afterAll(async () => {
  await emu?.close()
  guard?.restore()
  expect(emu.unsupported).toEqual([])
})

it('a collection the environment lacks is refused for reads, counts and writes until it is created', async () => {
  const empty = await startCloudEmulator({ collections: [] })
  let fresh!: WxServerSdk
  jest.isolateModules(() => {
    fresh = initCloudSdkAgainst(empty)
  })
  try {
    const edb = fresh.database({ throwOnNotFound: false }) as CloudDb & { createCollection(name: string): Promise<unknown> }
    await expect(edb.collection('users').where({ openid: 'o' }).get()).rejects.toThrow(/not exist/)
    await expect(edb.collection('users').count()).rejects.toThrow(/not exist/)
    await expect(edb.collection('users').add({ data: { _id: 'u1' } })).rejects.toThrow(/not exist/)
    await edb.createCollection('users')
    await edb.collection('users').add({ data: { _id: 'u1' } })
    expect(empty.db.collections()).toEqual(['users'])
    await expect(edb.createCollection('users')).rejects.toThrow(/already exist/)
  } finally {
    await empty.close()
    Object.assign(process.env, emu.env)
  }
  // The default environment has every collection of the manifest, as after a deploy.
  expect(emu.db.collections()).toEqual(expect.arrayContaining([...COLLECTIONS]))
})

it('a get asking for 1000 documents receives at most the page cap', async () => {
  await db.collection('audit').add({ data: Array.from({ length: 150 }, (_, i) => ({ _id: `cap-${i}`, tag: 'cap' })) })
  const { data } = await db.collection('audit').where({ tag: 'cap' }).limit(1000).get()
  expect(data).toHaveLength(100)
  expect((await db.collection('audit').where({ tag: 'cap' }).count()).total).toBe(150)
})

it('a query by a field finds what writes since put there, in and out of transactions, and not what they took away', async () => {
  const col = db.collection('audit')
  await col.add({ data: [{ _id: 'ix-1', place: 'east' }, { _id: 'ix-2', place: 'east' }, { _id: 'ix-3', place: ['north', 'east'] }, { _id: 'ix-4', place: 'west' }] })
  const ids = async (where: object) => ((await col.where(where).get()).data as Doc[]).map((d) => d._id).sort()
  // The first query by `place` builds the emulator's index of it; what follows must keep it right.
  expect(await ids({ place: 'east' })).toEqual(['ix-1', 'ix-2', 'ix-3'])
  await col.doc('ix-1').update({ data: { place: 'west' } })
  await db.runTransaction(async (t) => {
    await t.collection('audit').doc('ix-2').set({ data: { place: 'south' } })
  })
  await col.doc('ix-4').remove()
  await col.add({ data: { _id: 'ix-5', place: 'east' } })
  expect(await ids({ place: 'east' })).toEqual(['ix-3', 'ix-5'])
  expect(await ids({ place: 'west' })).toEqual(['ix-1'])
  expect(await ids({ place: db.command.in(['south', 'north']) })).toEqual(['ix-2', 'ix-3'])
  expect((await col.where({ place: 'west' }).count()).total).toBe(1)
})

it('a document over 16 MB is refused, on insert and when an update would grow it past the limit', async () => {
  const big = 'x'.repeat(MAX_DOCUMENT_BYTES)
  await expect(db.collection('audit').add({ data: { _id: 'too-big', big } })).rejects.toThrow(/too large/)
  expect(emu.db.get('audit', 'too-big')).toBeNull()
  await db.collection('audit').add({ data: { _id: 'grows', half: 'y'.repeat(MAX_DOCUMENT_BYTES / 2) } })
  await expect(db.collection('audit').doc('grows').update({ data: { more: 'z'.repeat(MAX_DOCUMENT_BYTES / 2) } })).rejects.toThrow(/too large/)
  expect(emu.db.get('audit', 'grows')).not.toHaveProperty('more')
})

it('an existing _id is refused with the duplicate-key error; an ordered batch keeps what came before it', async () => {
  await db.collection('audit').add({ data: { _id: 'dup-b' } })
  await expect(db.collection('audit').add({ data: [{ _id: 'dup-a' }, { _id: 'dup-b' }, { _id: 'dup-c' }] })).rejects.toThrow(/DUPLICATE_WRITE.*E11000/)
  expect(emu.db.get('audit', 'dup-a')).not.toBeNull()
  expect(emu.db.get('audit', 'dup-c')).toBeNull()
})

it('inside a transaction a where query is refused: only doc(id) operations exist', async () => {
  const where = db.runTransaction(async (t) => {
    const col = t.collection('audit') as unknown as { where(c: object): { get(): Promise<unknown> } }
    await col.where({ tag: 'cap' }).get()
  })
  await expect(where).rejects.toThrow(/single-document operations/)
  expect(emu.db.transactions().open).toBe(0)
})

it('a transaction reads the data as of its start, plus its own writes', async () => {
  await db.collection('audit').add({ data: { _id: 'snap', v: 1 } })
  const t = await (db as unknown as { startTransaction(): Promise<OpenTransaction> }).startTransaction()
  expect((await t.collection('audit').doc('snap').get()).data).toEqual({ _id: 'snap', v: 1 })
  await db.collection('audit').doc('snap').update({ data: { v: 2 } })
  expect((await t.collection('audit').doc('snap').get()).data).toEqual({ _id: 'snap', v: 1 })
  await t.collection('audit').add({ data: { _id: 'snap-own', v: 3 } })
  expect((await t.collection('audit').doc('snap-own').get()).data).toEqual({ _id: 'snap-own', v: 3 })
  expect(emu.db.get('audit', 'snap-own')).toBeNull()
  await t.commit()
  expect(emu.db.get('audit', 'snap-own')).toEqual({ _id: 'snap-own', v: 3 })
  expect(emu.db.get('audit', 'snap')).toEqual({ _id: 'snap', v: 2 })
})

it('a document changed outside a transaction before its commit makes the SDK run the transaction again; no write is lost', async () => {
  const store = new CloudBaseStore(db, emu.envId)
  const col = freeCollection<Doc>(store, 'audit')
  await col.insert({ _id: 'retried', n: 0 })
  const before = emu.db.transactions()
  let runs = 0
  await store.transaction(async (tx) => {
    runs++
    const t = freeCollection<Doc>(tx, 'audit')
    const current = await t.get('retried')
    await t.update('retried', { n: (current?.n as number) + 1 })
    if (runs === 1) await col.update('retried', { outside: true })
  })
  expect(runs).toBe(2)
  expect(emu.db.transactions().conflicts - before.conflicts).toBe(1)
  expect(await col.get('retried')).toMatchObject({ n: 1, outside: true, _rev: 3 })
})

it('a cloud function initialised with the current environment reaches the emulator through its environment variables', async () => {
  let cloud!: WxServerSdk & { init(c: object): void; DYNAMIC_CURRENT_ENV: unknown }
  const saved = { ...process.env }
  try {
    for (const k of ['TENCENTCLOUD', 'TCB_ENV', 'TCB_CONTEXT_CNFG', 'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY']) delete process.env[k]
    Object.assign(process.env, emu.env)
    jest.isolateModules(() => {
      cloud = require('wx-server-sdk')
    })
    // As cloudfunctions/* do: no serviceUrl, no keys in code.
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
    const fresh = cloud.database({ throwOnNotFound: false })
    await fresh.collection('audit').add({ data: { _id: 'from-function' } })
    expect(emu.db.get('audit', 'from-function')).toEqual({ _id: 'from-function' })
  } finally {
    process.env = saved
  }
})

it('an action the emulator does not implement is refused and written down, never answered as a success', async () => {
  const agg = db.collection('audit') as unknown as { aggregate(): { match(q: object): { end(): Promise<unknown> } } }
  await expect(agg.aggregate().match({ tag: 'cap' }).end()).rejects.toThrow(/not emulated/)
  expect(emu.unsupported).toEqual([expect.stringMatching(/^database\.aggregate/)])
  emu.unsupported.length = 0
})

it('the network guard refuses and records any connection or lookup off the loopback interface', async () => {
  const err = await new Promise<Error>((resolve) => {
    http.get('http://203.0.113.7/', () => resolve(new Error('connected'))).on('error', resolve)
  })
  expect(err.message).toMatch(/network guard/)
  const dnsErr = await new Promise<Error>((resolve) => {
    http.get('http://metadata.tencentyun.com/latest/meta-data/app-id', () => resolve(new Error('connected'))).on('error', resolve)
  })
  expect(dnsErr.message).toMatch(/network guard/)
  await expect(dns.promises.lookup('tcb-api.tencentcloudapi.com')).rejects.toThrow(/network guard/)
  expect(guard.violations).toEqual(['connect 203.0.113.7:80', expect.stringMatching(/metadata\.tencentyun\.com/), 'lookup tcb-api.tencentcloudapi.com'])
  guard.violations.length = 0
})
