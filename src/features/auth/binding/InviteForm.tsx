// 输入邀请码: the 8-character one-time code from a village inspector or the street office
// (or scanned from its QR code, which fills it in). The name comes from the invitation.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { Me } from '@domain'
import { acceptInvite } from '../../../services/invite'
import { Card } from '../../../components/Card'
import './binding.css'

export function InviteForm({ initialCode, onBound }: { initialCode: string | null; onBound: (me: Me) => void }) {
  const [code, setCode] = useState(initialCode ?? '')
  const [error, setError] = useState('')
  const [saving, setSaving] = useState(false)

  const submit = async () => {
    if (!/^[A-Za-z0-9]{8}$/.test(code.trim())) return setError('邀请码是 8 个字母或数字，请核对')
    setError('')
    setSaving(true)
    const res = await acceptInvite(code)
    setSaving(false)
    if (res.ok) onBound(res.data)
    else setError(res.message)
  }

  return (
    <Card className="bind-form" data-testid="invite-form">
      <Text className="bind-form__title">输入邀请码</Text>
      <Text className="bind-form__lead">{initialCode ? '已从二维码读到邀请码，确认即可。' : '邀请码由本村巡查员或街道建管办给您。'}</Text>
      <Text className="bind-form__label">邀请码（8 位）</Text>
      <View className="bind-input bind-input--code" data-testid="invite-code">
        <Input value={code} onChange={(v) => setCode(v.toUpperCase())} maxLength={8} placeholder="例如：ABCD2345" />
      </View>
      {error && (
        <Text className="notice notice--strong notice--danger form-error" data-testid="invite-error">
          {error}
        </Text>
      )}
      <Button block type="primary" size="large" loading={saving} data-testid="invite-submit" onClick={() => void submit()}>
        确认
      </Button>
    </Card>
  )
}
