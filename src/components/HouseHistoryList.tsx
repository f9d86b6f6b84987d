// The registry history of a house, newest first: who changed what, from what to what.
import { View, Text } from '@tarojs/components'
import type { HouseHistoryEntry } from '@domain'
import { AsyncView } from './AsyncView'
import { useResult } from '../hooks/useResult'
import { houseHistory } from '../services/house'
import { timeText } from '../format/time'
import './house-history.css'
import { Card } from './Card'

const KIND_TEXT: Record<HouseHistoryEntry['kind'], string> = { registered: '登记房屋', edited: '修改房屋信息', retired: '标记不再监测' }

export function HouseHistoryList({ houseId, version = 0 }: { houseId: string; version?: number }) {
  const history = useResult(() => houseHistory(houseId), [houseId, version])
  return (
    <Card data-testid="house-history">
      <Text className="card-title">房屋信息变更记录</Text>
      <AsyncView state={history} onRetry={history.reload} isEmpty={(l) => l.length === 0} emptyText="还没有登记或修改的记录">
        {(list) => (
          <View>
            {list.map((e) => (
              <View key={e.id} className="hs-history__item" data-testid="house-history-item" data-kind={e.kind}>
                <Text className="hs-history__head">
                  {timeText(e.at)} · {e.actorName || '（已停用的账号）'} · {KIND_TEXT[e.kind]}
                </Text>
                {e.changes.map((c) => (
                  <Text key={c.field} className="hs-history__line">
                    {e.kind === 'registered' ? `${c.label}：${c.after}` : `${c.label}：${c.before} → ${c.after}`}
                  </Text>
                ))}
                {e.note && <Text className="hs-history__line">说明：{e.note}</Text>}
              </View>
            ))}
          </View>
        )}
      </AsyncView>
    </Card>
  )
}
