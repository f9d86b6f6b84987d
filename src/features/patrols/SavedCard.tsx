// The page after a field record is saved on the phone: ✅ once it is uploaded (📱 until
// then), what it is, its place in the upload queue, and the ways on.
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { useQueueItem } from '../../services/offline/outbox'
import { QueueStateLine } from '../../components/QueueViews'
import { Card } from '../../components/Card'

interface Props {
  itemId: string
  testId: string
  /** The title once uploaded, and while it waits on the phone. */
  titles: { synced: string; saved: string }
  note?: ReactNode
  children: ReactNode
}

export function SavedCard({ itemId, testId, titles, note, children }: Props) {
  const item = useQueueItem(itemId)
  const synced = item?.state === 'synced'
  return (
    <Card className="saved" data-testid={testId} data-item-id={itemId}>
      <Text className="saved__icon">{synced ? '✅' : '📱'}</Text>
      <Text className="saved__title">{synced ? titles.synced : titles.saved}</Text>
      {item && <QueueStateLine item={item} />}
      {note}
      <View className="saved__actions">{children}</View>
    </Card>
  )
}
