// One 安置房源: its kind, name, address, how many households it takes and a note.
import { useRef, useState } from 'react'
import { View } from '@tarojs/components'
import { HOUSING_KINDS, HOUSING_KIND_LABELS, type HousingKind, type HousingOptionView } from '@domain'
import { ChoiceGrid } from '../../components/form/ChoiceGrid'
import { Field, TextField } from '../../components/form/Field'
import { FormActions } from '../../components/form/FormActions'
import { useSend } from '../../hooks/useSend'
import { newId } from '../../services/ids'
import { addHousing, editHousing } from '../../services/housing'
import '../../components/form/form.css'

export function HousingForm({ editing, onSaved, onCancel }: { editing: HousingOptionView | null; onSaved: () => void; onCancel: () => void }) {
  const optionId = useRef(editing?.id ?? newId('hs')).current
  const [kind, setKind] = useState<HousingKind | null>(editing?.kind ?? null)
  const [name, setName] = useState(editing?.name ?? '')
  const [address, setAddress] = useState(editing?.address ?? '')
  const [capacity, setCapacity] = useState(editing ? String(editing.capacity) : '1')
  const [note, setNote] = useState(editing?.note ?? '')
  const send = useSend()

  const save = async () => {
    if (!kind) return send.fail('请选择房源类型')
    if (!name.trim() || !address.trim()) return send.fail('名称和地址都要填写')
    if (!/^\d{1,3}$/.test(capacity) || Number(capacity) < 1) return send.fail('可住户数请填 1 以上的数字')
    const input = { optionId, kind, name: name.trim(), address: address.trim(), capacity: Number(capacity), note: note.trim() }
    await send.run(() => (editing ? editHousing(input) : addHousing(input)), () => onSaved())
  }

  return (
    <View className="card" data-testid="housing-form">
      <Field label="房源类型">
        <ChoiceGrid choices={HOUSING_KINDS.map((k) => ({ value: k, label: HOUSING_KIND_LABELS[k] }))} value={kind} onChange={setKind} testId="housing-kind" />
      </Field>
      <TextField label="名称" value={name} onChange={setName} maxLength={30} placeholder="如：巴川公租房 3 栋 201" testId="housing-name" />
      <TextField label="地址" value={address} onChange={setAddress} maxLength={60} placeholder="如：滨河路 8 号" testId="housing-address" />
      <TextField label="可住户数" value={capacity} onChange={setCapacity} maxLength={3} type="digit" testId="housing-capacity" />
      <TextField label="说明（可不填）" value={note} onChange={setNote} maxLength={200} placeholder="如：一楼，适合老人" testId="housing-note" />
      <FormActions error={send.error} busy={send.busy} label="保存" sendTestId="housing-save" errorTestId="housing-error" onSend={save} onCancel={onCancel} />
    </View>
  )
}
