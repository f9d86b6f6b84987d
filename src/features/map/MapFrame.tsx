// The drawing both h5 maps share: the ground, the north arrow (under the marks, so a mark
// there stays visible and tappable) and the SVG's size; the marks come as children.
import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { drawFont, palette } from '../../styles/theme'
import './map.css'

interface Props {
  width: number
  height: number
  /** Read out by screen readers. */
  label: string
  testId: string
  count: number
  children: ReactNode
}

export function MapFrame({ width, height, label, testId, count, children }: Props) {
  return (
    <View className="mp-canvas" data-testid={testId} data-count={count}>
      <svg className="mp-svg" viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={label}>
        <rect x={0} y={0} width={width} height={height} rx={10} fill={palette.mapGround} />
        <g pointerEvents="none">
          <rect x={width - 52} y={6} width={44} height={24} rx={12} fill={palette.card} opacity={0.85} />
          <text x={width - 30} y={23} textAnchor="middle" fontSize={drawFont.mapLabel} fill={palette.text2}>
            北 ↑
          </text>
        </g>
        {children}
      </svg>
    </View>
  )
}
