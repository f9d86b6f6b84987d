// Above a screen showing the copy kept on the phone: from when it is ("11月30日 14:05 的
// 数据"), that a newer one is on its way, or — when the server gave up — why there is none.
import { View, Text } from '@tarojs/components'
import type { Cached } from '../hooks/useResult'
import { shortTime } from '../format/time'
import './cached-note.css'

export function CachedNote({ cached, onRetry }: { cached: Cached; onRetry?: () => void }) {
  const when = `${shortTime(cached.cachedAt)} 的数据`
  const waiting = cached.staleReason === ''
  return (
    <View className={`cached-note${waiting ? '' : ' cached-note--failed'}`} data-testid="cached-note" data-cached-at={cached.cachedAt} data-waiting={waiting}>
      <Text className="cached-note__text">{waiting ? `网络慢，先显示 ${when}，正在获取最新的…` : `${cached.staleReason}。现在显示的是 ${when}`}</Text>
      {!waiting && onRetry && (
        <Text className="cached-note__retry" data-testid="cached-note-retry" onClick={onRetry}>
          重试
        </Text>
      )}
    </View>
  )
}
