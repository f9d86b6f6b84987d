// WeChat's <map> as both weapp maps use it (imported by the *.weapp.tsx files only):
// fitted to the given points, a tap on a marker or its callout answers its index, and a
// map that cannot load says so in plain words.
import { useState } from 'react'
import { Map, Text, type MapProps } from '@tarojs/components'
import './map.css'

interface Props {
  id: string
  scale: number
  markers: MapProps.marker[]
  points: Array<{ latitude: number; longitude: number }>
  onTap: (index: number) => void
}

export function WechatMap({ id, scale, markers, points, onTap }: Props) {
  const [failed, setFailed] = useState(false)
  const centre = points[0] ?? { latitude: 29.84, longitude: 106.05 }
  if (failed) return <Text className="mp-count">地图没有打开，请检查网络后重新进入</Text>
  return (
    <Map
      id={id}
      className="mp-native"
      latitude={centre.latitude}
      longitude={centre.longitude}
      scale={scale}
      markers={markers}
      includePoints={points}
      showScale
      onError={() => setFailed(true)}
      onMarkerTap={(e) => onTap(Number(e.detail.markerId))}
      onCalloutTap={(e) => onTap(Number(e.detail.markerId))}
    />
  )
}
