// One house: grade in colour, its build, and whether anyone lives in it.
import { View, Text } from '@tarojs/components'
import { HOUSE_RETIRE_REASON_LABELS, OCCUPANCY_LABELS, STRUCTURE_LABELS, type HouseView } from '@domain'
import { GradeBadge } from '../../components/GradeBadge'
import { CallVillage } from '../../components/CallVillage'
import { dayText } from '../../format/time'
import { areaText, isOccupiedDanger } from '../../format/house'
import { Card } from '../../components/Card'
import { Kv } from '../../components/Kv'

/** Who reads the card: the family living there, or the people who act on it. */
export type Audience = 'resident' | 'staff'

const DANGER_TEXT: Record<Audience, string> = {
  resident: '这是危房，请不要在里面住，尽快联系村里安排',
  staff: '危房仍有人居住，需尽快组织撤离',
}

/** `onOpen`: the card opens the house's own page (for the people who act on it). */
export function HouseCard({ house, index, audience, onOpen }: { house: HouseView; index: number; audience: Audience; onOpen?: () => void }) {
  const danger = isOccupiedDanger(house)
  return (
    <Card className={`house-card${danger ? ' house-card--danger' : ''}${onOpen ? ' house-card--link' : ''}`} data-testid="house-card" data-house-id={house.id} onClick={onOpen}>
      <View className="house-card__head">
        <Text className="house-card__title">第 {index + 1} 栋房屋</Text>
        <GradeBadge grade={house.grade} long />
      </View>
      {danger && <Text className="notice notice--strong notice--danger house-card__alert">{DANGER_TEXT[audience]}</Text>}
      {house.retiredAt && (
        <Text className="notice notice--strong notice--danger house-card__alert" data-testid="house-card-retired">
          已不再监测：{house.retiredReason ? HOUSE_RETIRE_REASON_LABELS[house.retiredReason] : ''} {house.retiredNote}
        </Text>
      )}
      {danger && audience === 'resident' && <CallVillage />}
      <Kv label="房屋结构">{STRUCTURE_LABELS[house.structure]}</Kv>
      <Kv label="层数">{house.floors} 层</Kv>
      <Kv label="建成年份">{house.yearBuilt} 年</Kv>
      <Kv label="建筑面积">{areaText(house.floorAreaCm2)}</Kv>
      <Kv label="居住情况" danger={danger}>{OCCUPANCY_LABELS[house.occupancy]}</Kv>
      <Kv label="鉴定时间">{house.gradedAt ? dayText(house.gradedAt) : '还未鉴定'}</Kv>
      <Kv label="地址">{house.address}</Kv>
      {onOpen && <Text className="house-card__more">查看房屋和巡查 ›</Text>}
    </Card>
  )
}
