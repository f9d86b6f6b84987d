// What a refused WeChat permission means for the person holding the phone. WeChat answers
// a refused camera, album, location or privacy agreement with an errMsg; a tap on 拍照 or
// 重新定位 that silently does nothing leaves an elderly farmer stuck, so each refusal is
// told in plain words with the one place to change it.
import Taro from '@tarojs/taro'
import { IS_WEAPP } from './platform'

export type Permission = 'camera' | 'location' | 'privacy'

export type WxFailure = 'cancel' | 'denied' | 'privacy' | 'other'

/** Sorts a WeChat API failure by its errMsg. */
export function classifyWxFailure(err: unknown): WxFailure {
  const msg = String((err as { errMsg?: string } | null)?.errMsg ?? (err instanceof Error ? err.message : err ?? '')).toLowerCase()
  if (msg.includes('privacy')) return 'privacy'
  if (/auth den|auth deny|authorize|permission denied|system permission|scope/.test(msg)) return 'denied'
  if (msg.includes('cancel')) return 'cancel'
  return 'other'
}

export class PermissionRefused extends Error {
  constructor(readonly permission: Permission) {
    super(`permission refused: ${permission}`)
    this.name = 'PermissionRefused'
  }
}

export const PERMISSION_HELP: Record<Permission, { title: string; steps: string }> = {
  camera: {
    title: '没有拍照的权限',
    steps: '请点下面的“去打开权限”，把“相机”和“相册”打开；如果还不行，到手机的“设置”里允许微信使用相机。',
  },
  location: {
    title: '没有定位的权限',
    steps: '请点下面的“去打开权限”，把“位置信息”打开，并打开手机的定位（GPS）。不开定位也能保存，只是记录里没有位置。',
  },
  privacy: {
    title: '还没有同意隐私保护指引',
    steps: '拍照、定位和填写身份证号之前，需要您先看并同意《安居哨隐私保护指引》。再点一次刚才的按钮就会出现。',
  },
}

/** Opens WeChat's permission page of this mini-program (weapp only; h5 asks the browser). */
export async function openPermissionSettings(): Promise<void> {
  if (IS_WEAPP) await Taro.openSetting({}).catch(() => undefined)
}
