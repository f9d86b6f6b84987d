// The WeChat subscription APIs the 消息提醒 page needs: the user's settings, asking for
// consent (only inside a tap) and opening the settings page. In the mini-program these
// are Taro's; the h5 build has no WeChat, so it uses an object the page's host put on
// window.__anjuWx (the browser tests do) and otherwise says WeChat is not there.
import Taro from '@tarojs/taro'
import { IS_WEAPP } from './platform'

export type ItemSetting = 'accept' | 'reject' | 'ban'

export interface SubscribeSetting {
  /** False when the user turned subscription messages off altogether. */
  mainSwitch: boolean
  /** Templates where the user ticked "总是保持以上选择，不再询问", with the choice kept. */
  items: Record<string, ItemSetting>
}

export interface WxSubscribe {
  getSetting(): Promise<SubscribeSetting>
  /** wx.requestSubscribeMessage: the answer per template id. Call from a tap only. */
  request(tmplIds: string[]): Promise<Record<string, string>>
  openSetting(): Promise<void>
}

/** Taro's getSetting answer, the part about subscriptions. */
interface RawSetting {
  subscriptionsSetting?: { mainSwitch?: boolean; itemSettings?: Record<string, string> }
}

export function toSubscribeSetting(raw: RawSetting): SubscribeSetting {
  const s = raw.subscriptionsSetting
  const items: Record<string, ItemSetting> = {}
  for (const [id, v] of Object.entries(s?.itemSettings ?? {})) if (v === 'accept' || v === 'reject' || v === 'ban') items[id] = v
  return { mainSwitch: s?.mainSwitch !== false, items }
}

const weapp: WxSubscribe = {
  getSetting: async () => toSubscribeSetting((await Taro.getSetting({ withSubscriptions: true })) as RawSetting),
  // Taro's typing asks for device fields (sn, modelId) that only device messages use.
  request: async (tmplIds) => (await Taro.requestSubscribeMessage({ tmplIds } as unknown as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>,
  openSetting: async () => {
    await Taro.openSetting({ withSubscriptions: true } as Taro.openSetting.Option)
  },
}

interface H5Host {
  getSetting(opts: { withSubscriptions: boolean }): Promise<RawSetting>
  requestSubscribeMessage(opts: { tmplIds: string[] }): Promise<Record<string, string>>
  openSetting(opts: { withSubscriptions: boolean }): Promise<unknown>
}

function h5(): WxSubscribe | null {
  const host = (globalThis as { __anjuWx?: H5Host }).__anjuWx
  if (!host) return null
  return {
    getSetting: async () => toSubscribeSetting(await host.getSetting({ withSubscriptions: true })),
    request: (tmplIds) => host.requestSubscribeMessage({ tmplIds }),
    openSetting: async () => {
      await host.openSetting({ withSubscriptions: true })
    },
  }
}

/** The subscription APIs, or null where WeChat is not there (h5 in a plain browser). */
export const wxSubscribe = (): WxSubscribe | null => (IS_WEAPP ? weapp : h5())
