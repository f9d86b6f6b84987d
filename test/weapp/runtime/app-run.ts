// One run of the compiled mini-program: dist/weapp evaluated in a fresh V8 context that
// has what WeChat's logic layer has and nothing of Node (no process, Buffer, fetch or
// require; eval and new Function throw). Files are loaded the way WeChat does — app.js
// (which requires common, vendors, taro, runtime), the main package's pages, then a
// subpackage's pages when it is first entered — each wrapped with its own require.
// App/Page/Component register configs; the pages live on a PageStack that serves the
// navigation APIs. Killing the run and starting another on the same Phone is an app restart.
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import type { CloudBridge } from './cloud'
import { createFakeWx, type WxHooks } from './fake-wx'
import type { Phone } from './phone'
import { PageStack, type PageInstance } from './page-stack'
import { readNodeKinds, type NodeKind } from './templates'

export type { PageInstance } from './page-stack'

export const DIST = path.resolve(__dirname, '../../../dist/weapp')

interface AppJson {
  pages: string[]
  subPackages?: Array<{ root: string; pages: string[] }>
}

type Config = Record<string, unknown>

let kindsCache: Map<string, NodeKind> | null = null

export class AppRun {
  readonly ctx: vm.Context
  readonly hooks: WxHooks = { networkListeners: [], appShowListeners: [], calls: [], inTap: false, privacyListener: null, privacyAnswers: [] }
  readonly pages: PageStack
  /** Errors thrown inside the app's timers, events and lifecycles (WeChat reports them). */
  readonly errors: unknown[] = []
  readonly kinds: Map<string, NodeKind>
  private readonly appJson: AppJson
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly pageConfigs = new Map<string, Config>()
  readonly components = new Map<string, Config>()
  private readonly loadedRoots = new Set<string>()
  private readonly timers = new Map<number, NodeJS.Timeout>()
  private timerSeq = 0
  private loading: string | null = null
  private appConfig: Config | null = null
  private appInstance: Config | null = null
  private stopped = false

  constructor(
    readonly phone: Phone,
    readonly cloud: CloudBridge,
  ) {
    if (!fs.existsSync(path.join(DIST, 'app.json'))) throw new Error(`no weapp build in ${DIST}: run \`npm run build:weapp\` first`)
    this.appJson = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8')) as AppJson
    kindsCache ??= readNodeKinds(DIST)
    this.kinds = kindsCache
    this.ctx = vm.createContext({}, { name: 'weapp', codeGeneration: { strings: false, wasm: false } })
    const ctxJson = vm.runInContext('JSON', this.ctx) as JSON
    const adopt = <T>(v: T): T => (v === undefined ? v : (ctxJson.parse(JSON.stringify(v)) as T))
    this.pages = new PageStack({
      isPage: (route) => this.isPage(route),
      configOf: (route) => {
        this.ensureLoaded(route)
        return this.pageConfigs.get(route)
      },
      guard: (fn) => this.guard(fn),
      later: (cb) => void this.addTimer(cb, 0, [], false),
      stopped: () => this.stopped,
    })
    const wx = createFakeWx(phone, cloud, { navigate: (k, u) => this.pages.navigate(k, u), back: (d) => this.pages.back(d) }, adopt, this.hooks)
    const g = this.ctx as Record<string, unknown>
    Object.assign(g, {
      wx,
      App: (config: Config) => {
        this.appConfig = config
      },
      Page: (config: Config) => {
        if (!this.loading) throw new Error('Page() called outside a page file')
        this.pageConfigs.set(this.loading, config)
      },
      Component: (config: Config) => {
        this.components.set(this.loading ?? '?', config)
      },
      Behavior: (config: Config) => config,
      getApp: () => this.appInstance,
      getCurrentPages: () => [...this.pages.pages],
      requireMiniProgram: () => ({}),
      __wxConfig: adopt({ pages: this.appJson.pages, subPackages: this.appJson.subPackages ?? [], envVersion: 'develop', platform: 'devtools' }),
      console,
      setTimeout: (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => this.addTimer(fn, ms, args, false),
      setInterval: (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => this.addTimer(fn, ms, args, true),
      clearTimeout: (id: number) => this.clearTimer(id),
      clearInterval: (id: number) => this.clearTimer(id),
    })
  }

  // ---- timers, each guarded so an app error is kept rather than crashing jest

  private addTimer(fn: (...a: unknown[]) => void, ms: number | undefined, args: unknown[], repeat: boolean): number {
    const id = ++this.timerSeq
    const run = () => {
      if (!repeat) this.timers.delete(id)
      this.guard(() => fn(...args))
    }
    this.timers.set(id, repeat ? setInterval(run, ms ?? 0) : setTimeout(run, ms ?? 0))
    return id
  }

  private clearTimer(id: number): void {
    const t = this.timers.get(id)
    if (t) clearTimeout(t)
    this.timers.delete(id)
  }

  guard<T>(fn: () => T): T | undefined {
    if (this.stopped) return undefined
    try {
      const r = fn()
      if (r && typeof (r as { catch?: unknown }).catch === 'function') (r as unknown as Promise<unknown>).catch((e) => this.errors.push(e))
      return r
    } catch (e) {
      this.errors.push(e)
      return undefined
    }
  }

  // ---- code loading

  private load(file: string): unknown {
    const full = path.resolve(DIST, file.endsWith('.js') ? file : `${file}.js`)
    if (!full.startsWith(DIST + path.sep)) throw new Error(`outside the package: ${file}`)
    const cached = this.modules.get(full)
    if (cached) return cached.exports
    const module = { exports: {} as unknown }
    this.modules.set(full, module)
    const code = fs.readFileSync(full, 'utf8')
    const script = new vm.Script(`(function (require, module, exports) {${code}\n})`, { filename: path.relative(DIST, full) })
    const wrapper = script.runInContext(this.ctx) as (r: (p: string) => unknown, m: unknown, e: unknown) => void
    const dir = path.dirname(full)
    wrapper((p) => this.load(path.relative(DIST, path.resolve(dir, p))), module, module.exports)
    return module.exports
  }

  private loadPage(route: string): void {
    this.loading = route
    try {
      this.load(route)
    } finally {
      this.loading = null
    }
  }

  private rootOf(route: string): string | null {
    return this.appJson.subPackages?.find((s) => route.startsWith(`${s.root}/`))?.root ?? null
  }

  /** A subpackage's code runs the first time one of its pages is opened. */
  private ensureLoaded(route: string): void {
    const root = this.rootOf(route)
    if (!root || this.loadedRoots.has(root)) return
    this.loadedRoots.add(root)
    for (const p of this.appJson.subPackages!.find((s) => s.root === root)!.pages) this.loadPage(`${root}/${p}`)
  }

  // ---- launch and pages

  /** Starts the app as WeChat does from a cold start, on `path` (default: the first page). */
  async launch(entry = this.appJson.pages[0]!, query: Record<string, string> = {}): Promise<void> {
    this.load('app')
    for (const p of this.appJson.pages) this.loadPage(p)
    this.loading = 'comp'
    this.load('comp')
    this.loading = null
    if (!this.appConfig) throw new Error('app.js did not call App()')
    const app: Config = { ...this.appConfig }
    this.appInstance = app
    const options = { path: entry, query, scene: 1001, referrerInfo: {} }
    const call = (name: string, ...args: unknown[]) => {
      const f = app[name]
      if (typeof f === 'function') this.guard(() => f.apply(app, args))
    }
    call('onLaunch', options)
    call('onShow', options)
    await this.pages.open(entry, query)
  }

  private isPage(route: string): boolean {
    if (this.appJson.pages.includes(route)) return true
    const root = this.rootOf(route)
    return !!root && !!this.appJson.subPackages!.find((s) => s.root === root)!.pages.includes(route.slice(root.length + 1))
  }

  /** The subpackages whose code has run so far. */
  loadedPackages(): string[] {
    return [...this.loadedRoots]
  }

  get stack(): readonly PageInstance[] {
    return this.pages.pages
  }

  /** setData calls WeChat would have refused for their size. */
  get oversized(): ReadonlyArray<{ route: string; bytes: number }> {
    return this.pages.oversized
  }

  top(): PageInstance | undefined {
    return this.pages.top()
  }

  /** The app goes to the background and comes back (WeChat calls onHide/onShow). */
  foreground(): void {
    this.pages.lifecycle(this.top(), 'onShow')
    for (const fn of [...this.hooks.appShowListeners]) this.guard(() => fn({ path: this.top()?.route, scene: 1001 }))
  }

  /** The phone's network changes: WeChat tells every onNetworkStatusChange listener. */
  networkChanged(): void {
    const s = { isConnected: this.phone.network !== 'none', networkType: this.phone.network }
    for (const fn of [...this.hooks.networkListeners]) this.guard(() => fn({ ...s }))
  }

  /** WeChat kills the process: timers stop, nothing of this run's memory survives. */
  kill(): void {
    this.stopped = true
    for (const t of this.timers.values()) clearTimeout(t)
    this.timers.clear()
  }
}
