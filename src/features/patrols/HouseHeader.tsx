// Whose house this is, where, and its grade: the top of the patrol form and house page.
import { View, Text } from '@tarojs/components'
import { GradeBadge } from '../../components/GradeBadge'
import type { HouseBrief } from '../../services/house'
import { placeText } from './format'
import { Card } from '../../components/Card'
import './field.css'

export function HouseHeader({ house, houseId, note }: { house: HouseBrief | null; houseId: string; note?: string }) {
  return (
    <Card className="house-head" data-testid="house-head" data-house-id={houseId}>
      <View className="house-head__row">
        <Text className="house-head__name">{house?.nameMasked ?? '房屋'}</Text>
        {house && <GradeBadge grade={house.grade} />}
      </View>
      <Text className="house-head__addr">{house ? placeText(house.villageName, house.address) : `编号 ${houseId}`}</Text>
      {note && <Text className="house-head__note">{note}</Text>}
    </Card>
  )
}
