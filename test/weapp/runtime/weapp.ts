// What a test holds: a phone with the compiled app on it, signed in to WeChat as one demo
// account, talking to a real server. It launches and restarts the app, reads the screen
// and taps and types through Taro's own event handler, as WeChat delivers events.
import { createTestEnv, type TestEnv } from '../../support/local-env'
import { AppRun, type PageInstance } from './app-run'
import { CloudBridge } from './cloud'
import { Phone } from './phone'
import { findAll, findByText, textOf, type Located, type TaroNode } from './tree'

export interface WeappOptions {
  /** The demo account this WeChat user is bound to; none for a stranger. */
  user?: string
  env?: TestEnv
}

export class Weapp {
  run!: AppRun
  private constructor(
    readonly env: TestEnv,
    readonly phone: Phone,
    readonly cloud: CloudBridge,
    private readonly ownEnv: boolean,
  ) {}

  static async start(opts: WeappOptions = {}): Promise<Weapp> {
    const env = opts.env ?? (await createTestEnv({ now: new Date().toISOString() }))
    const phone = new Phone()
    const cloud = new CloudBridge(env, phone, `o-${opts.user ?? 'stranger'}`)
    if (opts.user) await cloud.bindDemoUser(opts.user)
    return new Weapp(env, phone, cloud, !opts.env)
  }

  /** A cold start of the app on `path` (default: the entry page). */
  async launch(path?: string, query?: Record<string, string>): Promise<void> {
    this.run = new AppRun(this.phone, this.cloud)
    await this.run.launch(path, query)
  }

  /** WeChat kills the app and the person opens it again: only the phone's storage and user files remain. */
  async restart(path?: string): Promise<void> {
    this.run.kill()
    this.phone.files.clearTemp()
    await this.launch(path)
  }

  /** The phone's network changes while the app runs. */
  setNetwork(type: Phone['network']): void {
    this.phone.network = type
    this.run.networkChanged()
  }

  page(): PageInstance {
    const p = this.run.top()
    if (!p) throw new Error('no page open')
    return p
  }

  root(): TaroNode {
    return (this.page().data.root ?? { cn: [] }) as TaroNode
  }

  screen(): string {
    return textOf(this.root())
  }

  async until<T>(probe: () => T | null | undefined | false, what: string, timeoutMs = 10000): Promise<T> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const v = probe()
      if (v) return v
      if (this.run.errors.length) throw new Error(`the app failed while waiting for ${what}: ${String(this.run.errors[0])}`)
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; on ${this.page().route} the screen shows: ${this.screen().slice(0, 600)}`)
      await new Promise((r) => setTimeout(r, 20))
    }
  }

  async see(text: string | RegExp, timeoutMs?: number): Promise<Located> {
    return this.until(() => findByText(this.root(), text)[0], `“${String(text)}”`, timeoutMs)
  }

  async onPage(route: string, timeoutMs?: number): Promise<void> {
    await this.until(() => this.run.top()?.route === route, `page ${route}`, timeoutMs)
  }

  /** Taps the innermost element showing `text`; WeChat bubbles the tap to every bound ancestor. */
  async tap(text: string | RegExp): Promise<void> {
    const tappable = (l: Located) => l.path.some((n) => this.run.kinds.get(String(n.nn))?.events.has('tap'))
    const hit = await this.until(() => findByText(this.root(), text).find(tappable), `something to tap showing “${String(text)}”`)
    this.fire(hit, 'tap', { x: 0, y: 0 }, true)
    this.agreePrivacyIfAsked(hit)
    await new Promise((r) => setTimeout(r, 0))
  }

  /**
   * A tapped <button open-type="agreePrivacyAuthorization">: WeChat notes the button (its
   * id is what the app's resolve must name) and delivers agreeprivacyauthorization to it.
   */
  private agreePrivacyIfAsked(hit: Located): void {
    const button = [...hit.path].reverse().find((n) => this.run.kinds.get(String(n.nn))?.tag === 'button')
    if (!button || this.attr(button, 'open-type') !== 'agreePrivacyAuthorization') return
    this.phone.privacy.agreeButtonTaps.push(String(button.uid ?? button.sid))
    this.fire({ node: button, path: hit.path.slice(0, hit.path.indexOf(button) + 1) }, 'agreeprivacyauthorization', {}, false)
  }

  fire(hit: Located, type: string, detail: Record<string, unknown>, bubbles: boolean): void {
    const target = { id: hit.node.sid, dataset: { sid: hit.node.sid } }
    const chain = bubbles ? [...hit.path].reverse() : [hit.node]
    let delivered = 0
    // A tap's handling lasts its own turn of the event loop (its handlers and their microtasks).
    if (type === 'tap') {
      this.run.hooks.inTap = true
      setImmediate(() => {
        this.run.hooks.inTap = false
      })
    }
    for (const node of chain) {
      if (!node.sid || !this.run.kinds.get(String(node.nn))?.events.has(type)) continue
      const event = { type, timeStamp: Date.now(), target, currentTarget: { id: node.sid, dataset: { sid: node.sid } }, detail: { ...detail }, mark: {}, touches: [], changedTouches: [] }
      delivered++
      this.run.guard(() => this.page().eh(event))
    }
    if (!delivered) throw new Error(`nothing listens for ${type} on “${textOf(hit.node)}”`)
  }

  /** Nodes of one WeChat component (e.g. 'map', 'image'), by the tag its template renders. */
  nodesOf(tag: string): Located[] {
    return findAll(this.root(), (n) => this.run.kinds.get(String(n.nn))?.tag === tag)
  }

  /** A WeChat attribute of a rendered node (its `src`, a map's `markers`), as WeChat reads it. */
  attr(node: TaroNode, name: string): unknown {
    const key = this.run.kinds.get(String(node.nn))?.attrs.get(name)
    return key ? node[key] : undefined
  }

  async close(): Promise<void> {
    this.run?.kill()
    if (this.ownEnv) await this.env.close()
  }
}
