// Composition root of the cloud function: the CloudBase document database, cloud
// storage, subscription messages, 小程序码, system clock. Everything comes from the injected
// wx-server-sdk object and the function's environment variables; only the entry in
// cloudfunctions/ imports the SDK itself.
import { configFromEnv, loadConfig } from '../config'
import { consoleLogger, type Deps, type Logger } from '../core/deps'
import { dispatch, type Identity } from '../actions/dispatch'
import type { Registry } from '../actions/registry'
import { ZONE, fitFields, type MessageKind, type Result } from '../../domain'
import { CloudBaseStore } from '../adapters/cloudbase/cloudbase-store'
import { TrackingStore } from '../store/tracking-store'
import { keeperFor } from '../services/counters/keeper'
import { CloudFileStore, type CloudStorageApi } from '../adapters/cloudbase/cloud-file-store'
import { SubscribeNotifier, type SubscribeSendApi, type SubscribeTemplates } from '../adapters/cloudbase/subscribe-notifier'
import type { CloudDb } from '../adapters/cloudbase/cloud-db'
import { WxaMiniCodes, type WxacodeApi } from '../adapters/cloudbase/wxa-mini-codes'
import { systemClock } from '../ports/clock'
import { runTick, type TickReport } from '../jobs/tick'
import { QWeatherSource } from '../adapters/qweather/qweather-source'
import { OrgDirectory } from '../core/org-directory'
import { PersonalData } from '../core/personal-data'
import { DataKeyMismatch, verifyDataKey } from '../services/data-key-check'

/** The part of wx-server-sdk this runtime uses. */
export interface CloudSdk extends CloudStorageApi {
  init(config: { env: unknown }): void
  readonly DYNAMIC_CURRENT_ENV: unknown
  /** throwOnNotFound: false makes doc(id).get() answer null for a missing document. */
  database(config: { throwOnNotFound: boolean }): unknown
  readonly openapi: { subscribeMessage: SubscribeSendApi; wxacode: WxacodeApi }
  getWXContext(): { OPENID?: string }
}

export interface CloudOptions {
  env?: NodeJS.ProcessEnv
  log?: Logger
  /** Subscription message templates per message kind; none yet, so inbox only. */
  templates?: SubscribeTemplates
}


/** Templates from the configured ids (ANJU_TEMPLATE_IDS), values fitted to keyword limits. */
function templatesFrom(ids: Partial<Record<MessageKind, string>>): SubscribeTemplates {
  const out: SubscribeTemplates = {}
  for (const [kind, templateId] of Object.entries(ids) as Array<[MessageKind, string]>) {
    if (templateId) out[kind] = { templateId, toData: (m) => fitFields(kind, m.fields ?? {}) }
  }
  return out
}

export function createCloudRuntime(cloud: CloudSdk, opts: CloudOptions = {}): { deps: Deps } {
  const env = opts.env ?? process.env
  const log = opts.log ?? consoleLogger
  if (!env.ANJU_DATA_KEY) {
    throw new Error('ANJU_DATA_KEY is not set: give the cloud function a 32-byte base64 key in its environment variables')
  }
  const config = loadConfig({ ...configFromEnv(env), mode: 'cloud', dataKey: env.ANJU_DATA_KEY, timeZone: ZONE })
  if (env.TZ !== config.timeZone) {
    log.error('TZ is not Asia/Shanghai: set it in the function environment; local times would be off', { tz: env.TZ ?? null })
  }
  // The SDK's d.ts types its query methods as `Promise | void` (callback overloads); the
  // promise style used here always returns a promise, which CloudDb states.
  const db = cloud.database({ throwOnNotFound: false }) as CloudDb
  const clock = systemClock
  const store = new TrackingStore(new CloudBaseStore(db, env.TCB_ENV || env.SCF_NAMESPACE || 'current'), keeperFor(config.counters, () => clock.now()))
  const openidOf = async (userId: string) => (await store.collection('users').get(userId))?.openid ?? null
  const deps: Deps = {
    config,
    store,
    dirtyVillages: store.dirty,
    dirtyMarks: store.marks,
    files: new CloudFileStore(cloud),
    // openapi is a proxy of the SDK: reached at call time, not while wiring.
    notifier: new SubscribeNotifier({ send: (p) => cloud.openapi.subscribeMessage.send(p) }, opts.templates ?? templatesFrom(config.templateIds), openidOf, log, config.miniprogramState),
    codes: new WxaMiniCodes({ getUnlimited: (a) => cloud.openapi.wxacode.getUnlimited(a) }),
    weather: env.QWEATHER_API_HOST && env.QWEATHER_API_KEY ? new QWeatherSource({ host: env.QWEATHER_API_HOST, apiKey: env.QWEATHER_API_KEY }) : null,
    clock,
    personal: new PersonalData(config.dataKey),
    orgs: new OrgDirectory(store, () => clock.now().getTime()),
    log,
  }
  return { deps }
}

export type CloudMain = (event: unknown) => Promise<Result<unknown>>

const NOT_CONFIGURED = { ok: false, code: 'UNAVAILABLE', message: '服务未配置，请联系管理员' } as const
const WRONG_KEY = { ok: false, code: 'UNAVAILABLE', message: '数据密钥与已有数据不符，服务已停止，请联系管理员核对 ANJU_DATA_KEY' } as const

/**
 * The runtime, made on the first call of a warm instance (so loading the module calls
 * nothing): 'unconfigured' (logged, tried again on the next call) while the configuration
 * is missing or the key cannot be checked yet, and 'wrongKey' (logged on every call) when
 * ANJU_DATA_KEY is not the key of the data already stored; each entry answers in its own
 * way instead of crashing. A wrong key never serves a call: every reveal would fail, no
 * binding would match, and an import would take existing households for new ones.
 */
function lazyRuntime(cloud: CloudSdk, opts: CloudOptions): () => Promise<{ deps: Deps } | 'unconfigured' | 'wrongKey'> {
  const log = opts.log ?? consoleLogger
  let runtime: { deps: Deps } | null = null
  let wrongKey = false
  return async () => {
    if (runtime) return runtime
    if (wrongKey) {
      log.error('data key does not match the stored data: every call is refused', {})
      return 'wrongKey'
    }
    let made: { deps: Deps }
    try {
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
      made = createCloudRuntime(cloud, opts)
    } catch (err) {
      log.error('cloud runtime not configured', { error: err instanceof Error ? err.message : String(err) })
      return 'unconfigured'
    }
    try {
      await verifyDataKey(made.deps.store, made.deps.personal, made.deps.clock.now().toISOString())
    } catch (err) {
      if (err instanceof DataKeyMismatch) {
        wrongKey = true
        log.error('data key does not match the stored data: every call is refused', { error: err.message })
        return 'wrongKey'
      }
      log.error('data key check failed', { error: err instanceof Error ? err.message : String(err) })
      return 'unconfigured'
    }
    runtime = made
    return runtime
  }
}

/** The api function's main: dispatches with the caller's OPENID. */
export function createCloudMain(cloud: CloudSdk, registry: Registry, opts: CloudOptions = {}): CloudMain {
  const getRuntime = lazyRuntime(cloud, opts)
  return async (event) => {
    const runtime = await getRuntime()
    if (runtime === 'unconfigured') return NOT_CONFIGURED
    if (runtime === 'wrongKey') return WRONG_KEY
    const openid = cloud.getWXContext().OPENID
    // Timer triggers carry no OPENID; no action accepts an anonymous caller yet.
    const identity: Identity = openid ? { kind: 'openid', openid } : { kind: 'none' }
    return dispatch(registry, runtime.deps, event, identity)
  }
}

/**
 * A CloudBase timer trigger's event is { Type: 'Timer', TriggerName, Time } (SCF writes
 * the type in lower case) and carries no user. Anything else, and above all a call with
 * an OPENID, is a WeChat user invoking the function directly.
 */
export function isTimerEvent(event: unknown): boolean {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return false
  const e = event as Record<string, unknown>
  return typeof e.Type === 'string' && e.Type.toLowerCase() === 'timer' && typeof e.TriggerName === 'string' && typeof e.Time === 'string'
}

export type TickAnswer = TickReport | { ok: false; error: string } | { ok: false; code: 'FORBIDDEN' | 'UNAVAILABLE'; message: string }

/**
 * The scheduler function's main (timer trigger): runs every due job once per tick.
 * Any caller other than the timer is refused before the runtime is even made: the jobs
 * send messages and rewrite counters for the whole district. A missing configuration is
 * logged on every tick rather than crashing.
 */
export function createCloudTick(cloud: CloudSdk, opts: CloudOptions = {}): (event?: unknown) => Promise<TickAnswer> {
  const log = opts.log ?? consoleLogger
  const getRuntime = lazyRuntime(cloud, opts)
  return async (event) => {
    const openid = cloud.getWXContext().OPENID
    if (openid || !isTimerEvent(event)) {
      log.error('tick refused: not a timer trigger', { openid: openid ? 'present' : 'absent', keys: event && typeof event === 'object' ? Object.keys(event).slice(0, 10) : typeof event })
      return { ok: false, code: 'FORBIDDEN', message: '定时任务只能由定时触发器启动' }
    }
    const runtime = await getRuntime()
    if (runtime === 'unconfigured') return { ok: false, error: 'not configured' }
    if (runtime === 'wrongKey') return WRONG_KEY
    const report = await runTick(runtime.deps)
    log.info('tick', { ...report })
    return report
  }
}
