// How a saved record stands, in the same words everywhere: on the phone waiting, being
// sent, on the server, or refused (kept, with the reason, until the person acts).
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { queueStateText, removeQueued, retryQueued } from '../services/offline/outbox'
import { OFFLINE_KINDS } from '../services/offline/kinds'
import type { QueueItem } from '../services/offline/queue-types'
import { shortTime } from '../format/time'
import './queue-views.css'
import { Card } from './Card'
import { palette } from '../styles/theme'

const ICON: Record<QueueItem['state'], string> = { pending: '⏳', sending: '⬆️', synced: '✅', failed: '⚠️' }

export function QueueStateLine({ item }: { item: QueueItem }) {
  return (
    <View className={`qstate qstate--${item.state}`} data-testid="queue-state" data-state={item.state} data-item-id={item.id}>
      <Text>
        {ICON[item.state]} {queueStateText(item)}
      </Text>
    </View>
  )
}

async function confirmRemove(item: QueueItem): Promise<void> {
  const { confirm } = await Taro.showModal({
    title: '删除这条记录？',
    content: item.state === 'failed' ? '删除后需要重新填写。' : '这条记录还没有上传，删除后无法恢复。',
    confirmText: '删除',
    confirmColor: palette.danger,
    cancelText: '不删',
  })
  if (confirm) await removeQueued(item.id)
}

export function QueueItemCard({ item }: { item: QueueItem }) {
  const waiting = item.state === 'pending' || item.state === 'failed'
  return (
    <Card className={`qitem qitem--${item.state}`} data-testid="queue-item" data-item-id={item.id} data-state={item.state}>
      <View className="qitem__head">
        <Text className="qitem__kind">{OFFLINE_KINDS[item.kind].label}</Text>
        <Text className="qitem__time">{shortTime(item.createdAt)}</Text>
      </View>
      <Text className="qitem__title">{item.title}</Text>
      <Text className="qitem__meta">
        照片 {item.photos.length} 张
        {item.photos.length > 0 && item.state !== 'synced' ? `，已传 ${item.photos.filter((p) => p.fileId).length} 张` : ''}
      </Text>
      <QueueStateLine item={item} />
      {waiting && (
        <View className="qitem__actions">
          {item.state === 'failed' && (
            <Button type="primary" size="small" data-testid="queue-retry" onClick={() => void retryQueued(item.id)}>
              重试
            </Button>
          )}
          <Button type="danger" fill="outline" size="small" data-testid="queue-delete" onClick={() => void confirmRemove(item)}>
            删除
          </Button>
        </View>
      )}
    </Card>
  )
}
