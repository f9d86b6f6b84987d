// One row of the household list: big masked name, where, who, and the worst grade.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { HouseholdSummary } from '@domain'
import { GradeBadge } from '../../components/GradeBadge'
import { CategoryTags } from '../../components/CategoryTags'
import { Card } from '../../components/Card'

export function HouseholdItem({ household: hh, detailPath }: { household: HouseholdSummary; detailPath: string }) {
  const open = () => void Taro.navigateTo({ url: `${detailPath}?id=${encodeURIComponent(hh.id)}` })
  return (
    <Card className="hh-item" data-testid="household-item" data-household-id={hh.id} onClick={open}>
      <View className="item-head">
        <Text className="item-name">{hh.headNameMasked}</Text>
        <GradeBadge grade={hh.worstGrade} />
      </View>
      <Text className="hh-item__meta">
        {hh.villageName} {hh.group} · {hh.members} 人 · {hh.houseCount} 栋房
      </Text>
      <CategoryTags categories={hh.categories} />
      <Text className="hh-item__more">查看详情 ›</Text>
    </Card>
  )
}
