// The street's villages in a browser (the h5 build has no native map), drawn as
// HouseMap.tsx draws houses: an SVG with one circle per village at its place, coloured by
// what matters most there, the house count inside and the name beside it (under it where
// there is room, see labels.ts). Each circle is a large tap target. See StreetMap.weapp.tsx
// for WeChat's map.
import { MapFrame } from './MapFrame'
import type { MapVillage } from '@domain'
import { placePoints } from './project'
import { placeLabels } from './labels'
import { TONE_COLORS, byUrgency, clusterTone, occupiedDanger, placed } from './clusters'
import { drawFont, palette } from '../../styles/theme'

/** Drawing units are about one CSS pixel on a phone, so sizes read as pixels. */
const WIDTH = 360
const MARGIN = 48
const RADIUS = 22

interface Props {
  villages: MapVillage[]
  onOpen: (village: MapVillage) => void
}

export function StreetMap({ villages, onOpen }: Props) {
  const { width, height, placed: points } = placePoints(byUrgency(placed(villages)), WIDTH, MARGIN)
  const labels = placeLabels(points.map((p) => ({ x: p.x, y: p.y, name: p.item.villageName })), RADIUS, drawFont.mapVillage, { width, height })
  return (
    <MapFrame width={width} height={height} label="全街道各村分布图" testId="street-map" count={points.length}>
      {points.map(({ item: v, x, y }, i) => (
        <g key={v.villageId} className="mp-dot" data-testid="map-village" data-village-id={v.villageId} data-tone={clusterTone(v)} data-houses={v.houses} data-occupied-danger={occupiedDanger(v)} data-open-cases={v.openCases} onClick={() => onOpen(v)}>
          <circle cx={x} cy={y} r={RADIUS} fill={TONE_COLORS[clusterTone(v)]} stroke={palette.card} strokeWidth={3} />
          <text x={x} y={y + 5} textAnchor="middle" fontSize={drawFont.mapCount} fontWeight={700} fill={palette.textInverse}>
            {v.houses}栋
          </text>
          <text x={labels[i]!.x} y={labels[i]!.y} textAnchor={labels[i]!.anchor} fontSize={drawFont.mapVillage} fontWeight={700} fill={palette.text} stroke={palette.card} strokeWidth={4} paintOrder="stroke">
            {v.villageName}
          </text>
        </g>
      ))}
    </MapFrame>
  )
}
