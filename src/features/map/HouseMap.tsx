// The village's houses in a browser (the h5 build has no native map): an SVG scatter of
// the houses placed from their coordinates, coloured by status. Each dot has a tap area
// of at least 28 px. See HouseMap.weapp.tsx for WeChat's map.
import { View } from '@tarojs/components'
import type { MapHouse } from '@domain'
import { project } from './project'
import { STATUS_COLORS, byDrawOrder } from './status'
import './map.css'
import { drawFont, palette } from '../../styles/theme'

/** Drawing units are about one CSS pixel on a phone, so radii read as pixels. */
const WIDTH = 360
const MARGIN = 20
const DOT = 7
const HIT = 15

interface Props {
  houses: MapHouse[]
  selectedId: string | null
  onSelect: (house: MapHouse) => void
}

export function HouseMap({ houses, selectedId, onSelect }: Props) {
  const { width, height, placed } = project(byDrawOrder(houses), WIDTH, MARGIN)
  const selected = placed.find((p) => p.house.houseId === selectedId)
  return (
    <View className="mp-canvas" data-testid="house-map" data-count={houses.length}>
      <svg className="mp-svg" viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label="房屋分布图">
        <rect x={0} y={0} width={width} height={height} rx={10} fill={palette.mapGround} />
        {/* Under the dots: a house there stays visible and tappable. */}
        <g pointerEvents="none">
          <rect x={width - 52} y={6} width={44} height={24} rx={12} fill={palette.card} opacity={0.85} />
          <text x={width - 30} y={23} textAnchor="middle" fontSize={drawFont.mapLabel} fill={palette.text2}>
            北 ↑
          </text>
        </g>
        {placed.map(({ house, x, y }) => (
          <g key={house.houseId} className="mp-dot" data-testid="map-house" data-house-id={house.houseId} data-status={house.status} onClick={() => onSelect(house)}>
            <circle cx={x} cy={y} r={HIT} fill="transparent" />
            <circle cx={x} cy={y} r={DOT} fill={STATUS_COLORS[house.status]} stroke={palette.card} strokeWidth={2} />
          </g>
        ))}
        {selected && <circle cx={selected.x} cy={selected.y} r={DOT + 6} fill="none" stroke={palette.text} strokeWidth={3} pointerEvents="none" />}
      </svg>
    </View>
  )
}
