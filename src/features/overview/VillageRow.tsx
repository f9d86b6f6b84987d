// One village (or the total) as a card: counts, grade breakdown, occupied danger in red.
import { View, Text } from '@tarojs/components'
import type { Grade, VillageCounts } from '@domain'
import { Card } from '../../components/Card'

const GRADE_CELLS: { key: Grade | 'none'; label: string }[] = [
  { key: 'A', label: 'A级' },
  { key: 'B', label: 'B级' },
  { key: 'C', label: 'C级' },
  { key: 'D', label: 'D级' },
  { key: 'none', label: '未鉴定' },
]

export function VillageRow({ counts: c, total = false }: { counts: VillageCounts; total?: boolean }) {
  const alert = c.occupiedDangerous > 0
  return (
    <Card
      className={`ov-row${total ? ' ov-row--total' : ''}${alert && !total ? ' ov-row--alert' : ''}`}
      data-testid={total ? 'overview-total' : 'overview-row'}
      data-village-id={c.villageId}
    >
      <View className="ov-row__head">
        <Text className="ov-row__name">{c.villageName}</Text>
        <View className="ov-row__figures">
          <Text className="ov-row__figure">
            <Text className="ov-row__num">{c.households}</Text> 户
          </Text>
          <Text className="ov-row__figure">
            <Text className="ov-row__num">{c.houses}</Text> 栋房
          </Text>
        </View>
      </View>
      <View className="fig-tiles ov-grades">
        {GRADE_CELLS.map((g) => (
          <View key={g.key} className={`fig-tile ov-grade ov-grade--${g.key}`}>
            <Text className="fig-tile__num ov-grade__num">{c.byGrade[g.key]}</Text>
            <Text className="fig-tile__label ov-grade__label">{g.label}</Text>
          </View>
        ))}
      </View>
      <View className={`ov-danger${alert ? ' ov-danger--on' : ''}`} data-testid="occupied-dangerous">
        <Text className="ov-danger__label">有人居住的C/D级危房</Text>
        <Text className="ov-danger__num">{c.occupiedDangerous} 栋</Text>
      </View>
    </Card>
  )
}
