// The phone the app runs on: what outlives an app run (storage, user-data files, granted
// permissions, the network) and what the person will do next when WeChat asks (the photo
// taken, the code scanned, the answer to a consent sheet, the chat file chosen). A test
// sets these up, runs the app, restarts it, and reads them back.
import { FakeFiles } from './fake-fs'
import { FakeStorage } from './fake-storage'

export type NetworkType = 'wifi' | '4g' | 'none'
export type SubscribeAnswer = 'accept' | 'reject' | 'ban'

export interface CameraShot {
  width: number
  height: number
}

/** What WeChat's scanner hands back: a plain QR has `result`; a 小程序码 of this app has `path`. */
export interface ScanResult {
  result: string
  scanType: 'QR_CODE' | 'WX_CODE'
  path?: string
}

export interface ChatFile {
  name: string
  bytes: Buffer
}

export interface CanvasAbilities {
  /** canvasToTempFilePath works with an offscreen canvas (newer base libraries). */
  exportsToTempFile: boolean
  /** canvas.toDataURL exists (the fallback when it does not). */
  hasDataUrl: boolean
}

export class Phone {
  readonly storage = new FakeStorage()
  readonly files = new FakeFiles()
  network: NetworkType = 'wifi'
  location: { granted: boolean; lat: number; lng: number; accuracy: number } = { granted: true, lat: 29.3521, lng: 105.8832, accuracy: 12 }
  canvas: CanvasAbilities = { exportsToTempFile: true, hasDataUrl: true }
  /** Answers to the next chooseMedia calls, in order; 'cancel' closes the picker. */
  readonly camera: Array<CameraShot[] | 'cancel'> = []
  readonly scans: Array<ScanResult | 'cancel'> = []
  readonly subscribeAnswers: Array<SubscribeAnswer | 'fail'> = []
  readonly chatFiles: Array<ChatFile | 'cancel'> = []
  /** Every openDocument: the file and its bytes at that moment. */
  readonly opened: Array<{ filePath: string; fileType?: string; bytes: Buffer }> = []
  /** Every requestSubscribeMessage: the template ids asked for. */
  readonly subscribeAsked: string[][] = []
  readonly toasts: string[] = []
  /**
   * The 用户隐私保护指引 agreement, kept by WeChat per user. Agreed by default (the other
   * flows are tested after the first day); the ids of the agreePrivacyAuthorization
   * buttons the person tapped.
   */
  readonly privacy: { agreed: boolean; agreeButtonTaps: string[] } = { agreed: true, agreeButtonTaps: [] }
}
