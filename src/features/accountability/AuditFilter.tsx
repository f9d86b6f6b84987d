// One filter of the audit log: a choice from a list, or a date; WeChat's pickers on weapp,
// the browser's own controls on h5.
import type { ChangeEvent } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import { IS_WEAPP } from '../../services/platform'
import { dayText } from '../../format/time'

interface ChoiceProps {
  label: string
  value: string
  options: Array<{ value: string; label: string }>
  onChange: (value: string) => void
  testId: string
}

/** The first option is "all" (value ''). */
export function ChoiceFilter({ label, value, options, onChange, testId }: ChoiceProps) {
  const at = Math.max(0, options.findIndex((o) => o.value === value))
  return (
    <View className="au-filter">
      <Text className="au-filter__label">{label}</Text>
      {IS_WEAPP ? (
        <Picker mode="selector" range={options.map((o) => o.label)} value={at} onChange={(e) => onChange(options[Number(e.detail.value)]?.value ?? '')}>
          <View className="au-filter__input">
            <Text>{options[at]?.label}</Text>
          </View>
        </Picker>
      ) : (
        <select className="au-filter__input" value={value} data-testid={testId} onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </View>
  )
}

export function DateFilter({ label, value, onChange, testId }: { label: string; value: string; onChange: (day: string) => void; testId: string }) {
  return (
    <View className="au-filter">
      <Text className="au-filter__label">{label}</Text>
      {IS_WEAPP ? (
        <Picker mode="date" value={value} onChange={(e) => onChange(String(e.detail.value))}>
          <View className="au-filter__input">
            <Text>{value ? dayText(value) : '不限'}</Text>
          </View>
        </Picker>
      ) : (
        <input className="au-filter__input" type="date" value={value} data-testid={testId} onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)} />
      )}
      {!IS_WEAPP && value && <Text className="au-filter__label">{dayText(value)}</Text>}
    </View>
  )
}
