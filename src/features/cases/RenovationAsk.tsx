// 申请危房改造: on the farmer's own case once it is graded C or D — one tap and a
// confirmation; afterwards the card says he has asked, and when.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { CaseSummary } from '@domain'
import { requestRenovation } from '../../services/case'
import { dayText } from '../../format/time'

const MAY_ASK = new Set<CaseSummary['stage']>(['appraised', 'emergency'])

export function RenovationAsk({ item: c, onAsked }: { item: CaseSummary; onAsked: () => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  if (c.renovationRequest) {
    return (
      <Text className="farmer-case__reports" data-testid="farmer-renovation-asked">
        您已在 {dayText(c.renovationRequest.on)} 申请危房改造，街道会安排
      </Text>
    )
  }
  if (!MAY_ASK.has(c.stage) || (c.grade !== 'C' && c.grade !== 'D')) return null
  const ask = async () => {
    const sure = await Taro.showModal({ title: '申请危房改造', content: '您家的房子鉴定为危房。确定要申请危房改造吗？街道会和您联系。', confirmText: '确定申请', cancelText: '再想想' }).catch(() => ({ confirm: false }))
    if (!sure.confirm) return
    setBusy(true)
    const res = await requestRenovation(c.id)
    setBusy(false)
    if (res.ok) onAsked()
    else setError(res.message)
  }
  return (
    <>
      <Button block size="large" type="primary" loading={busy} disabled={busy} data-testid="farmer-ask-renovation" onClick={() => void ask()}>
        🏗️ 申请危房改造
      </Button>
      {error && <Text className="notice notice--strong notice--danger form-error">{error}</Text>}
    </>
  )
}
