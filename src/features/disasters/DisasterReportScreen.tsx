// 上报一户受损房屋: which house, how badly (倒塌 / 严重损坏 / 一般损坏), how many people
// are affected, what was done, photos, and whether it is 重大紧急 (the street and the
// leader are told at once). Every report opens a hazard case for the house. The report and
// its photos are kept on the phone first and sent by the outbox, so no signal loses nothing.
import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Switch } from '@nutui/nutui-react-taro'
import { DAMAGE_GRADES, DAMAGE_GRADE_LABELS, type DamageGrade, type DisasterEventView, type Me } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { ErrorView } from '../../components/StateViews'
import { useMe } from '../../hooks/useMe'
import { useResult } from '../../hooks/useResult'
import { getDisaster } from '../../services/disaster'
import { ChoiceGrid } from '../../components/form/ChoiceGrid'
import { Field, FormError, TextAreaField } from '../../components/form/Field'
import { photosForQueue, type PickedFile } from '../../services/offline/uploads'
import { removeQueued, saveAndTry, useQueueItem } from '../../services/offline/outbox'
import { QueueStateLine } from '../../components/QueueViews'
import { newId } from '../../services/ids'
import { HousePicker, type PickedHouse } from './HousePicker'
import { PeopleStepper } from './PeopleStepper'
import { PhotoField } from '../../components/evidence/PhotoField'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './disasters.css'

const DAMAGE_CHOICES = DAMAGE_GRADES.map((d) => ({ value: d, label: DAMAGE_GRADE_LABELS[d] }))

function ReportForm({ event, me, onSent }: { event: DisasterEventView; me: Me; onSent: (sent: SentReport) => void }) {
  const villages = event.villages.filter((v) => me.villages.some((m) => m.id === v.villageId))
  const reportId = useRef(newId('dr'))
  const [villageId, setVillageId] = useState(villages[0]?.villageId ?? '')
  const [house, setHouse] = useState<PickedHouse | null>(null)
  const [damage, setDamage] = useState<DamageGrade | null>(null)
  const [people, setPeople] = useState(0)
  const [measures, setMeasures] = useState('')
  const [major, setMajor] = useState(false)
  const [photos, setPhotos] = useState<PickedFile[]>([])
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  if (villages.length === 0) return <ErrorView message="这次灾情不涉及您负责的村（社区）" onRetry={() => void Taro.navigateBack()} />

  const submit = async () => {
    if (!house) return setError('请选择受损的房屋')
    if (!damage) return setError('请选择受损程度')
    if (photos.length === 0) return setError('请至少拍 1 张现场照片')
    setError('')
    setBusy(true)
    const id = reportId.current
    const res = await saveAndTry({
      kind: 'disasterReport',
      id,
      ownerId: me.userId,
      houseId: house.houseId,
      title: `灾损上报 · ${house.headNameMasked} ${event.kindLabel}`,
      input: { reportId: id, eventId: event.id, houseId: house.houseId, damage, peopleAffected: people, measures: measures.trim(), major },
      photos: photosForQueue(photos, id),
    })
    setBusy(false)
    if (!res.ok) return setError(res.message)
    if (res.data.state === 'failed') {
      // Refused on the spot: the form still has everything, so the outbox need not keep it.
      await removeQueued(id)
      return setError(res.data.error?.message ?? '没有上报成功')
    }
    onSent({ name: house.headNameMasked, itemId: id })
  }

  return (
    <View data-testid="disaster-report-form">
      {villages.length > 1 && (
        <Field label="村（社区）" testId="report-village">
          <ChoiceGrid
            choices={villages.map((v) => ({ value: v.villageId, label: v.villageName }))}
            value={villageId}
            onChange={(v) => {
              setVillageId(v)
              setHouse(null)
            }}
            testId="report-village"
          />
        </Field>
      )}
      <HousePicker villageId={villageId} value={house} onChange={setHouse} />
      <Field label="受损程度" testId="disaster-damage">
        <ChoiceGrid choices={DAMAGE_CHOICES} value={damage} onChange={setDamage} testId="damage" columns={3} danger={(d) => d !== 'general'} />
      </Field>
      <Field label="受影响人数" testId="disaster-people">
        <PeopleStepper value={people} onChange={setPeople} />
      </Field>
      <TextAreaField label="已采取的措施" value={measures} onChange={setMeasures} maxLength={300} placeholder="如：已转移 3 人到亲戚家，已设警示标志" testId="disaster-measures" />
      <PhotoField label="现场照片（至少 1 张）" hint="拍清房屋受损的部位，最多 9 张" photos={photos} onChange={setPhotos} testId="disaster-photos" />
      <View className={`fm-field ds-major-field${major ? ' ds-major-field--on' : ''}`} data-testid="disaster-major" data-on={major}>
        <View className="ds-major-field__row">
          <Text className="fm-field__label ds-major-field__label">重大紧急情况</Text>
          <Switch checked={major} onChange={(v) => setMajor(v)} data-testid="disaster-major-switch" />
        </View>
        <Text className={major ? 'ds-major-field__warn' : 'fm-field__hint'}>
          {major ? '提交后会立即通知街道建管办和街道领导，请确认情况属实、紧急。' : '房屋倒塌、有人被困或伤亡等，请打开，街道和领导会立即收到。'}
        </Text>
      </View>
      <FormError message={error} testId="disaster-report-error" />
      <View className="fm-buttons">
        <Button block size="large" type={major ? 'danger' : 'primary'} loading={busy} disabled={busy} data-testid="disaster-report-submit" onClick={() => void submit()}>
          {busy ? '正在提交…' : major ? '立即上报（重大紧急）' : '提交上报'}
        </Button>
      </View>
    </View>
  )
}

interface SentReport {
  name: string
  /** The report's id in the outbox. */
  itemId: string
}

/** Reported — or kept on the phone until there is a signal, in the outbox's own words. */
function Sent({ sent, onNext }: { sent: SentReport; onNext: () => void }) {
  const item = useQueueItem(sent.itemId)
  const onServer = !item || item.state === 'synced'
  return (
    <Card className="ds-sent" data-testid="disaster-report-sent" data-state={item?.state ?? 'synced'}>
      <Text className="ds-sent__title">{onServer ? '已上报' : '已保存在手机上'}</Text>
      <Text className="ds-sent__line">
        {onServer ? `${sent.name} 的房屋已上报，并已生成隐患案件跟进处理。` : `${sent.name} 的房屋受损情况和照片已存在手机上，有信号后自动上报，不用再填。`}
      </Text>
      {item && <QueueStateLine item={item} />}
      <View className="fm-buttons">
        <Button block size="large" type="primary" data-testid="disaster-report-next" onClick={onNext}>
          再报一户
        </Button>
        <Button block size="large" fill="outline" type="primary" data-testid="disaster-report-back" onClick={() => void Taro.navigateBack()}>
          返回灾情
        </Button>
      </View>
    </Card>
  )
}

export function DisasterReportScreen({ eventId }: { eventId: string | undefined }) {
  const me = useMe()
  const event = useResult(() => getDisaster(eventId ?? ''), [eventId])
  const [sent, setSent] = useState<SentReport | null>(null)
  const [round, setRound] = useState(0)
  if (!eventId) return <ErrorView message="没有指明是哪次灾情" onRetry={() => void Taro.navigateBack()} />
  return (
    <View className="page" data-testid="disaster-report-screen">
      <PageTitle space="l">上报受损房屋</PageTitle>
      <AsyncView state={event} onRetry={event.reload}>
        {(e) => (
          <View>
            <Text className="ds-note">
              {e.kindLabel} · {e.dueDate} 前上报完毕
            </Text>
            {sent !== null ? (
              <Sent
                sent={sent}
                onNext={() => {
                  setSent(null)
                  setRound((r) => r + 1)
                }}
              />
            ) : (
              <AsyncView state={me} onRetry={me.reload}>
                {(user) => <ReportForm key={round} event={e} me={user} onSent={setSent} />}
              </AsyncView>
            )}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
