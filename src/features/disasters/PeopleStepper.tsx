// A count with two big − / + buttons: easier than typing on a phone in the rain.
import { View, Text } from '@tarojs/components'
import './disasters.css'

export function PeopleStepper({ value, onChange, max = 100 }: { value: number; onChange: (n: number) => void; max?: number }) {
  return (
    <View className="ds-stepper">
      <View className={`solid-btn ds-stepper__btn${value <= 0 ? ' ds-stepper__btn--off' : ''}`} data-testid="people-minus" onClick={() => value > 0 && onChange(value - 1)}>
        <Text>−</Text>
      </View>
      <Text className="ds-stepper__value" data-testid="people-value">
        {value} 人
      </Text>
      <View className={`solid-btn ds-stepper__btn${value >= max ? ' ds-stepper__btn--off' : ''}`} data-testid="people-plus" onClick={() => value < max && onChange(value + 1)}>
        <Text>＋</Text>
      </View>
    </View>
  )
}
