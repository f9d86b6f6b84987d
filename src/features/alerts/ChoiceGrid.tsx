// Big tappable choices in a grid, one of them chosen; each may carry a colour chip.
import { View, Text } from '@tarojs/components'
import './form.css'

export interface Choice<T extends string> {
  value: T
  label: string
  detail?: string
  /** A colour chip before the label (warning colours). */
  chip?: string
}

interface Props<T extends string> {
  choices: Choice<T>[]
  value: T | null
  onChange: (value: T) => void
  testId: string
  columns?: 2 | 3 | 4
  /** The chosen choice is drawn in red (e.g. 倒塌). */
  danger?: (value: T) => boolean
}

export function ChoiceGrid<T extends string>({ choices, value, onChange, testId, columns = 2, danger }: Props<T>) {
  return (
    <View className={`fm-choices fm-choices--${columns}`} data-testid={testId} data-value={value ?? ''}>
      {choices.map((c) => {
        const on = value === c.value
        return (
          <View
            key={c.value}
            className={`fm-choice${on ? ' fm-choice--on' : ''}${on && danger?.(c.value) ? ' fm-choice--danger' : ''}`}
            data-testid={`${testId}-${c.value}`}
            data-chosen={on}
            onClick={() => onChange(c.value)}
          >
            <View className="fm-choice__row">
              {c.chip && <View className="fm-chip" style={{ background: c.chip }} />}
              <Text className="fm-choice__label">{c.label}</Text>
            </View>
            {c.detail && <Text className="fm-choice__detail">{c.detail}</Text>}
          </View>
        )
      })}
    </View>
  )
}
