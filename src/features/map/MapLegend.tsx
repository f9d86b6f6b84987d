// What each colour means, with how many houses have it.
import { View, Text } from '@tarojs/components'
import type { MapHouse } from '@domain'
import { STATUS_COLORS, STATUS_ORDER, countByStatus, statusLabel } from './status'
import './map.css'

export function MapLegend({ houses }: { houses: MapHouse[] }) {
  const counts = countByStatus(houses)
  return (
    <View className="mp-legend" data-testid="map-legend">
      {STATUS_ORDER.map((s) => (
        <View key={s} className="mp-legend__item" data-testid={`map-legend-${s}`} data-count={counts[s]}>
          <View className="mp-swatch" style={{ background: STATUS_COLORS[s] }} />
          <Text className="mp-legend__label">{statusLabel(s)}</Text>
          <Text className="mp-legend__count">{counts[s]}</Text>
        </View>
      ))}
    </View>
  )
}
