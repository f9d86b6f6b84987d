// The quarter to report on, stepped with two big buttons; no later than the current one.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { currentQuarter, quarterText, shiftQuarter } from '../../format/time'
import './reports.css'

export function QuarterSwitcher({ value, onChange, disabled = false }: { value: string; onChange: (q: string) => void; disabled?: boolean }) {
  const atEnd = value >= currentQuarter()
  return (
    <View className="rp-quarter" data-testid="quarter">
      <Button fill="outline" type="primary" disabled={disabled} data-testid="quarter-prev" onClick={() => onChange(shiftQuarter(value, -1))}>
        ‹ 上季
      </Button>
      <Text className="rp-quarter__text" data-testid="quarter-value" data-quarter={value}>
        {quarterText(value)}
      </Text>
      <Button fill="outline" type={atEnd ? 'default' : 'primary'} disabled={disabled || atEnd} data-testid="quarter-next" onClick={() => onChange(shiftQuarter(value, 1))}>
        下季 ›
      </Button>
    </View>
  )
}
