// A block of figures, each with its label and unit; a dangerous one in red when above zero.
import { View, Text } from '@tarojs/components'
import type { DistrictFigures } from '@domain'
import { FIGURE_ROWS } from './figure-rows'
import './district.css'

export function FigureGrid({ figures, testId }: { figures: DistrictFigures; testId: string }) {
  return (
    <View className="ds-grid" data-testid={testId}>
      {FIGURE_ROWS.map((r) => {
        const v = figures[r.key]
        return (
          <View key={r.key} className={`ds-figure${r.danger && v > 0 ? ' ds-figure--danger' : ''}`} data-testid={`${testId}-${r.key}`} data-value={v}>
            <Text className="ds-figure__value">
              {v}
              <Text className="ds-figure__unit"> {r.unit}</Text>
            </Text>
            <Text className="ds-figure__label">{r.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
