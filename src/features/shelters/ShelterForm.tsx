// One 安置点: which village, its name and address, who to call, how many people it takes.
import { useRef, useState } from 'react'
import type { OrgView, ShelterView } from '@domain'
import { saveShelter } from '../../services/shelter'
import { Field, TextField } from '../../components/form/Field'
import { FormActions } from '../../components/form/FormActions'
import { useSend } from '../../hooks/useSend'
import { newId } from '../../services/ids'
import { VillagePicker } from '../../components/VillagePicker'
import '../../components/form/form.css'
import { Card } from '../../components/Card'

export function ShelterForm({ villages, editing, onSaved, onCancel }: { villages: OrgView[]; editing: ShelterView | null; onSaved: () => void; onCancel: () => void }) {
  const shelterId = useRef(editing?.id ?? newId('sh'))
  const [villageId, setVillageId] = useState<string | undefined>(editing?.villageId ?? (villages.length === 1 ? villages[0]!.id : undefined))
  const [name, setName] = useState(editing?.name ?? '')
  const [address, setAddress] = useState(editing?.address ?? '')
  const [contact, setContact] = useState(editing?.contact ?? '')
  const [phone, setPhone] = useState(editing?.phone ?? '')
  const [capacity, setCapacity] = useState(editing?.capacity ? String(editing.capacity) : '')
  const send = useSend()

  const save = async () => {
    if (!villageId) return send.fail('请选择村（社区）')
    if (!name.trim() || !address.trim() || !contact.trim() || !phone.trim()) return send.fail('名称、地址、联系人和电话都要填写')
    if (capacity && !/^\d{1,5}$/.test(capacity)) return send.fail('可住人数请填数字')
    await send.run(() => saveShelter({ shelterId: shelterId.current, villageId, name: name.trim(), address: address.trim(), contact: contact.trim(), phone: phone.trim(), capacity: capacity ? Number(capacity) : null }), () => onSaved())
  }

  return (
    <Card data-testid="shelter-form">
      <Field label="村（社区）">
        <VillagePicker villages={villages} value={villageId} onChange={setVillageId} allowAll={false} testId="shelter-village" />
      </Field>
      <TextField label="安置点名称" value={name} onChange={setName} maxLength={30} placeholder="如：玉龙村村委会" testId="shelter-name" />
      <TextField label="地址" value={address} onChange={setAddress} maxLength={60} placeholder="如：玉龙村1组" testId="shelter-address" />
      <TextField label="联系人" hint="值班室或负责人，不要填监测户本人" value={contact} onChange={setContact} maxLength={20} placeholder="如：村委会值班室" testId="shelter-contact" />
      <TextField label="联系电话" value={phone} onChange={setPhone} maxLength={20} type="tel" placeholder="手机或座机，如 023-45678901" testId="shelter-phone" />
      <TextField label="可住人数（可不填）" value={capacity} onChange={setCapacity} maxLength={5} type="digit" placeholder="如 40" testId="shelter-capacity" />
      <FormActions error={send.error} busy={send.busy} label="保存" sendTestId="shelter-save" errorTestId="shelter-error" onSend={save} onCancel={onCancel} />
    </Card>
  )
}
