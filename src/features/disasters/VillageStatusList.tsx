// Per village: 已上报完毕 (green), 未完成, or 逾期 (red), with the houses reported so far.
import { View, Text } from '@tarojs/components'
import type { DisasterEventView } from '@domain'
import { Card } from '../../components/Card'
import './disasters.css'

type VillageRow = DisasterEventView['villages'][number]

const statusOf = (v: VillageRow) => (v.done ? 'done' : v.overdue ? 'overdue' : 'open')
const STATUS_TEXT = { done: '已上报完毕', overdue: '逾期', open: '未完成' } as const

export function VillageStatusList({ villages }: { villages: VillageRow[] }) {
  // The late ones first: they need a phone call today.
  const order = { overdue: 0, open: 1, done: 2 }
  const rows = [...villages].sort((a, b) => order[statusOf(a)] - order[statusOf(b)])
  return (
    <Card className="ds-villages" data-testid="disaster-villages">
      {rows.map((v) => {
        const s = statusOf(v)
        return (
          <View key={v.villageId} className={`ds-village ds-village--${s}`} data-testid="disaster-village" data-village-id={v.villageId} data-status={s}>
            <Text className="ds-village__name">{v.villageName}</Text>
            <Text className="ds-village__count">
              {v.reports} 户{v.lateReports > 0 ? `（${v.lateReports} 户逾期上报）` : ''}
            </Text>
            <Text className={`ds-village__status ds-village__status--${s}`}>{STATUS_TEXT[s]}</Text>
          </View>
        )
      })}
    </Card>
  )
}
