// Composition root of the local host: SQLite, files on disk, log notifier, system clock.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { configFromEnv, loadConfig } from '../config'
import { consoleLogger, type Deps, type Logger } from '../core/deps'
import { DiskFileStore } from '../adapters/local/disk-file-store'
import { LogNotifier } from '../adapters/local/log-notifier'
import { QrMiniCodes } from '../adapters/local/qr-mini-codes'
import { FixtureWeatherSource } from '../adapters/local/fixture-weather'
import { SqliteStore } from '../adapters/local/sqlite-store'
import { TrackingStore } from '../store/tracking-store'
import { systemClock, type Clock } from '../ports/clock'
import { OrgDirectory } from '../services/org-directory'
import { PersonalData } from '../services/personal-data'

export interface LocalOptions {
  dataDir: string
  baseUrl: string
  clock?: Clock
  log?: Logger
  /** Overrides ANJU_DATA_KEY and the key file (tests). */
  dataKey?: string
  /** Overrides of other settings (tests). */
  config?: Partial<Record<'newListingCheckDay' | 'chunkBudgetMs' | 'importMaxBytes', number>>
}

/** The data key from the environment, or a key file under the data folder, made once. */
export function localDataKey(dataDir: string): string {
  if (process.env.ANJU_DATA_KEY) return process.env.ANJU_DATA_KEY
  const file = path.join(dataDir, 'data.key')
  if (!fs.existsSync(file)) {
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
  const store = new SqliteStore(path.join(opts.dataDir, 'anju.sqlite'))
  const fileSecret = Buffer.from(crypto.hkdfSync('sha256', Buffer.from(config.dataKey, 'base64'), Buffer.alloc(0), 'anju-files', 32))
  const files = new DiskFileStore(path.join(opts.dataDir, 'files'), opts.baseUrl, fileSecret, () => clock.now().getTime())
  const tracked = new TrackingStore(store)
  const deps: Deps = {
    config,
    store: tracked,
    dirtyVillages: tracked.dirty,
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
