// 我的电话: the inspector gives the number his village's farmers may call him on (shown to
// them behind a call button on their report and danger pages). Masked here once saved.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useResult } from '../../hooks/useResult'
import { myPhone, setMyPhone } from '../../services/me'
import { Card } from '../../components/Card'
import './home.css'

export function MyPhoneCard() {
  const current = useResult(myPhone, [])
  const [editing, setEditing] = useState(false)
  const [phone, setPhone] = useState('')
  const [error, setError] = useState('')
  const [saving, setSaving] = useState(false)
  if (current.status !== 'ok') return null
  const save = async () => {
    setSaving(true)
    const res = await setMyPhone(phone.trim())
    setSaving(false)
    if (!res.ok) return setError(res.message)
    setError('')
    setEditing(false)
    current.reload()
  }
  const masked = current.data.phoneMasked
  return (
    <Card className="home-phone" data-testid="my-phone">
      <Text className="home-phone__label">我的电话（本村农户上报后可以直接打给您）</Text>
      {editing ? (
        <View>
          <View className="home-phone__input" data-testid="my-phone-input">
            <Input value={phone} onChange={setPhone} type="tel" maxLength={20} placeholder="手机号或座机号，如 023-45671234" />
          </View>
          {error && <Text className="notice notice--strong notice--danger form-error">{error}</Text>}
          <Button block type="primary" loading={saving} disabled={saving} data-testid="my-phone-save" onClick={() => void save()}>
            保存
          </Button>
        </View>
      ) : (
        <View className="home-phone__row">
          <Text className="home-phone__value">{masked ?? '还没有填写'}</Text>
          <Text className="home-phone__edit" data-testid="my-phone-edit" onClick={() => setEditing(true)}>
            {masked ? '修改' : '填写'} ›
          </Text>
        </View>
      )}
    </Card>
  )
}
