// WeChat's page stack: each page a WeChat-like instance of its registered config (route,
// options, data and a recording setData), with onLoad/onShow/onReady/onHide/onUnload called
// in WeChat's order, and navigateTo/redirectTo/reLaunch/switchTab/navigateBack with their
// failures (at most 10 pages, no tabBar in this app, no page before the first).
import { setPath, type TaroNode } from './tree'
import { failWith } from './wx-call'

type Config = Record<string, unknown>

export interface PageInstance {
  route: string
  options: Record<string, string>
  data: { root?: TaroNode } & Record<string, unknown>
  eh(event: unknown): unknown
  [k: string]: unknown
}

export type NavKind = 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab'

/** What the stack needs from the run it belongs to. */
export interface StackHost {
  isPage(route: string): boolean
  /** Loads the route's subpackage if needed and returns its Page() config. */
  configOf(route: string): Config | undefined
  guard<T>(fn: () => T): T | undefined
  later(cb: () => void): void
  stopped(): boolean
}

const MAX_STACK = 10
/** WeChat refuses a setData whose JSON passes 1 MB (it logs and drops it). */
const SET_DATA_LIMIT = 1024 * 1024

export class PageStack {
  readonly pages: PageInstance[] = []
  /** setData calls that WeChat would have refused for their size. */
  readonly oversized: Array<{ route: string; bytes: number }> = []
  private queue: Promise<void> = Promise.resolve()

  constructor(private readonly host: StackHost) {}

  top(): PageInstance | undefined {
    return this.pages[this.pages.length - 1]
  }

  lifecycle(inst: PageInstance | undefined, name: string, ...args: unknown[]): void {
    const f = inst?.[name]
    if (typeof f === 'function') this.host.guard(() => f.apply(inst, args))
  }

  private instance(route: string, query: Record<string, string>): PageInstance {
    const config = this.host.configOf(route)
    if (!config) failWith('navigateTo', `page "${route}" is not found`)
    const inst = { ...config } as unknown as PageInstance
    inst.route = route
    inst.__route__ = route
    inst.options = query
    inst.data = JSON.parse(JSON.stringify(config.data ?? {}))
    inst.setData = (data: Record<string, unknown>, cb?: () => void) => {
      // What crosses to the render layer is JSON, as in WeChat.
      const json = JSON.stringify(data)
      if (json.length > SET_DATA_LIMIT) {
        this.oversized.push({ route, bytes: json.length })
        return
      }
      for (const [k, v] of Object.entries(JSON.parse(json) as Record<string, unknown>)) setPath(inst.data, k, v)
      if (cb) this.host.later(cb)
    }
    inst.getOpenerEventChannel = () => ({ emit() {}, on() {}, once() {}, off() {} })
    return inst
  }

  async open(route: string, query: Record<string, string>): Promise<void> {
    const inst = this.instance(route, query)
    this.pages.push(inst)
    this.lifecycle(inst, 'onLoad', query)
    this.lifecycle(inst, 'onShow')
    this.lifecycle(inst, 'onReady')
    await new Promise((r) => setTimeout(r, 0))
  }

  private parseUrl(url: string): { route: string; query: Record<string, string> } {
    const [p, q = ''] = url.replace(/^\//, '').split('?')
    const query: Record<string, string> = {}
    for (const pair of q.split('&').filter(Boolean)) {
      const i = pair.indexOf('=')
      // WeChat hands the page its query as written (still URL-encoded).
      query[i < 0 ? pair : pair.slice(0, i)] = i < 0 ? '' : pair.slice(i + 1)
    }
    return { route: p!, query }
  }

  navigate(kind: NavKind, url: string): Promise<void> {
    const { route, query } = this.parseUrl(url)
    if (!this.host.isPage(route)) failWith(kind, `page "${route}" is not found`)
    // This app declares no tabBar: switchTab has nowhere to go, as in WeChat.
    if (kind === 'switchTab') failWith(kind, `can not switch to no-tabBar page`)
    if (kind === 'navigateTo' && this.pages.length >= MAX_STACK) failWith(kind, 'webview count limit exceed')
    const step = async () => {
      if (this.host.stopped()) return
      if (kind === 'navigateTo') this.lifecycle(this.top(), 'onHide')
      if (kind === 'redirectTo') this.lifecycle(this.pages.pop(), 'onUnload')
      if (kind === 'reLaunch') while (this.pages.length) this.lifecycle(this.pages.pop(), 'onUnload')
      await this.open(route, query)
    }
    this.queue = this.queue.then(step, step)
    return this.queue
  }

  back(delta: number): Promise<void> {
    if (this.pages.length <= 1) failWith('navigateBack', 'cannot navigate back at first page.')
    const step = async () => {
      if (this.host.stopped()) return
      const n = Math.min(Math.max(1, delta), this.pages.length - 1)
      for (let i = 0; i < n; i++) this.lifecycle(this.pages.pop(), 'onUnload')
      this.lifecycle(this.top(), 'onShow')
    }
    this.queue = this.queue.then(step, step)
    return this.queue
  }
}
