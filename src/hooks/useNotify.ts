// The caller's kinds with their server status, and WeChat's settings on this phone;
// subscribe() must run straight from a tap (its first step asks WeChat).
import { useCallback, useEffect, useState } from 'react'
import type { NotifyKindStatus } from '@domain'
import { call } from '../services/api'
import { recordConsent } from '../services/notify'
import { wxSubscribe, type SubscribeSetting } from '../services/wx-subscribe'

export interface NotifyState {
  kinds: NotifyKindStatus[] | null
  error: string | null
  /** Null where WeChat is not there, or it did not answer. */
  setting: SubscribeSetting | null
  /** False in a browser without WeChat: nothing can be subscribed here. */
  hasWx: boolean
  reload(): void
  /** Asks WeChat for these kinds (at most 3 templates) and records the answers; true when one was accepted. */
  subscribe(kinds: NotifyKindStatus[]): Promise<boolean>
  openSetting(): Promise<void>
}

export function useNotify(): NotifyState {
  const [kinds, setKinds] = useState<NotifyKindStatus[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [setting, setSetting] = useState<SubscribeSetting | null>(null)
  const wx = wxSubscribe()

  const reload = useCallback(() => {
    void call('notify.status', {}).then((res) => {
      if (res.ok) setKinds(res.data.kinds)
      else setError(res.message)
    })
    // Reading the settings asks the user nothing.
    const api = wxSubscribe()
    if (api) void api.getSetting().then(setSetting, () => setSetting(null))
  }, [])

  useEffect(reload, [reload])

  const subscribe = async (ask: NotifyKindStatus[]): Promise<boolean> => {
    if (!wx) return false
    const tmplIds = ask.map((k) => k.templateId).filter((id): id is string => Boolean(id)).slice(0, 3)
    if (tmplIds.length === 0) return false
    try {
      const answer = await wx.request(tmplIds)
      await recordConsent(tmplIds, answer)
      return tmplIds.some((id) => answer[id] === 'accept')
    } catch {
      // Closed or refused: the inbox still gets every message.
      return false
    } finally {
      reload()
    }
  }

  const openSetting = async () => {
    if (!wx) return
    await wx.openSetting().catch(() => undefined)
    reload()
  }

  return { kinds, error, setting, hasWx: Boolean(wx), reload, subscribe, openSetting }
}
