// Everything a handler may use, wired once per runtime by its composition root.
import type { Clock } from '../ports/clock'
import type { FileStore } from '../ports/file-store'
import type { MiniCodes } from '../ports/mini-codes'
import type { Notifier } from '../ports/notifier'
import type { Store } from '../ports/store'
import type { WeatherSource } from '../ports/weather-source'
import type { Config } from '../config'
import type { PersonalData } from './personal-data'
import type { OrgDirectory } from './org-directory'
import type { DirtyMarks } from '../store/dirty-villages'

export interface Logger {
  info(msg: string, detail?: Record<string, unknown>): void
  error(msg: string, detail?: Record<string, unknown>): void
}

export interface Deps {
  config: Config
  store: Store
  files: FileStore
  notifier: Notifier
  codes: MiniCodes
  /** Null where no weather source is configured: alerts are then issued by hand only. */
  weather: WeatherSource | null
  /** Villages written since their counters were last refreshed (from the TrackingStore). */
  dirtyVillages?: Set<string>
  /** The same villages kept in the database, which the scheduler's tick recounts (from the TrackingStore). */
  dirtyMarks?: DirtyMarks
  /** Refresh counters after the response (a host serving many requests at once). */
  countersInBackground?: boolean
  clock: Clock
  personal: PersonalData
  orgs: OrgDirectory
  log: Logger
}

export const consoleLogger: Logger = {
  info: (msg, detail) => console.log(JSON.stringify({ level: 'info', msg, ...detail })),
  error: (msg, detail) => console.error(JSON.stringify({ level: 'error', msg, ...detail })),
}
