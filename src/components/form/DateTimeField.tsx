// A date and a time of day: WeChat's two pickers on weapp, the browser's own on h5.
import type { ChangeEvent } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import { IS_WEAPP } from '../../services/platform'
import { Field } from './Field'
import { dayText, fromDayAndTime, localDay, localTime } from '../../format/time'
import './form.css'

interface Props {
  label: string
  value: Date
  onChange: (next: Date) => void
  testId: string
  hint?: string
}

export function DateTimeField({ label, value, onChange, testId, hint }: Props) {
  const day = localDay(value)
  const time = localTime(value)
  const set = (d: string, t: string) => {
    const next = fromDayAndTime(d, t)
    if (next) onChange(next)
  }
  return (
    <Field label={label} testId={testId} hint={hint}>
      {IS_WEAPP ? (
        <View className="fm-datetime">
          <Picker mode="date" value={day} onChange={(e) => set(String(e.detail.value), time)}>
            <View className="fm-datetime__part">
              <Text>{day.replace(/^(\d+)-(\d+)-(\d+)$/, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`)}</Text>
            </View>
          </Picker>
          <Picker mode="time" value={time} onChange={(e) => set(day, String(e.detail.value))}>
            <View className="fm-datetime__part">
              <Text>{time}</Text>
            </View>
          </Picker>
        </View>
      ) : (
        // The browser writes the date in its own locale's order: the Chinese order is said beside it.
        <View className="fm-datetime-h5">
          <input
            className="fm-datetime__input"
            type="datetime-local"
            value={`${day}T${time}`}
            data-testid={`${testId}-input`}
            onChange={(e: ChangeEvent<HTMLInputElement>) => {
              const [d, t] = e.target.value.split('T')
              if (d && t) set(d, t)
            }}
          />
          <Text className="fm-datetime-h5__text" data-testid={`${testId}-text`}>
            {dayText(day)} {time}
          </Text>
        </View>
      )}
    </Field>
  )
}
