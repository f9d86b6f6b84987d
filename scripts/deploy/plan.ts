// What `npm run deploy` puts into a WeChat Cloud environment, as one plain object built
// only from the repository: the database manifest, each function's config.json, the
// names of the settings the functions read and the time budget they run to. No
// credentials or setting values go in, so the plan can be printed, stored and tested.
import { ZONE } from '../../domain/time'
import type { IndexSpec } from '../../server/store/manifest'

/**
 * Runtime of both functions. CloudBase offers Nodejs16.13 up to 24.11; 20.19 is the
 * platform's own default for new functions (manager-node) and the major version the
 * local server and every test run on, so the bundles run where they were tested.
 */
export const RUNTIME = 'Nodejs20.19'
/** Runtimes that cannot run the bundles (esbuild target node16, global fetch). */
export const MIN_NODE_MAJOR = 16
/** Functions only: clients never read or write a collection themselves. */
export const COLLECTION_ACL = 'ADMINONLY'
/**
 * Photos and list files are uploaded by the mini-program itself (cloud.uploadFile to
 * uploads/<user>/...), so storage must let a user write and read back what they upload,
 * and nobody else: "only the creator and the administrator".
 */
export const STORAGE_ACL = 'PRIVATE'
/** Settings with a fixed value in the cloud, whatever the deployer's machine says. */
export const FIXED_ENV: Record<string, string> = { TZ: ZONE }
/** Without these the functions refuse to work. */
export const REQUIRED_ENV = ['ANJU_DATA_KEY']

export interface TimerTrigger {
  name: string
  type: 'timer'
  /** 7 fields: second minute hour day month weekday year. */
  config: string
}

/** A function's cloudfunctions/<name>/config.json. */
export interface FunctionConfigFile {
  permissions?: { openapi?: string[] }
  triggers?: Array<{ name: string; type: string; config: string }>
}

export interface FunctionPlan {
  name: string
  runtime: string
  /** Seconds. */
  timeout: number
  /** MB. */
  memory: number
  handler: 'index.main'
  /** Every setting the function reads, fixed ones included; values come from the deployer. */
  envNames: string[]
  triggers: TimerTrigger[]
  /** Cloud calls declared in config.json (the platform reads them from the uploaded package). */
  openapi: string[]
}

export interface IndexPlan {
  name: string
  keys: Array<{ field: string; direction: 1 | -1 }>
  unique: boolean
}

export interface CollectionPlan {
  name: string
  acl: typeof COLLECTION_ACL
  indexes: IndexPlan[]
}

export interface DeployPlan {
  functions: FunctionPlan[]
  collections: CollectionPlan[]
  storage: { acl: typeof STORAGE_ACL }
}

export interface PlanInput {
  manifest: Record<string, IndexSpec[]>
  functions: Array<{ name: string; config: FunctionConfigFile }>
  /** Names of the settings the functions read (see sources.ts). */
  envNames: string[]
  /** The configured chunk budget (server/config.ts chunkBudgetMs), in milliseconds. */
  chunkBudgetMs: number
}

/**
 * Seconds each function may run. An api call runs at most one chunk of long work (an
 * import, report or campaign step) and its own reads and writes; a tick runs campaigns
 * and the outbox to 4 chunk budgets (server/jobs/tick.ts) plus the weather poll,
 * reminders and counters. Each keeps a margin for a slow database round trip.
 */
export function timeoutFor(name: string, chunkBudgetMs: number): number {
  const budget = Math.ceil(chunkBudgetMs / 1000)
  return name === 'tick' ? budget * 4 + 40 : budget * 2 + 10
}

/** api parses and writes spreadsheets (imports up to 20 MB, exports); tick does not. */
export function memoryFor(name: string): number {
  return name === 'api' ? 512 : 256
}

function triggersOf(name: string, config: FunctionConfigFile): TimerTrigger[] {
  return (config.triggers ?? []).map((t) => {
    if (t.type !== 'timer' || t.config.trim().split(/\s+/).length !== 7) {
      throw new Error(`${name}: 定时触发器 ${t.name} 应为 timer 类型、7 段 cron（秒 分 时 日 月 星期 年）`)
    }
    return { name: t.name, type: 'timer', config: t.config.trim() }
  })
}

export function buildPlan(input: PlanInput): DeployPlan {
  const envNames = [...new Set([...Object.keys(FIXED_ENV), ...REQUIRED_ENV, ...input.envNames])]
  return {
    functions: input.functions.map(({ name, config }) => ({
      name,
      runtime: RUNTIME,
      timeout: timeoutFor(name, input.chunkBudgetMs),
      memory: memoryFor(name),
      handler: 'index.main',
      envNames,
      triggers: triggersOf(name, config),
      openapi: config.permissions?.openapi ?? [],
    })),
    collections: Object.entries(input.manifest).map(([name, indexes]) => ({
      name,
      acl: COLLECTION_ACL,
      indexes: indexes.map((i) => ({
        name: i.name,
        keys: i.fields.map(([field, dir]) => ({ field, direction: dir === 'asc' ? (1 as const) : (-1 as const) })),
        unique: i.unique ?? false,
      })),
    })),
    storage: { acl: STORAGE_ACL },
  }
}

/** Major version of a CloudBase runtime name such as Nodejs20.19; 0 when not Node. */
export function nodeMajor(runtime: string): number {
  const m = /^Nodejs(\d+)/.exec(runtime)
  return m ? Number(m[1]) : 0
}

/**
 * The environment variables a function gets: fixed values, then every planned name the
 * deployer has set (non-empty). A name not set is left out, so a setting removed on the
 * deployer's machine (e.g. ANJU_BOOTSTRAP_CODE after the first administrator) is removed
 * from the function too.
 */
export function functionEnv(fn: FunctionPlan, deployerEnv: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of fn.envNames) {
    const value = FIXED_ENV[name] ?? deployerEnv[name]
    if (value) out[name] = value
  }
  return out
}
