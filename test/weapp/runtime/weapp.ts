// What a test holds: a phone with the compiled app on it, signed in to WeChat as one demo
// account, talking to a real server. It launches and restarts the app, reads the screen
// and taps and types through Taro's own event handler, as WeChat delivers events.
import { createTestEnv, type TestEnv } from '../../support/local-env'
import { AppRun, type PageInstance } from './app-run'
import { CloudBridge, type CloudBackend } from './cloud'
import { Phone } from './phone'
import { findAll, findByText, textOf, type Located, type TaroNode } from './tree'

export interface WeappOptions {
  /** The demo account this WeChat user is bound to; none for a stranger. */
  user?: string
  env?: TestEnv
  /**
   * Where wx.cloud goes instead of a local env (the bundled cloud function on the
   * emulator); the phone's WeChat user is then `openid`, bound by the test beforehand.
   */
  cloud?: { backend: CloudBackend; openid: string }
}

export class Weapp {
  run!: AppRun
  private constructor(
    private readonly localEnv: TestEnv | null,
    readonly phone: Phone,
    readonly cloud: CloudBridge,
    private readonly ownEnv: boolean,
  ) {}

  static async start(opts: WeappOptions = {}): Promise<Weapp> {
    const phone = new Phone()
    if (opts.cloud) return new Weapp(null, phone, new CloudBridge(null, phone, opts.cloud.openid, opts.cloud.backend), false)
    const env = opts.env ?? (await createTestEnv({ now: new Date().toISOString() }))
    const cloud = new CloudBridge(env, phone, `o-${opts.user ?? 'stranger'}`)
    if (opts.user) await cloud.bindDemoUser(opts.user)
    return new Weapp(env, phone, cloud, !opts.env)
  }

  /** The local server this phone talks to (not there when it talks to a cloud backend). */
  get env(): TestEnv {
    if (!this.localEnv) throw new Error('this phone talks to a cloud backend, not a local env')
    return this.localEnv
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

  /** Types into the text box showing this placeholder, as WeChat delivers a keyboard's input event. */
  async type(placeholder: string, text: string): Promise<void> {
    const box = await this.until(() => this.nodesOf('input').find((l) => this.attr(l.node, 'placeholder') === placeholder), `a text box “${placeholder}”`)
    this.fire(box, 'input', { value: text, cursor: text.length, keyCode: 0 }, false)
    await new Promise((r) => setTimeout(r, 0))
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
    if (this.ownEnv) await this.localEnv?.close()
  }
}
