// The house tapped on the map: masked name, address, grade and status, and the way to
// the household's page.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { MapHouse } from '@domain'
import { GradeBadge } from '../../components/GradeBadge'
import { STATUS_COLORS, statusLabel } from './status'
import { Card } from '../../components/Card'
import './map.css'

export function HouseCard({ house, householdPath, onClose }: { house: MapHouse; householdPath: string; onClose: () => void }) {
  return (
    <Card className="mp-card" data-testid="map-house-card" data-house-id={house.houseId} style={{ borderLeftColor: STATUS_COLORS[house.status] }}>
      <View className="mp-card__head">
        <Text className="mp-card__name">{house.headNameMasked}</Text>
        <GradeBadge grade={house.grade} />
      </View>
      <Text className="mp-card__addr">{house.address}</Text>
      <View className="mp-card__status">
        <View className="mp-swatch" style={{ background: STATUS_COLORS[house.status] }} />
        <Text data-testid="map-house-status">{statusLabel(house.status)}</Text>
      </View>
      <View className="mp-card__buttons">
        <Button block size="large" type="primary" data-testid="map-open-household" onClick={() => void Taro.navigateTo({ url: `${householdPath}?id=${encodeURIComponent(house.householdId)}` })}>
          查看这户详情
        </Button>
        <Button block size="large" fill="outline" type="default" data-testid="map-card-close" onClick={onClose}>
          关闭
        </Button>
      </View>
    </Card>
  )
}
