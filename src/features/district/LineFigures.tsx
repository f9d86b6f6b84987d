// A street's or a village's few figures on one line of the district's lists; a dangerous
// one in red when above zero.
import { View, Text } from '@tarojs/components'
import type { DistrictFigures } from '@domain'
import { LINE_ROWS } from './figure-rows'
import './district.css'

export function LineFigures({ figures }: { figures: DistrictFigures }) {
  return (
    <View className="ds-street__figures">
      {LINE_ROWS.map((f) => (
        <Text key={f.key} className={`ds-street__figure${f.danger && figures[f.key] > 0 ? ' ds-street__figure--danger' : ''}`}>
          {f.label} {figures[f.key]} {f.unit}
        </Text>
      ))}
    </View>
  )
}
