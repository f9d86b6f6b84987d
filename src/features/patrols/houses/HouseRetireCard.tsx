// Marking a house demolished or no longer lived in: it leaves the plans and the counts,
// and everything recorded about it stays. Asked twice, because it is not undone here.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { HOUSE_RETIRE_REASONS, HOUSE_RETIRE_REASON_LABELS, type HouseRetireReason, type HouseView } from '@domain'
import { retireHouse } from '../../../services/house'
import { ChoiceGrid } from '../../../components/form/ChoiceGrid'
import { Field, FormError } from '../../../components/form/Field'
import { Card } from '../../../components/Card'
import './houses.css'

export function HouseRetireCard({ house, onDone }: { house: HouseView; onDone: (h: HouseView) => void }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState<HouseRetireReason | null>(null)
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  if (!open) {
    return (
      <Button block fill="outline" type="danger" size="large" data-testid="house-retire-open" onClick={() => setOpen(true)}>
        房子拆了或没人住了
      </Button>
    )
  }
  const send = async () => {
    if (!reason) return setError('请选择原因')
    setBusy(true)
    const res = await retireHouse({ houseId: house.id, expectRev: house.rev, reason, note: note.trim() })
    setBusy(false)
    if (!res.ok) return setError(res.message)
    setError('')
    onDone(res.data)
  }
  return (
    <Card data-testid="house-retire">
      <Text className="card-title">标记这栋房屋不再监测</Text>
      <Text className="field-lead">标记后它不再出现在巡查计划里，以前的巡查和记录都会保留。</Text>
      <Field label="原因">
        <ChoiceGrid choices={HOUSE_RETIRE_REASONS.map((r) => ({ value: r, label: HOUSE_RETIRE_REASON_LABELS[r] }))} value={reason} onChange={setReason} testId="house-retire-reason" />
      </Field>
      <Field label="说明（选填）">
        <View className="fm-input" data-testid="house-retire-note">
          <Input value={note} onChange={setNote} maxLength={200} placeholder="如 2026年10月已拆除，一家搬到新房" />
        </View>
      </Field>
      <FormError message={error} />
      <View className="hs-actions">
        <Button block type="danger" size="large" loading={busy} disabled={busy} data-testid="house-retire-submit" onClick={() => void send()}>
          确认不再监测
        </Button>
        <Button block fill="outline" size="large" onClick={() => setOpen(false)}>
          取消
        </Button>
      </View>
    </Card>
  )
}
