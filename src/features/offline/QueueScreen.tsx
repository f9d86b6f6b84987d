// 待同步: every record still on the phone, its state, and 立即上传. Records the server
// refused stay here with the reason until the person retries or deletes them.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { loadMeOfflineFirst, syncNow, unsent, useOwnQueue } from '../../services/offline/outbox'
import { QueueItemCard } from '../../components/QueueViews'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './offline.css'

function QueueList({ ownerId }: { ownerId: string }) {
  const items = useOwnQueue(ownerId)
  const [syncing, setSyncing] = useState(false)
  const waiting = unsent(items)
  const done = items.filter((i) => i.state === 'synced')
  const upload = async () => {
    setSyncing(true)
    await syncNow(true)
    setSyncing(false)
  }
  return (
    <View data-testid="queue-screen">
      <Card className="queue-summary">
        <Text className="queue-summary__count" data-testid="queue-count" data-count={waiting.length}>
          {waiting.length > 0 ? `还有 ${waiting.length} 条没有上传` : '全部已上传'}
        </Text>
        <Text className="queue-summary__hint">记录先存在手机上，有信号时会自动上传，不会丢。</Text>
        {waiting.length > 0 && (
          <Button block type="primary" size="large" loading={syncing} data-testid="sync-now" onClick={() => void upload()}>
            立即上传
          </Button>
        )}
      </Card>
      {waiting.map((i) => (
        <QueueItemCard key={i.id} item={i} />
      ))}
      {done.length > 0 && <Text className="section-title queue-done-title">最近已上传</Text>}
      {done.map((i) => (
        <QueueItemCard key={i.id} item={i} />
      ))}
    </View>
  )
}

export function QueueScreen() {
  const me = useResult(loadMeOfflineFirst, [])
  return (
    <View className="page">
      <PageTitle>待同步</PageTitle>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <QueueList ownerId={user.userId} />}
      </AsyncView>
    </View>
  )
}
