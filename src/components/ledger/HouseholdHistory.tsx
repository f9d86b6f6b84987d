// 变更记录: how the household came onto the list, what changed, when it left — newest first.
import { View, Text } from '@tarojs/components'
import type { HouseholdEventView } from '@domain'
import { AsyncView } from '../AsyncView'
import { useResult } from '../../hooks/useResult'
import { householdHistory } from '../../services/household'
import { dayText } from '../../format/time'
import '../street.css'
import { Card } from '../../components/Card'
import './ledger.css'

function EventItem({ event }: { event: HouseholdEventView }) {
  return (
    <View className={`hist-item hist-item--${event.kind}`} data-testid="history-item" data-kind={event.kind}>
      <View className="hist-item__head">
        <Text className="hist-item__kind">{event.kindLabel}</Text>
        <Text className="hist-item__date">{dayText(event.at)}</Text>
      </View>
      {event.note && <Text className="st-line">{event.note}</Text>}
      {event.changes.map((c, i) => (
        <Text key={i} className="hist-item__change">
          {c.field}：{c.from || '（空）'} → {c.to || '（空）'}
        </Text>
      ))}
    </View>
  )
}

export function HouseholdHistory({ householdId }: { householdId: string }) {
  const history = useResult(() => householdHistory(householdId), [householdId])
  return (
    <View data-testid="household-history">
      <Text className="section-title st-block">变更记录</Text>
      <Card>
        <AsyncView state={history} onRetry={history.reload}>
          {(list) =>
            list.length === 0 ? (
              <Text className="st-line" data-testid="history-empty">
                暂无变更记录
              </Text>
            ) : (
              list.map((e) => <EventItem key={e.id} event={e} />)
            )
          }
        </AsyncView>
      </Card>
    </View>
  )
}
