// A masked phone or ID number with a button to see it in full. The server records every
// look before it answers, and the page says so.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { revealHousehold } from '../../services/household'
import { callPhone } from '../../services/phone-call'
import '../street.css'
import { Kv } from '../../components/Kv'
import './ledger.css'

interface Props {
  householdId: string
  field: 'idNumber' | 'phone'
  label: string
  masked: string
  /** Whether the active role may see the full value. */
  canReveal: boolean
}

export function RevealValue({ householdId, field, label, masked, canReveal }: Props) {
  const [value, setValue] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')

  const reveal = async () => {
    setBusy(true)
    setError('')
    const res = await revealHousehold(householdId, field)
    setBusy(false)
    if (res.ok) setValue(res.data.value)
    else setError(res.message)
  }

  return (
    <View className="reveal" data-testid={`reveal-${field}`}>
      <Kv label={label} valueClassName={value ? 'reveal__value' : undefined} valueTestId={`reveal-${field}-value`} valueData={{ 'data-revealed': !!value }}>
        {value ?? masked}
      </Kv>
      {field === 'phone' && value && (
        <View className="reveal__action">
          <Button size="large" type="primary" data-testid="reveal-phone-call" onClick={() => callPhone(value)}>
            📞 打电话
          </Button>
        </View>
      )}
      {canReveal && !value && masked && (
        <View className="reveal__action">
          <Button size="small" fill="outline" type="primary" loading={busy} data-testid={`reveal-${field}-button`} onClick={() => void reveal()}>
            查看完整号码
          </Button>
          <Text className="reveal__note">查看会被记录</Text>
        </View>
      )}
      {error && <Text className="st-field__error">{error}</Text>}
    </View>
  )
}
