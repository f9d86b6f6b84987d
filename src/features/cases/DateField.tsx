// A calendar date (YYYY-MM-DD): WeChat's date picker on weapp, the browser's on h5.
import type { ChangeEvent } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import { IS_WEAPP } from '../../services/platform'
import { Field } from './FormParts'
import { dayText } from '../../format/time'

interface Props {
  label: string
  value: string
  onChange: (day: string) => void
  testId: string
  hint?: string
}

export function DateField({ label, value, onChange, testId, hint }: Props) {
  return (
    <Field label={label} testId={testId} hint={hint}>
      {IS_WEAPP ? (
        <Picker mode="date" value={value} onChange={(e) => onChange(String(e.detail.value))}>
          <View className="case-date">
            <Text>{value ? dayText(value) : '请选择日期'}</Text>
            <Text className="case-date__more">修改 ›</Text>
          </View>
        </Picker>
      ) : (
        <View className="case-date-h5">
          <input
            className="case-date case-date--h5"
            type="date"
            value={value}
            data-testid={`${testId}-input`}
            onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
          />
          {value && <Text className="case-date-h5__text">{dayText(value)}</Text>}
        </View>
      )}
    </Field>
  )
}
