// The street's villages on WeChat's map: one marker per village at its place, coloured
// by what matters most there, with a callout always showing its name and figures; a tap
// on either opens the village. The h5 build draws StreetMap.tsx instead.
import type { MapProps } from '@tarojs/components'
import { WechatMap } from './WechatMap'
import type { MapVillage } from '@domain'
import dangerous from './icons/dangerous.png'
import hazard from './icons/hazard.png'
import safe from './icons/safe.png'
import { byUrgency, clusterFigures, clusterTone, placed, type ClusterTone } from './clusters'
import { drawFont, palette } from '../../styles/theme'

const ICONS: Record<ClusterTone, string> = { danger: dangerous, hazard, calm: safe }

interface Props {
  villages: MapVillage[]
  onOpen: (village: MapVillage) => void
}

const calloutText = (v: MapVillage) => [v.villageName, ...clusterFigures(v).map((f) => `${f.label} ${f.value} ${f.unit}`)].join('\n')

export function StreetMap({ villages, onOpen }: Props) {
  const ordered = byUrgency(placed(villages))
  const markers: MapProps.marker[] = ordered.map((v, i) => ({
    id: i,
    latitude: v.lat,
    longitude: v.lng,
    iconPath: ICONS[clusterTone(v)],
    width: 36,
    height: 36,
    zIndex: i,
    anchor: { x: 0.5, y: 0.5 },
    callout: { content: calloutText(v), color: palette.text, fontSize: drawFont.mapCallout, anchorX: 0, anchorY: -4, borderRadius: 8, borderWidth: 2, borderColor: palette.text2, bgColor: palette.card, padding: 8, display: 'ALWAYS', textAlign: 'left' },
  }))
  const points = ordered.map((v) => ({ latitude: v.lat, longitude: v.lng }))
  return (
    <WechatMap
      id="street-map"
      scale={12}
      markers={markers}
      points={points}
      onTap={(i) => {
        const village = ordered[i]
        if (village) onOpen(village)
      }}
    />
  )
}
