// 农户绑定: village, the head of household's name and the last six characters of his ID
// card. The server says how many tries are left, or that binding is paused.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { Me } from '@domain'
import { AsyncView } from '../../../components/AsyncView'
import { useResult } from '../../../hooks/useResult'
import { bindFarmer } from '../../../services/bind'
import { publicVillages } from '../../../services/villages'
import { requirePrivacy } from '../../../services/privacy'
import { PermissionNotice } from '../../../components/PermissionNotice'
import { VillageChooser } from '../../../components/VillageChooser'
import { Card } from '../../../components/Card'
import './binding.css'

export function FarmerBindForm({ onBound }: { onBound: (me: Me) => void }) {
  const villages = useResult(publicVillages, [])
  const [villageId, setVillageId] = useState<string | undefined>()
  const [name, setName] = useState('')
  const [idLast6, setIdLast6] = useState('')
  const [error, setError] = useState('')
  const [saving, setSaving] = useState(false)
  const [privacyRefused, setPrivacyRefused] = useState(false)
  // An ID number is personal data: the privacy agreement comes before it is typed.
  const askPrivacy = () => void requirePrivacy().then((agreed) => setPrivacyRefused(!agreed))

  const submit = async () => {
    if (!villageId) return setError('请先选择您家所在的村（社区）')
    if (!name.trim()) return setError('请填写户主姓名')
    if (!/^\d{5}[\dXx]$/.test(idLast6.trim())) return setError('请填写身份证号码的最后 6 位（最后一位可能是 X）')
    setError('')
    setSaving(true)
    const res = await bindFarmer(villageId, name, idLast6)
    setSaving(false)
    if (res.ok) onBound(res.data)
    else setError(res.message)
  }

  return (
    <Card className="bind-form" data-testid="bind-farmer-form">
      <Text className="bind-form__title">农户绑定</Text>
      <Text className="bind-form__lead">填写户主的信息，和村里登记的一致就能绑定。</Text>
      <AsyncView state={villages} onRetry={villages.reload}>
        {(list) => (
          <VillageChooser
            villages={list.map((v) => ({ id: v.id, name: `${v.streetName} ${v.name}` }))}
            value={villageId}
            onChange={setVillageId}
            title="村（社区）"
          />
        )}
      </AsyncView>
      <Text className="bind-form__label">户主姓名</Text>
      <View className="bind-input" data-testid="bind-name">
        <Input value={name} onChange={setName} maxLength={20} placeholder="例如：张三" />
      </View>
      <Text className="bind-form__label">身份证号码最后 6 位</Text>
      <View className="bind-input" data-testid="bind-id6">
        <Input value={idLast6} onChange={(v) => setIdLast6(v.toUpperCase())} onFocus={askPrivacy} maxLength={6} placeholder="例如：12123X" />
      </View>
      {privacyRefused && <PermissionNotice permission="privacy" />}
      {error && (
        <Text className="notice notice--strong notice--danger form-error" data-testid="bind-error">
          {error}
        </Text>
      )}
      <Button block type="primary" size="large" loading={saving} data-testid="bind-submit" onClick={() => void submit()}>
        绑定
      </Button>
    </Card>
  )
}
