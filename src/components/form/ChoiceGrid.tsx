// Big tappable choices in a grid, one of them chosen; each may carry a colour chip. The one
// choice grid of every form; `inCard` draws it for a form framed by a card (the case forms).
import { View, Text } from '@tarojs/components'
import './form.css'

export interface Choice<T extends string> {
  value: T
  label: string
  detail?: string
  /** A colour chip before the label (warning colours). */
  chip?: string
}

export interface ChoiceGridProps<T extends string> {
  choices: Choice<T>[]
  value: T | null
  onChange: (value: T) => void
  testId: string
  columns?: 1 | 2 | 3 | 4
  /** The chosen choice is drawn in red (e.g. 倒塌). */
  danger?: (value: T) => boolean
  inCard?: boolean
}

export function ChoiceGrid<T extends string>({ choices, value, onChange, testId, columns = 2, danger, inCard = false }: ChoiceGridProps<T>) {
  const card = inCard ? ' fm-choice--card' : ''
  return (
    <View className={`fm-choices fm-choices--${columns}`} data-testid={testId} data-value={value ?? ''}>
      {choices.map((c) => {
        const on = value === c.value
        return (
          <View
            key={c.value}
            className={`fm-choice${card}${on ? ' fm-choice--on' : ''}${on && danger?.(c.value) ? ' fm-choice--danger' : ''}`}
            data-testid={`${testId}-${c.value}`}
            data-chosen={on}
            onClick={() => onChange(c.value)}
          >
            {inCard ? (
              <Text className="fm-choice__label">{c.label}</Text>
            ) : (
              <View className="fm-choice__row">
                {c.chip && <View className="fm-chip" style={{ background: c.chip }} />}
                <Text className="fm-choice__label">{c.label}</Text>
              </View>
            )}
            {c.detail && <Text className="fm-choice__detail">{c.detail}</Text>}
          </View>
        )
      })}
    </View>
  )
}
