// The village's houses on WeChat's map: one marker per house, coloured by status, the
// view fitted to all of them. The h5 build draws HouseMap.tsx instead.
import type { MapProps } from '@tarojs/components'
import { WechatMap } from './WechatMap'
import type { MapHouse, MapStatus } from '@domain'
import dangerous from './icons/dangerous.png'
import evacuated from './icons/evacuated.png'
import hazard from './icons/hazard.png'
import safe from './icons/safe.png'
import watch from './icons/watch.png'
import { byDrawOrder } from './status'

const ICONS: Record<MapStatus, string> = { safe, watch, hazard, dangerous, evacuated }

interface Props {
  houses: MapHouse[]
  selectedId: string | null
  onSelect: (house: MapHouse) => void
}

export function HouseMap({ houses, selectedId, onSelect }: Props) {
  const ordered = byDrawOrder(houses)
  const markers: MapProps.marker[] = ordered.map((h, i) => {
    const big = h.houseId === selectedId
    return { id: i, latitude: h.lat, longitude: h.lng, iconPath: ICONS[h.status], width: big ? 30 : 22, height: big ? 30 : 22, zIndex: big ? 999 : i, anchor: { x: 0.5, y: 0.5 } }
  })
  const points = ordered.map((h) => ({ latitude: h.lat, longitude: h.lng }))
  return (
    <WechatMap
      id="house-map"
      scale={15}
      markers={markers}
      points={points}
      onTap={(i) => {
        const house = ordered[i]
        if (house) onSelect(house)
      }}
    />
  )
}
