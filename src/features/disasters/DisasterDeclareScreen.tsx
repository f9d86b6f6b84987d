// 发生灾情: what happened, when and where. The villages then have the configured days
// (the plan: 3) to report every damaged house; the event page follows that.
import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { DISASTER_KINDS, DISASTER_KIND_LABELS, type DisasterKind, type Me } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useMe } from '../../hooks/useMe'
import { declareDisaster } from '../../services/disaster'
import { ChoiceGrid } from '../../components/form/ChoiceGrid'
import { DateTimeField } from '../../components/form/DateTimeField'
import { Field, FormError, TextAreaField } from '../../components/form/Field'
import { VillageMultiSelect } from '../../components/form/VillageMultiSelect'
import { shanghaiIso, nowToMinute } from '../../format/time'
import { newId } from '../../services/ids'
import { PageTitle } from '../../components/PageTitle'
import './disasters.css'

const KIND_CHOICES = DISASTER_KINDS.map((k) => ({ value: k, label: DISASTER_KIND_LABELS[k] }))

function DeclareForm({ me, eventPath }: { me: Me; eventPath: string }) {
  const eventId = useRef(newId('de'))
  const [kind, setKind] = useState<DisasterKind | null>(null)
  const [occurredAt, setOccurredAt] = useState(nowToMinute)
  const [villageIds, setVillageIds] = useState<string[]>(me.villages.length === 1 ? [me.villages[0]!.id] : [])
  const [description, setDescription] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    if (!kind) return setError('请选择灾害类型')
    if (villageIds.length === 0) return setError('请至少选择一个村（社区）')
    if (occurredAt.getTime() > Date.now() + 5 * 60_000) return setError('发生时间不能晚于现在')
    setError('')
    setBusy(true)
    const res = await declareDisaster({
      eventId: eventId.current,
      kind,
      occurredAt: shanghaiIso(occurredAt),
      villageIds,
      description: description.trim() || DISASTER_KIND_LABELS[kind],
    })
    setBusy(false)
    if (!res.ok) return setError(res.message)
    void Taro.redirectTo({ url: `${eventPath}?eventId=${encodeURIComponent(res.data.id)}` })
  }

  return (
    <View data-testid="disaster-declare-form">
      <Field label="灾害类型" testId="disaster-kind">
        <ChoiceGrid choices={KIND_CHOICES} value={kind} onChange={setKind} testId="disaster-kind" columns={3} />
      </Field>
      <DateTimeField label="发生时间" value={occurredAt} onChange={setOccurredAt} testId="disaster-occurred" />
      <Field label="受灾的村（社区）" testId="disaster-villages">
        <VillageMultiSelect villages={me.villages} value={villageIds} onChange={setVillageIds} testId="disaster-village" />
      </Field>
      <TextAreaField label="情况说明" value={description} onChange={setDescription} maxLength={300} placeholder="如：夜间山洪，二组沿河一带进水" testId="disaster-description" />
      <FormError message={error} testId="disaster-declare-error" />
      <View className="fm-buttons">
        <View className="ds-warn">
          <Button block size="large" type="warning" loading={busy} disabled={busy} data-testid="disaster-declare-submit" onClick={() => void submit()}>
            开始灾损上报
          </Button>
        </View>
        <Text className="ds-note">受损房屋要在规定天数内（一般 3 天）逐户上报；重大紧急情况要立即上报。</Text>
      </View>
    </View>
  )
}

export function DisasterDeclareScreen({ eventPath }: { eventPath: string }) {
  const me = useMe()
  return (
    <View className="page" data-testid="disaster-declare-screen">
      <PageTitle space="l">发生灾情</PageTitle>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <DeclareForm me={user} eventPath={eventPath} />}
      </AsyncView>
    </View>
  )
}
