// The village's houses on WeChat's map: one marker per house, coloured by status, the
// view fitted to all of them. The h5 build draws HouseMap.tsx instead.
import { useState } from 'react'
import { Map, Text, type MapProps } from '@tarojs/components'
import type { MapHouse, MapStatus } from '@domain'
import dangerous from './icons/dangerous.png'
import evacuated from './icons/evacuated.png'
import hazard from './icons/hazard.png'
import safe from './icons/safe.png'
import watch from './icons/watch.png'
import { byDrawOrder } from './status'
import './map.css'

const ICONS: Record<MapStatus, string> = { safe, watch, hazard, dangerous, evacuated }

interface Props {
  houses: MapHouse[]
  selectedId: string | null
  onSelect: (house: MapHouse) => void
}

export function HouseMap({ houses, selectedId, onSelect }: Props) {
  const [failed, setFailed] = useState(false)
  const ordered = byDrawOrder(houses)
  const markers: MapProps.marker[] = ordered.map((h, i) => {
    const big = h.houseId === selectedId
    return { id: i, latitude: h.lat, longitude: h.lng, iconPath: ICONS[h.status], width: big ? 30 : 22, height: big ? 30 : 22, zIndex: big ? 999 : i, anchor: { x: 0.5, y: 0.5 } }
  })
  const points = ordered.map((h) => ({ latitude: h.lat, longitude: h.lng }))
  const centre = points[0] ?? { latitude: 29.84, longitude: 106.05 }
  if (failed) return <Text className="mp-count">地图没有打开，请检查网络后重新进入</Text>
  return (
    <Map
      id="house-map"
      className="mp-native"
      latitude={centre.latitude}
      longitude={centre.longitude}
      scale={15}
      markers={markers}
      includePoints={points}
      showScale
      onError={() => setFailed(true)}
      onMarkerTap={(e) => {
        const house = ordered[Number(e.detail.markerId)]
        if (house) onSelect(house)
      }}
    />
  )
}
