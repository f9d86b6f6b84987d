// The data key seals every ID number and phone. A lost or replaced key must stop the
// host at start with a clear message, never run on and treat the sealed data as foreign.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { createLocalRuntime, openLocalRuntime } from '../../server/runtime/local'
import { seedDemo } from '../../server/seed/demo-seed'
import { COLLECTIONS } from '../../server/store/manifest'
import { FakeClock, quietLogger } from '../support/local-env'

const clock = new FakeClock(new Date('2026-11-20T10:00:00+08:00'))
let dataDir: string
let keyFile: string
const savedEnvKey = process.env.ANJU_DATA_KEY
const newKey = () => crypto.randomBytes(32).toString('base64')
const opts = () => ({ dataDir, baseUrl: 'http://127.0.0.1:0', clock, log: quietLogger })

beforeEach(() => {
  delete process.env.ANJU_DATA_KEY
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-key-'))
  keyFile = path.join(dataDir, 'data.key')
})
afterEach(() => {
  if (savedEnvKey !== undefined) process.env.ANJU_DATA_KEY = savedEnvKey
  fs.rmSync(dataDir, { recursive: true, force: true })
})

/** Every row of the database file, read beside the host. */
function rows(): string {
  const db = new Database(path.join(dataDir, 'anju.sqlite'), { readonly: true })
  try {
    const tables = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((t) => t.name))
    return COLLECTIONS.filter((c) => tables.has(c)).map((c) => JSON.stringify(db.prepare(`SELECT _id, rev, doc FROM "${c}" ORDER BY _id`).all())).join('\n')
  } finally {
    db.close()
  }
}

/** A first start (the key file made then) with the demo data written. */
async function firstStart(): Promise<void> {
  const rt = await openLocalRuntime(opts())
  await seedDemo(rt.store, rt.deps.personal, { householdsPerVillage: 2, now: clock.now() })
  await rt.store.close()
}

it('a first start makes the key file and the same key opens the data again', async () => {
  await firstStart()
  expect(fs.existsSync(keyFile)).toBe(true)
  const rt = await openLocalRuntime(opts())
  await rt.store.close()
})

it('a changed data key is refused at start and nothing is written', async () => {
  await firstStart()
  const before = rows()
  fs.writeFileSync(keyFile, newKey())
  await expect(openLocalRuntime(opts())).rejects.toThrow(/数据密钥与数据库中已有的数据不符/)
  await expect(openLocalRuntime(opts())).rejects.toThrow(keyFile)
  expect(rows()).toBe(before)
})

it('a missing key file with existing data is not regenerated', async () => {
  await firstStart()
  const before = rows()
  fs.rmSync(keyFile)
  await expect(openLocalRuntime(opts())).rejects.toThrow(/找不到数据密钥文件/)
  await expect(openLocalRuntime(opts())).rejects.toThrow(keyFile)
  expect(fs.existsSync(keyFile)).toBe(false)
  expect(rows()).toBe(before)
})

it('a database written before key checks existed is checked against its sealed ID numbers', async () => {
  const rt = createLocalRuntime({ ...opts(), dataKey: newKey() })
  await seedDemo(rt.store, rt.deps.personal, { householdsPerVillage: 2, now: clock.now() })
  await rt.store.close()
  const before = rows()
  await expect(openLocalRuntime({ ...opts(), dataKey: newKey() })).rejects.toThrow(/数据密钥与数据库中已有的数据不符/)
  expect(rows()).toBe(before)
})
