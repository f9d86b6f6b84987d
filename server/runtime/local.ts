// Composition root of the local host: SQLite, files on disk, log notifier, system clock.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { configFromEnv, loadConfig } from '../config'
import { consoleLogger, type Deps, type Logger } from '../core/deps'
import { DiskFileStore } from '../adapters/local/disk-file-store'
import { LogNotifier } from '../adapters/local/log-notifier'
import { QrMiniCodes } from '../adapters/local/qr-mini-codes'
import { FixtureWeatherSource } from '../adapters/local/fixture-weather'
import { SqliteStore } from '../adapters/local/sqlite-store'
import { TrackingStore } from '../store/tracking-store'
import { keeperFor } from '../services/counters/keeper'
import { systemClock, type Clock } from '../ports/clock'
import { OrgDirectory } from '../core/org-directory'
import { PersonalData } from '../core/personal-data'
import { DataKeyMismatch, verifyDataKey } from '../services/data-key-check'
import { COLLECTIONS, type CollectionName } from '../store/manifest'

export interface LocalOptions {
  dataDir: string
  baseUrl: string
  clock?: Clock
  log?: Logger
  /** Overrides ANJU_DATA_KEY and the key file (tests). */
  dataKey?: string
  /** Overrides of other settings (tests). */
  config?: Partial<Record<'newListingCheckDay' | 'chunkBudgetMs' | 'importMaxBytes', number>> & { counters?: 'kept' | 'recounted' }
}

/** The host cannot start with the data key it has: the message says why, in Chinese, for the operator. */
export class DataKeyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DataKeyError'
  }
}

const dbFile = (dataDir: string) => path.join(dataDir, 'anju.sqlite')

/** True when the database file exists and holds any document. */
function databaseHoldsData(file: string): boolean {
  if (!fs.existsSync(file)) return false
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>
    return tables.some((t) => COLLECTIONS.includes(t.name as CollectionName) && db.prepare(`SELECT 1 FROM "${t.name}" LIMIT 1`).get() !== undefined)
  } finally {
    db.close()
  }
}

/**
 * The data key from the environment, or the key file under the data folder. The file is
 * made only for an empty database: a new key for existing data would open none of it.
 */
export function localDataKey(dataDir: string): string {
  if (process.env.ANJU_DATA_KEY) return process.env.ANJU_DATA_KEY
  const file = path.join(dataDir, 'data.key')
  if (!fs.existsSync(file)) {
    if (databaseHoldsData(dbFile(dataDir))) {
      throw new DataKeyError(`找不到数据密钥文件 ${file}，而数据库里已有数据，不能另配新密钥（否则身份证号、电话都无法解开）。请把原来的 data.key 放回这个位置再启动；如果确定要清空全部数据重新开始，运行 npm start -- --reset。`)
    }
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

export interface LocalRuntime {
  deps: Deps
  store: SqliteStore
  files: DiskFileStore
}

export function createLocalRuntime(opts: LocalOptions): LocalRuntime {
  // The data folder holds the database, the key and uploaded lists: the owner's only.
  fs.mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 })
  fs.chmodSync(opts.dataDir, 0o700)
  const config = loadConfig({ ...configFromEnv(process.env), mode: 'local', dataKey: opts.dataKey ?? localDataKey(opts.dataDir), ...opts.config })
  const log = opts.log ?? consoleLogger
  const clock = opts.clock ?? systemClock
  const store = new SqliteStore(dbFile(opts.dataDir))
  const fileSecret = Buffer.from(crypto.hkdfSync('sha256', Buffer.from(config.dataKey, 'base64'), Buffer.alloc(0), 'anju-files', 32))
  const files = new DiskFileStore(path.join(opts.dataDir, 'files'), opts.baseUrl, fileSecret, () => clock.now().getTime())
  // Without a keeper each write marks its village to be counted again (config.counters).
  const tracked = new TrackingStore(store, keeperFor(config.counters, () => clock.now()))
  const deps: Deps = {
    config,
    store: tracked,
    dirtyVillages: tracked.dirty,
    dirtyMarks: tracked.marks,
    files,
    notifier: new LogNotifier(log),
    codes: new QrMiniCodes(opts.baseUrl),
    weather: new FixtureWeatherSource(path.join(opts.dataDir, 'weather-alerts.json')),
    clock,
    personal: new PersonalData(config.dataKey),
    orgs: new OrgDirectory(tracked, () => clock.now().getTime()),
    log,
  }
  return { deps, store, files }
}


/** Where the key came from, as the operator would look for it. */
function keySource(opts: LocalOptions): string {
  if (opts.dataKey) return '测试指定的密钥'
  if (process.env.ANJU_DATA_KEY) return '环境变量 ANJU_DATA_KEY'
  return `密钥文件 ${path.join(opts.dataDir, 'data.key')}`
}

/**
 * The local runtime, once its data key is known to be the database's own (recorded on
 * the first start of an empty database). A wrong or missing key throws DataKeyError
 * before anything is written.
 */
export async function openLocalRuntime(opts: LocalOptions): Promise<LocalRuntime> {
  const runtime = createLocalRuntime(opts)
  try {
    await verifyDataKey(runtime.store, runtime.deps.personal, runtime.deps.clock.now().toISOString())
  } catch (err) {
    await runtime.store.close()
    if (!(err instanceof DataKeyMismatch)) throw err
    throw new DataKeyError(`数据密钥与数据库中已有的数据不符（${keySource(opts)}），不能启动：用这个密钥既解不开已存的身份证号，也会把已有农户当成新户。请换回原来的密钥再启动；如果确定要清空全部数据重新开始，运行 npm start -- --reset。`)
  }
  return runtime
}
