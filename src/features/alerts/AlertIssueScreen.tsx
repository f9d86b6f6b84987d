// 发布预警 by hand (when the weather service is late or a local warning arrives by phone):
// type, colour, villages, the time it holds and a short text. A matching alert rule
// starts the emergency patrol at once; the screen then follows its progress.
import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ALERT_COLOR_LABELS, ALERT_EVENT_TYPES, type AlertColor, type Me } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { RoleBar } from '../../components/RoleBar'
import { useMe } from '../../hooks/useMe'
import { issueAlert } from '../../services/alert'
import { ROUTES } from '../../routes'
import { newId } from '../../services/ids'
import { ChoiceGrid } from '../../components/form/ChoiceGrid'
import { DateTimeField } from '../../components/form/DateTimeField'
import { Field, FormError, TextAreaField } from '../../components/form/Field'
import { ALERT_COLOR_HEX, COLOR_OPTIONS, EVENT_TYPE_OPTIONS, alertTitle } from '../../format/alert-labels'
import { addHours, shanghaiIso, nowToMinute } from '../../format/time'
import { VillageMultiSelect } from '../../components/form/VillageMultiSelect'
import { PageTitle } from '../../components/PageTitle'
import './alerts.css'

function IssueForm({ me }: { me: Me }) {
  const alertId = useRef(newId('al'))
  const [eventType, setEventType] = useState('1003')
  const [color, setColor] = useState<AlertColor | null>(null)
  const [villageIds, setVillageIds] = useState<string[]>(me.villages.length === 1 ? [me.villages[0]!.id] : [])
  const [startsAt, setStartsAt] = useState(nowToMinute)
  const [endsAt, setEndsAt] = useState(() => addHours(nowToMinute(), 24))
  const [text, setText] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const name = color ? alertTitle(ALERT_EVENT_TYPES[eventType] ?? '', ALERT_COLOR_LABELS[color]) : ''

  const submit = async () => {
    if (!color) return setError('请选择预警颜色')
    if (villageIds.length === 0) return setError('请至少选择一个村（社区）')
    if (endsAt.getTime() <= startsAt.getTime()) return setError('结束时间要晚于开始时间')
    setError('')
    setBusy(true)
    const res = await issueAlert({
      alertId: alertId.current,
      eventType,
      color,
      villageIds,
      startsAt: shanghaiIso(startsAt),
      endsAt: shanghaiIso(endsAt),
      text: text.trim() || name,
    })
    setBusy(false)
    if (!res.ok) return setError(res.message)
    void Taro.showToast({ title: '预警已发布', icon: 'success' })
    const next = res.data.campaignId ? `${ROUTES.streetCampaign}?campaignId=${encodeURIComponent(res.data.campaignId)}&run=1` : ROUTES.streetAlerts
    void Taro.redirectTo({ url: next })
  }

  return (
    <View data-testid="alert-issue-form">
      <Field label="预警类型" testId="alert-type">
        <ChoiceGrid choices={EVENT_TYPE_OPTIONS} value={eventType} onChange={setEventType} testId="alert-type" columns={3} />
      </Field>
      <Field label="预警颜色" testId="alert-color">
        <ChoiceGrid
          choices={COLOR_OPTIONS.map((c) => ({ value: c.value, label: c.label, detail: c.level, chip: ALERT_COLOR_HEX[c.value] }))}
          value={color}
          onChange={setColor}
          testId="alert-color"
          columns={2}
          danger={(c) => c === 'red'}
        />
      </Field>
      <Field label="涉及的村（社区）" testId="alert-villages">
        <VillageMultiSelect villages={me.villages} value={villageIds} onChange={setVillageIds} testId="alert-village" />
      </Field>
      <DateTimeField label="开始时间" value={startsAt} onChange={setStartsAt} testId="alert-starts" />
      <DateTimeField label="结束时间" value={endsAt} onChange={setEndsAt} testId="alert-ends" hint="默认为 24 小时后" />
      <TextAreaField label="预警内容" value={text} onChange={setText} maxLength={300} placeholder="如：预计未来 24 小时有大暴雨，请做好防范" hint={name ? `不填则为「${name}」` : undefined} testId="alert-text" />
      <FormError message={error} testId="alert-issue-error" />
      <View className="fm-buttons">
        <Button block size="large" type={color === 'red' ? 'danger' : 'primary'} loading={busy} disabled={busy} data-testid="alert-issue-submit" onClick={() => void submit()}>
          {name ? `发布${name}` : '发布预警'}
        </Button>
        <Text className="al-note">发布后，符合规则的预警会立即生成应急巡查任务，并通知相关村的巡查员。</Text>
      </View>
    </View>
  )
}

export function AlertIssueScreen() {
  const me = useMe()
  return (
    <View className="page" data-testid="alert-issue-screen">
      <RoleBar />
      <PageTitle space="l">发布预警</PageTitle>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <IssueForm me={user} />}
      </AsyncView>
    </View>
  )
}
