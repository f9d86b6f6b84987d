// Steps of this case kept on the phone and not yet on the server (no signal when they were
// taken): each with its state in the outbox's words, so nobody takes the step twice.
import { View, Text } from '@tarojs/components'
import { QueueStateLine } from '../../components/QueueViews'
import type { QueueItem } from '../../services/offline/queue-types'

/** The outbox items of `caseId` that are not acknowledged yet. */
export function caseStepsOnPhone(items: readonly QueueItem[], caseId: string): QueueItem[] {
  return items.filter((i) => (i.kind === 'caseMove' || i.kind === 'caseRecord') && i.input.caseId === caseId && i.state !== 'synced')
}

export function QueuedSteps({ items }: { items: QueueItem[] }) {
  if (items.length === 0) return null
  return (
    <View className="card case-queued" data-testid="case-queued">
      <Text className="card-title">待上传（{items.length} 条）</Text>
      {items.map((i) => (
        <View key={i.id} className="case-queued__item" data-testid="case-queued-item" data-item-id={i.id} data-state={i.state}>
          <Text className="case-queued__title">{i.title}</Text>
          <QueueStateLine item={i} />
        </View>
      ))}
    </View>
  )
}
