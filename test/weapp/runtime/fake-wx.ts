// A stateful `wx` for one app run. The method list starts from miniprogram-simulate's table
// of the wx API (so Taro promisifies the same names it would in WeChat); what the app
// really depends on is replaced by members backed by the Phone and the server: storage,
// files, camera, canvas, location, scanner, consent, chat files, documents, navigation,
// network and wx.cloud.
import crypto from 'node:crypto'
import { USER_DATA_PATH } from './fake-fs'
import { FakeOffscreenCanvas, fakeJpeg } from './canvas'
import type { CloudBridge } from './cloud'
import type { Phone } from './phone'
import { asyncApi, failWith, type Adopt, type WxOptions } from './wx-call'
import { privacyGate, type PrivacyHooks, type PrivacyListener } from './privacy-gate'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulateTable = require('miniprogram-simulate/src/api/index.js') as Record<string, unknown>

export interface Navigator {
  navigate(kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab', url: string): Promise<void>
  back(delta: number): Promise<void>
}

export interface WxHooks extends PrivacyHooks {
  networkListeners: Array<(s: { isConnected: boolean; networkType: string }) => void>
  appShowListeners: Array<(o: unknown) => void>
  calls: Array<{ api: string; opts: unknown }>
  /** True while a tap is being handled (its own turn of the event loop): WeChat lets
   * requestSubscribeMessage open its sheet only then. */
  inTap: boolean
}

let shotSeq = 0

export function createFakeWx(phone: Phone, cloud: CloudBridge, nav: Navigator, adopt: Adopt, hooks: WxHooks): Record<string, unknown> {
  const record = (api: string, opts: unknown) => hooks.calls.push({ api, opts })
  const api = <O extends WxOptions>(name: string, body: (o: O) => unknown) => asyncApi<O>(name, adopt, body, record)
  const gate = (name: string) => privacyGate(phone, hooks, name)
  const storage = phone.storage
  const files = phone.files

  // WeChat shows the consent sheet only for a call made while a tap is handled.
  const requestSubscribe = (o: { tmplIds?: string[] } & WxOptions, gesture: boolean) =>
    api<{ tmplIds?: string[] } & WxOptions>('requestSubscribeMessage', () => {
      const ids = o.tmplIds ?? []
      if (!gesture) failWith('requestSubscribeMessage', 'can only be invoked by user TAP gesture.', { errCode: 20001 })
      if (ids.length === 0 || ids.length > 3) failWith('requestSubscribeMessage', 'Templates count out of max bounds', { errCode: 20003 })
      phone.subscribeAsked.push([...ids])
      const answer = phone.subscribeAnswers.shift() ?? 'fail'
      if (answer === 'fail') failWith('requestSubscribeMessage', 'fail system error', { errCode: 10005 })
      return Object.fromEntries(ids.map((id) => [id, answer]))
    })(o)

  const wx: Record<string, unknown> = { ...simulateTable }

  Object.assign(wx, {
    env: { USER_DATA_PATH },

    // ---- storage (1 MB a key, 10 MB in all)
    setStorageSync: (key: string, value: unknown) => storage.set('setStorageSync', key, value),
    getStorageSync: (key: string) => {
      const json = storage.getJson(key)
      return json === undefined ? '' : adopt(JSON.parse(json))
    },
    removeStorageSync: (key: string) => storage.remove(key),
    getStorageInfoSync: () => adopt(storage.info()),
    setStorage: api<{ key: string; data: unknown }>('setStorage', (o) => storage.set('setStorage', o.key, o.data)),
    getStorage: api<{ key: string }>('getStorage', (o) => {
      const json = storage.getJson(o.key)
      if (json === undefined) failWith('getStorage', 'data not found')
      return { data: JSON.parse(json) }
    }),
    removeStorage: api<{ key: string }>('removeStorage', (o) => storage.remove(o.key)),

    // ---- files
    getFileSystemManager: () => files.manager(),
    saveFile: api<{ tempFilePath: string; filePath?: string }>('saveFile', (o) => ({ savedFilePath: files.manager().saveFileSync(o.tempFilePath, o.filePath) })),

    // ---- camera, pictures, canvas
    chooseMedia: api<{ count?: number; mediaType?: string[] }>('chooseMedia', async () => {
      await gate('chooseMedia')
      const next = phone.camera.shift()
      if (!next || next === 'cancel') failWith('chooseMedia', 'cancel')
      const tempFiles = next.map((shot) => {
        const bytes = fakeJpeg({ camera: ++shotSeq, width: shot.width, height: shot.height })
        const tempFilePath = files.addTemp(bytes, 'jpg', { image: { width: shot.width, height: shot.height } })
        return { tempFilePath, size: bytes.length, fileType: 'image', width: shot.width, height: shot.height }
      })
      return { tempFiles, type: 'image' }
    }),
    getImageInfo: api<{ src: string }>('getImageInfo', (o) => {
      const image = files.read(o.src)?.meta.image
      if (!image) failWith('getImageInfo', 'file not found')
      return { ...image, path: o.src, type: 'jpeg', orientation: 'up' }
    }),
    createOffscreenCanvas: (opts: { type?: string; width?: number; height?: number } = {}) => {
      record('createOffscreenCanvas', opts)
      return new FakeOffscreenCanvas(files, opts.width ?? 300, opts.height ?? 150, phone.canvas.hasDataUrl)
    },
    canvasToTempFilePath: api<{ canvas?: unknown; fileType?: string }>('canvasToTempFilePath', (o) => {
      if (!(o.canvas instanceof FakeOffscreenCanvas)) failWith('canvasToTempFilePath', 'canvas is empty')
      if (!phone.canvas.exportsToTempFile) failWith('canvasToTempFilePath', 'offscreen canvas is not supported')
      const c = o.canvas
      return { tempFilePath: files.addTemp(c.exportBytes(), o.fileType === 'png' ? 'png' : 'jpg', { image: { width: c.width, height: c.height } }) }
    }),
    previewImage: api('previewImage', () => ({})),

    // ---- location, scanner, consent
    getLocation: api<{ type?: string }>('getLocation', async () => {
      await gate('getLocation')
      if (!phone.location.granted) failWith('getLocation', 'auth deny')
      const { lat, lng, accuracy } = phone.location
      return { latitude: lat, longitude: lng, accuracy, altitude: 0, speed: -1, verticalAccuracy: 0, horizontalAccuracy: accuracy }
    }),
    scanCode: api('scanCode', () => {
      const next = phone.scans.shift()
      if (!next || next === 'cancel') failWith('scanCode', 'cancel')
      return { charSet: 'utf-8', rawData: '', ...next }
    }),
    requestSubscribeMessage: (o: { tmplIds?: string[] } & WxOptions = {}) => {
      // Whether the call came during a tap is decided when it is made, not when it settles.
      return requestSubscribe(o, hooks.inTap)
    },

    // ---- random bytes (miniprogram-simulate's table answers zeros, which would make every
    // phone's ids the same). An ArrayBuffer does not survive JSON, so it crosses as is.
    getRandomValues: (o: { length?: number } & WxOptions = {}) => {
      record('getRandomValues', o)
      const n = Number(o.length)
      const res = Number.isInteger(n) && n > 0 ? { errMsg: 'getRandomValues:ok', randomValues: Uint8Array.from(crypto.randomBytes(n)).buffer } : null
      const fail = adopt({ errMsg: 'getRandomValues:fail invalid length' })
      // On a later timer turn, as miniprogram-simulate answers (the app's first render may come first in WeChat).
      const settled = new Promise<typeof res>((r) => setTimeout(() => r(res), 0))
      if (o.success || o.fail || o.complete) {
        void settled.then((v) => {
          if (v) o.success?.(v)
          else o.fail?.(fail)
          o.complete?.(v ?? fail)
        })
        return undefined
      }
      return settled.then((v) => (v ? v : Promise.reject(fail)))
    },

    // ---- the privacy agreement
    onNeedPrivacyAuthorization: (fn: PrivacyListener) => {
      hooks.privacyListener = fn
    },
    requirePrivacyAuthorize: api('requirePrivacyAuthorize', () => gate('requirePrivacyAuthorize')),
    getPrivacySetting: api('getPrivacySetting', () => ({ needAuthorization: !phone.privacy.agreed, privacyContractName: '《安居哨隐私保护指引》' })),
    openPrivacyContract: api('openPrivacyContract', () => ({})),

    // ---- chat files and documents
    chooseMessageFile: api<{ count?: number; extension?: string[] }>('chooseMessageFile', async (o) => {
      await gate('chooseMessageFile')
      const next = phone.chatFiles.shift()
      if (!next || next === 'cancel') failWith('chooseMessageFile', 'cancel')
      const ext = /\.(\w+)$/.exec(next.name)?.[1]?.toLowerCase() ?? ''
      if (o.extension && !o.extension.map((e) => e.replace(/^\./, '').toLowerCase()).includes(ext)) failWith('chooseMessageFile', 'invalid extension')
      return { tempFiles: [{ path: files.addTemp(next.bytes, ext || 'bin'), size: next.bytes.length, name: next.name, type: 'file', time: Math.floor(Date.now() / 1000) }] }
    }),
    downloadFile: api<{ url: string }>('downloadFile', async (o) => {
      const bytes = await cloud.download(o.url)
      const ext = /\.(\w+)(?:\?|$)/.exec(new URL(o.url).pathname)?.[1] ?? 'bin'
      return { tempFilePath: files.addTemp(bytes, ext), statusCode: 200 }
    }),
    openDocument: api<{ filePath: string; fileType?: string; showMenu?: boolean }>('openDocument', (o) => {
      const f = files.read(o.filePath)
      if (!f) failWith('openDocument', `file doesn't exist ${o.filePath}`)
      const ext = (o.fileType ?? /\.(\w+)$/.exec(o.filePath)?.[1] ?? '').toLowerCase()
      if (!['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf'].includes(ext)) failWith('openDocument', 'filetype not supported')
      phone.opened.push({ filePath: o.filePath, fileType: o.fileType, bytes: f.bytes })
      return {}
    }),

    // ---- feedback
    showToast: api<{ title?: string }>('showToast', (o) => {
      phone.toasts.push(String(o.title ?? ''))
      return {}
    }),

    // ---- network and app events
    getNetworkType: api('getNetworkType', () => ({ networkType: phone.network })),
    onNetworkStatusChange: (fn: WxHooks['networkListeners'][number]) => void hooks.networkListeners.push(fn),
    offNetworkStatusChange: (fn: WxHooks['networkListeners'][number]) => {
      const i = hooks.networkListeners.indexOf(fn)
      if (i >= 0) hooks.networkListeners.splice(i, 1)
    },
    onAppShow: (fn: (o: unknown) => void) => void hooks.appShowListeners.push(fn),
    offAppShow: (fn: (o: unknown) => void) => {
      const i = hooks.appShowListeners.indexOf(fn)
      if (i >= 0) hooks.appShowListeners.splice(i, 1)
    },

    // ---- navigation
    navigateTo: api<{ url: string }>('navigateTo', (o) => nav.navigate('navigateTo', o.url)),
    redirectTo: api<{ url: string }>('redirectTo', (o) => nav.navigate('redirectTo', o.url)),
    reLaunch: api<{ url: string }>('reLaunch', (o) => nav.navigate('reLaunch', o.url)),
    switchTab: api<{ url: string }>('switchTab', (o) => nav.navigate('switchTab', o.url)),
    navigateBack: api<{ delta?: number }>('navigateBack', (o) => nav.back(o.delta ?? 1)),

    // ---- WeChat Cloud
    cloud: {
      DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
      init: (opts: unknown) => record('cloud.init', opts),
      callFunction: asyncApi('cloud.callFunction', adopt, (o: WxOptions) => cloud.callFunction(o as { name?: string; data?: unknown }), record),
      uploadFile: asyncApi('cloud.uploadFile', adopt, (o: WxOptions) => cloud.uploadFile(o as { cloudPath?: string; filePath?: string }), record),
    },
  })
  return wx
}
