// Per village, in the order the server ranks them (occupied danger first): households,
// patrol coverage, open cases and overdue items, C/D households and lived-in C/D houses in
// red, each column with its unit. A row opens the village's households (its 户 figure).
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { DashboardVillage } from '@domain'
import type { DashboardLinks } from './links'
import { coverage, dangerous, overdue } from './figures'
import { Card } from '../../components/Card'
import { UNIT, figureAttrs } from '../../format/figures'
import './dashboard.css'

const COLUMNS: Array<{ key: string; label: string; value: (v: DashboardVillage) => number | string; danger?: (v: DashboardVillage) => boolean }> = [
  { key: 'occupiedDangerous', label: '危房有人住(栋)', value: (v) => v.occupiedDangerous + v.occupiedSuspected, danger: (v) => v.occupiedDangerous + v.occupiedSuspected > 0 },
  { key: 'coverage', label: '巡查率', value: (v) => `${coverage(v)}%` },
  { key: 'openCases', label: '未办结(件)', value: (v) => v.openCases },
  { key: 'overdue', label: '逾期(项)', value: (v) => overdue(v), danger: (v) => overdue(v) > 0 },
  { key: 'dangerous', label: 'C/D(户)', value: (v) => dangerous(v) },
]

export function VillageTable({ villages, links }: { villages: DashboardVillage[]; links: DashboardLinks }) {
  return (
    <Card className="db-table" data-testid="dash-villages">
      <Text className="db-chart__title">各村（社区）情况</Text>
      <View className="db-table__row db-table__row--head">
        <Text className="db-table__name">村（社区）</Text>
        {COLUMNS.map((c) => (
          <Text key={c.key} className={`db-table__cell${c.key === 'occupiedDangerous' ? ' db-table__cell--critical' : ''}`}>
            {c.label}
          </Text>
        ))}
      </View>
      {villages.map((v) => (
        <View key={v.villageId} className="db-table__row" data-testid="dash-village-row" data-village-id={v.villageId} {...figureAttrs(`village-${v.villageId}`, v.households, UNIT.household)} onClick={() => void Taro.navigateTo({ url: links.households({ villageId: v.villageId }) })}>
          <View className="db-table__name">
            <Text className="db-table__village">{v.villageName}</Text>
            <Text className="db-table__hh">{v.households} 户</Text>
          </View>
          {COLUMNS.map((c) => (
            <Text key={c.key} className={`db-table__cell${c.key === 'occupiedDangerous' ? ' db-table__cell--critical' : ''}${c.danger?.(v) ? ' db-table__cell--danger' : ''}`} data-col={c.key}>
              {c.value(v)}
            </Text>
          ))}
        </View>
      ))}
    </Card>
  )
}
