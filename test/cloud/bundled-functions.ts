// The two bundles deploy uploads (cloudfunctions/api/index.js, cloudfunctions/tick/index.js),
// each loaded as its own function instance (a fresh module registry, so each has its own
// wx-server-sdk, as two cloud functions do), with the environment the platform gives a
// function, pointed at the CloudBase emulator. Who calls is set as the platform sets it:
// WX_CONTEXT_KEYS names the WX_* variables that getWXContext() reads (WX_OPENID → OPENID);
// a timer trigger runs with none of them.
import fs from 'node:fs'
import path from 'node:path'
import type { Result } from '../../domain'
import type { CloudEmulator } from '../support/cloudbase-emulator'
import type { CloudBackend } from '../weapp/runtime/cloud'

const ROOT = path.resolve(__dirname, '../..')
export const BUNDLES = { api: path.join(ROOT, 'cloudfunctions/api/index.js'), tick: path.join(ROOT, 'cloudfunctions/tick/index.js') }
export const WEAPP_DIST = path.join(ROOT, 'dist/weapp')

type Main = (event: unknown) => Promise<unknown>

/** Fails (never skips) when a build this rehearsal proves is missing. */
export function requireBuilt(file: string, how: string): void {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`${how}\` first (this test proves that build)`)
}

function loadMain(file: string): Main {
  requireBuilt(file, 'npm run build:cloud')
  let main: Main | undefined
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    main = (require(file) as { main?: Main }).main
  })
  if (typeof main !== 'function') throw new Error(`${file} exports no main`)
  return main
}

export interface DeployedFunctions {
  /** The api function invoked by the WeChat user with this OPENID. */
  callApi<T = unknown>(openid: string, action: string, input: unknown): Promise<{ ok: true; data: T } | { ok: false; code: string; message: string }>
  /** The same, with the event as wx.cloud.callFunction sends it. */
  invokeApi(openid: string, event: unknown): Promise<Result<unknown>>
  /** The tick function invoked by its timer trigger. */
  timer(at: Date): Promise<unknown>
  /** The tick function invoked by a WeChat user (it must refuse). */
  tickAsUser(openid: string): Promise<unknown>
}

/** The function environment: the emulator's service address plus the project's variables. */
export function deployFunctions(emu: CloudEmulator, vars: Record<string, string>): DeployedFunctions {
  Object.assign(process.env, emu.env, vars)
  const api = loadMain(BUNDLES.api)
  const tick = loadMain(BUNDLES.tick)
  const as = async <T>(openid: string | null, run: () => Promise<T>): Promise<T> => {
    if (openid) Object.assign(process.env, { WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID', WX_OPENID: openid, WX_APPID: 'wx0000emulated0000' })
    try {
      return await run()
    } finally {
      delete process.env.WX_CONTEXT_KEYS
      delete process.env.WX_OPENID
      delete process.env.WX_APPID
    }
  }
  return {
    invokeApi: (openid, event) => as(openid, () => api(JSON.parse(JSON.stringify(event)))) as never,
    callApi: (openid, action, input) => as(openid, () => api(JSON.parse(JSON.stringify({ action, input })))) as never,
    timer: (at) => as(null, () => tick({ Type: 'Timer', TriggerName: 'tick', Time: at.toISOString().replace(/\.\d{3}Z$/, 'Z') })),
    tickAsUser: (openid) => as(openid, () => tick({ Type: 'Timer', TriggerName: 'tick', Time: new Date().toISOString() })),
  }
}

/**
 * wx.cloud of a phone in cloud mode: callFunction('api') invokes the bundled api function
 * as that WeChat user; uploadFile lands the bytes at cloudPath in the environment's bucket
 * (the file id is the bucket's); downloadFile fetches the emulator's signed link.
 */
export function cloudBackend(fns: DeployedFunctions, emu: CloudEmulator): CloudBackend {
  return {
    call: (openid, event) => fns.invokeApi(openid, event),
    upload: async (_openid, cloudPath, bytes) => {
      emu.storage.put(cloudPath, bytes)
      return emu.storage.fileIdOf(cloudPath)
    },
    download: async (url) => {
      const res = await fetch(url)
      return res.ok ? Buffer.from(await res.arrayBuffer()) : null
    },
  }
}
