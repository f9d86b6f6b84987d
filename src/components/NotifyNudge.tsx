// A quiet line on each home: when important kinds of this role will not reach WeChat it
// says which, and a tap subscribes (the natural moment WeChat requires) or opens 消息提醒
// when WeChat keeps a refusal; otherwise just the way to 消息提醒.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { ROLE_IMPORTANT_KINDS, ROLE_MESSAGE_KINDS, type Role } from '@domain'
import { ROUTES } from '../routes'
import { useReloadOnShow } from '../hooks/useReloadOnShow'
import { missingImportant, toAsk } from '../services/notify-kinds'
import { useNotify } from '../hooks/useNotify'
import './notify-nudge.css'

export function NotifyNudge({ role }: { role: Role | null }) {
  const n = useNotify()
  useReloadOnShow(n.reload)
  const openPage = () => void Taro.navigateTo({ url: ROUTES.notify })
  // This role's kinds, important by this role's measure (not another role's of the same person).
  const mine = n.kinds && role ? n.kinds.filter((k) => ROLE_MESSAGE_KINDS[role].includes(k.kind)).map((k) => ({ ...k, important: ROLE_IMPORTANT_KINDS[role].includes(k.kind) })) : []
  const missing = n.hasWx ? missingImportant(mine, n.setting) : []
  if (missing.length === 0) {
    return (
      <View className="nt-nudge" data-testid="notify-link">
        <Text className="nt-nudge__text" />
        <Text className="nt-nudge__more" onClick={openPage}>
          消息提醒 ›
        </Text>
      </View>
    )
  }
  const ask = toAsk(mine, n.setting)
  const tap = () => {
    if (ask.some((k) => missing.includes(k))) void n.subscribe(ask)
    else openPage()
  }
  return (
    <View className="nt-nudge" data-testid="notify-nudge">
      <Text className="nt-nudge__text" onClick={tap}>
        {`微信收不到「${missing.map((k) => k.name).join('、')}」，点这里开通`}
      </Text>
      <Text className="nt-nudge__more" data-testid="notify-nudge-page" onClick={openPage}>
        设置 ›
      </Text>
    </View>
  )
}
