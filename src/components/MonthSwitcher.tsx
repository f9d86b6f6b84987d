// The month a report is about, stepped one month at a time with two big buttons.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { currentMonth, monthText, shiftMonth } from '../format/time'
import './street.css'

export function MonthSwitcher({ value, onChange, testId = 'month' }: { value: string; onChange: (month: string) => void; testId?: string }) {
  const isCurrent = value >= currentMonth()
  return (
    <View className="st-month" data-testid={testId}>
      <Button fill="outline" type="primary" data-testid={`${testId}-prev`} onClick={() => onChange(shiftMonth(value, -1))}>
        ‹ 上月
      </Button>
      <Text className="st-month__text" data-testid={`${testId}-value`}>
        {monthText(value)}
      </Text>
      <Button fill="outline" type="primary" disabled={isCurrent} data-testid={`${testId}-next`} onClick={() => onChange(shiftMonth(value, 1))}>
        下月 ›
      </Button>
    </View>
  )
}
