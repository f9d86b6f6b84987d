// The street's villages on WeChat's map: one marker per village at its place, coloured
// by what matters most there, with a callout always showing its name and figures; a tap
// on either opens the village. The h5 build draws StreetMap.tsx instead.
import { useState } from 'react'
import { Map, Text, type MapProps } from '@tarojs/components'
import type { MapVillage } from '@domain'
import dangerous from './icons/dangerous.png'
import hazard from './icons/hazard.png'
import safe from './icons/safe.png'
import { byUrgency, clusterFigures, clusterTone, placed, type ClusterTone } from './clusters'
import { drawFont, palette } from '../../styles/theme'
import './map.css'

const ICONS: Record<ClusterTone, string> = { danger: dangerous, hazard, calm: safe }

interface Props {
  villages: MapVillage[]
  onOpen: (village: MapVillage) => void
}

const calloutText = (v: MapVillage) => [v.villageName, ...clusterFigures(v).map((f) => `${f.label} ${f.value} ${f.unit}`)].join('\n')

export function StreetMap({ villages, onOpen }: Props) {
  const [failed, setFailed] = useState(false)
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
  const centre = points[0] ?? { latitude: 29.84, longitude: 106.05 }
  const open = (markerId: number | string) => {
    const village = ordered[Number(markerId)]
    if (village) onOpen(village)
  }
  if (failed) return <Text className="mp-count">地图没有打开，请检查网络后重新进入</Text>
  return (
    <Map
      id="street-map"
      className="mp-native"
      latitude={centre.latitude}
      longitude={centre.longitude}
      scale={12}
      markers={markers}
      includePoints={points}
      showScale
      onError={() => setFailed(true)}
      onMarkerTap={(e) => open(e.detail.markerId)}
      onCalloutTap={(e) => open(e.detail.markerId)}
    />
  )
}
