// 灾情上报: the disasters this user declared or opened lately, and declaring a new one.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useSession } from '../../services/session'
import { useReloadOnShow } from '../street/useReloadOnShow'
import { shortDateTime } from '../alerts/time'
import { recentDisasters } from './recent'
import './disasters.css'

interface Props {
  eventPath: string
  /** Where to declare a new disaster; absent for roles that may not. */
  declarePath?: string
}

export function RecentDisasters({ eventPath, declarePath }: Props) {
  const { me } = useSession()
  const [tick, setTick] = useState(0)
  useReloadOnShow(() => setTick((t) => t + 1))
  const list = me ? recentDisasters() : []
  return (
    <View data-testid="recent-disasters" data-tick={tick}>
      <Text className="section-title">灾情上报</Text>
      {declarePath && (
        <View className="ds-warn">
          <Button block size="large" type="warning" data-testid="disaster-declare-open" onClick={() => void Taro.navigateTo({ url: declarePath })}>
            ＋ 发生灾情，开始上报
          </Button>
        </View>
      )}
      {list.length === 0 ? (
        <Text className="ds-note">这台手机上还没有打开过的灾情。</Text>
      ) : (
        list.map((d) => (
          <View key={d.id} className="card ds-recent" data-testid="recent-disaster" data-event-id={d.id} onClick={() => void Taro.navigateTo({ url: `${eventPath}?eventId=${encodeURIComponent(d.id)}` })}>
            <Text className="ds-recent__title">{d.kindLabel}</Text>
            <Text className="ds-recent__line">
              {shortDateTime(d.occurredAt)} 发生 · {d.villages} 个村（社区） · {d.dueDate} 前上报完 ›
            </Text>
          </View>
        ))
      )}
    </View>
  )
}
