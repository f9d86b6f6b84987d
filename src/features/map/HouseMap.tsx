// The village's houses in a browser (the h5 build has no native map): an SVG scatter of
// the houses placed from their coordinates, coloured by status. Each dot has a tap area
// of at least 28 px. See HouseMap.weapp.tsx for WeChat's map.
import { MapFrame } from './MapFrame'
import type { MapHouse } from '@domain'
import { project } from './project'
import { STATUS_COLORS, byDrawOrder } from './status'
import { palette } from '../../styles/theme'

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
    <MapFrame width={width} height={height} label="房屋分布图" testId="house-map" count={houses.length}>
      {placed.map(({ house, x, y }) => (
        <g key={house.houseId} className="mp-dot" data-testid="map-house" data-house-id={house.houseId} data-status={house.status} onClick={() => onSelect(house)}>
          <circle cx={x} cy={y} r={HIT} fill="transparent" />
          <circle cx={x} cy={y} r={DOT} fill={STATUS_COLORS[house.status]} stroke={palette.card} strokeWidth={2} />
        </g>
      ))}
      {selected && <circle cx={selected.x} cy={selected.y} r={DOT + 6} fill="none" stroke={palette.text} strokeWidth={3} pointerEvents="none" />}
    </MapFrame>
  )
}
