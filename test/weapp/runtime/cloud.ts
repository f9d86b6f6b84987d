// wx.cloud as the app sees it, backed by a real server: by default the local one —
// callFunction('api') goes through the same `dispatch` the cloud function runs, with the
// caller known by OPENID as in WeChat Cloud, and uploadFile puts the phone's file in the
// runtime's FileStore. A CloudBackend given instead (test/cloud: the bundled api function
// on the CloudBase emulator) takes the same calls. Both fail like WeChat when the phone has
// no network.
import type { Result } from '../../../domain'
import { dispatch } from '../../../server/actions/dispatch'
import { registry } from '../../../server/actions/registry'
import type { TestEnv } from '../../support/local-env'
import { failWith } from './wx-call'
import type { Phone } from './phone'

export interface ServerCall {
  action: string
  input: unknown
  ok: boolean
  code?: string
}

/** Where wx.cloud's requests end up. */
export interface CloudBackend {
  /** The api function invoked by the WeChat user with this OPENID. */
  call(openid: string, event: { action?: string; input?: unknown }): Promise<Result<unknown>>
  /** The bytes stored under cloudPath; the file id the app gets back. */
  upload(openid: string, cloudPath: string, bytes: Buffer, contentType: string): Promise<string>
  /** The bytes behind a temporary link the server handed out, or null (WeChat: 403). */
  download(url: string): Promise<Buffer | null>
}

/** The local server: the real dispatch and FileStore of a TestEnv. */
export function localBackend(env: TestEnv): CloudBackend {
  return {
    call: (openid, event) => dispatch(registry, env.rt.deps, event, { kind: 'openid', openid }),
    upload: async (_openid, cloudPath, bytes, type) => (await env.rt.files.put(cloudPath, bytes, type)).fileId,
    download: async (url) => {
      const u = new URL(url)
      const rel = decodeURIComponent(u.pathname.replace(/^\/files\//, ''))
      const fileId = env.rt.files.verify(rel, Number(u.searchParams.get('expires')), u.searchParams.get('sig') ?? '')
      return (fileId ? await env.rt.files.get(fileId) : null)?.bytes ?? null
    },
  }
}

/** A network answer always comes on a later turn of the event loop, however fast the server. */
const roundTrip = () => new Promise<void>((r) => setImmediate(r))

export class CloudBridge {
  readonly calls: ServerCall[] = []
  readonly uploads: Array<{ cloudPath: string; fileId: string; bytes: Buffer }> = []
  private readonly backend: CloudBackend

  constructor(
    /** The local server, or null when the phone talks to another backend. */
    private readonly localEnv: TestEnv | null,
    private readonly phone: Phone,
    /** The WeChat user on this phone, as the cloud knows him. */
    public openid: string,
    backend?: CloudBackend,
  ) {
    if (!backend && !localEnv) throw new Error('a CloudBridge needs a local env or a backend')
    this.backend = backend ?? localBackend(localEnv!)
  }

  get env(): TestEnv {
    if (!this.localEnv) throw new Error('this phone talks to a cloud backend, not a local env')
    return this.localEnv
  }

  /** Gives a demo account this phone's OPENID, as binding does in WeChat. */
  async bindDemoUser(userId: string): Promise<void> {
    const users = this.env.rt.store.collection('users')
    const ok = await users.update(userId, { openid: this.openid })
    if (!ok) throw new Error(`no demo user ${userId}`)
  }

  async callFunction(opts: { name?: string; data?: unknown }): Promise<{ result: unknown }> {
    await roundTrip()
    if (this.phone.network === 'none') failWith('cloud.callFunction', 'Error: errCode: -404011 cloud function execution error | errMsg: request:fail')
    if (opts.name !== 'api') failWith('cloud.callFunction', `FunctionName parameter could not be found: ${String(opts.name)}`)
    const event = JSON.parse(JSON.stringify(opts.data ?? {})) as { action?: string; input?: unknown }
    const result = await this.backend.call(this.openid, event)
    this.calls.push({ action: String(event.action), input: event.input, ok: result.ok, ...(result.ok ? {} : { code: result.code }) })
    return { result: JSON.parse(JSON.stringify(result)) }
  }

  async uploadFile(opts: { cloudPath?: string; filePath?: string }): Promise<{ fileID: string; statusCode: number }> {
    await roundTrip()
    if (this.phone.network === 'none') failWith('cloud.uploadFile', 'request:fail')
    const file = opts.filePath ? this.phone.files.read(opts.filePath) : undefined
    if (!file) failWith('cloud.uploadFile', `file not exist ${String(opts.filePath)}`)
    if (!opts.cloudPath) failWith('cloud.uploadFile', 'cloudPath is required')
    const ext = /\.(\w+)$/.exec(opts.cloudPath)?.[1]?.toLowerCase()
    const type = ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : ext === 'png' ? 'image/png' : 'application/octet-stream'
    const fileId = await this.backend.upload(this.openid, opts.cloudPath, file.bytes, type)
    this.uploads.push({ cloudPath: opts.cloudPath, fileId, bytes: file.bytes })
    return { fileID: fileId, statusCode: 204 }
  }

  /** downloadFile of a temporary link the server handed out: the bytes behind a valid signature. */
  async download(url: string): Promise<Buffer> {
    await roundTrip()
    if (this.phone.network === 'none') failWith('downloadFile', 'request:fail')
    const bytes = await this.backend.download(url)
    if (!bytes) failWith('downloadFile', `statusCode 403 ${url}`)
    return bytes
  }

  /** How many calls of an action reached the server (and were answered ok). */
  count(action: string, okOnly = true): number {
    return this.calls.filter((c) => c.action === action && (!okOnly || c.ok)).length
  }
}
