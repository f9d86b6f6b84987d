// 上报一户受损房屋: which house, how badly (倒塌 / 严重损坏 / 一般损坏), how many people
// are affected, what was done, photos, and whether it is 重大紧急 (the street and the
// leader are told at once). Every report opens a hazard case for the house.
import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Switch, TextArea } from '@nutui/nutui-react-taro'
import { DAMAGE_GRADES, DAMAGE_GRADE_LABELS, type DamageGrade, type DisasterEventView, type Me } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { ErrorView } from '../../components/StateViews'
import { useMe } from '../../hooks/useMe'
import { useResult } from '../../hooks/useResult'
import { getDisaster, reportDisasterDamage } from '../../services/disaster'
import { ChoiceGrid } from '../../components/form/ChoiceGrid'
import { Field, FormError } from '../../components/form/Field'
import { uploadPending, type PickedFile } from '../../services/offline/uploads'
import { newId } from '../../services/ids'
import { HousePicker, type PickedHouse } from './HousePicker'
import { PeopleStepper } from './PeopleStepper'
import { PhotoField } from '../../components/evidence/PhotoField'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './disasters.css'

const DAMAGE_CHOICES = DAMAGE_GRADES.map((d) => ({ value: d, label: DAMAGE_GRADE_LABELS[d] }))

function ReportForm({ event, me, onSent }: { event: DisasterEventView; me: Me; onSent: (houseName: string) => void }) {
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
  const [busy, setBusy] = useState<'' | 'uploading' | 'sending'>('')

  if (villages.length === 0) return <ErrorView message="这次灾情不涉及您负责的村（社区）" onRetry={() => void Taro.navigateBack()} />

  const submit = async () => {
    if (!house) return setError('请选择受损的房屋')
    if (!damage) return setError('请选择受损程度')
    if (photos.length === 0) return setError('请至少拍 1 张现场照片')
    setError('')
    setBusy('uploading')
    const up = await uploadPending(photos)
    // Keep what did upload, so the next try sends only the rest.
    setPhotos(up.files)
    if (!up.ok) {
      setBusy('')
      return setError(up.message)
    }
    setBusy('sending')
    const res = await reportDisasterDamage({
      reportId: reportId.current,
      eventId: event.id,
      houseId: house.houseId,
      damage,
      peopleAffected: people,
      measures: measures.trim(),
      major,
      photos: up.files.map((p) => p.fileId!),
    })
    setBusy('')
    if (!res.ok) return setError(res.message)
    onSent(house.headNameMasked)
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
      <Field label="已采取的措施" testId="disaster-measures">
        <View className="fm-input">
          <TextArea value={measures} onChange={setMeasures} maxLength={300} rows={3} placeholder="如：已转移 3 人到亲戚家，已设警示标志" />
        </View>
      </Field>
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
        <Button block size="large" type={major ? 'danger' : 'primary'} loading={busy !== ''} disabled={busy !== ''} data-testid="disaster-report-submit" onClick={() => void submit()}>
          {busy === 'uploading' ? '正在上传照片…' : busy === 'sending' ? '正在提交…' : major ? '立即上报（重大紧急）' : '提交上报'}
        </Button>
      </View>
    </View>
  )
}

function Sent({ name, onNext }: { name: string; onNext: () => void }) {
  return (
    <Card className="ds-sent" data-testid="disaster-report-sent">
      <Text className="ds-sent__title">已上报</Text>
      <Text className="ds-sent__line">{name} 的房屋已上报，并已生成隐患案件跟进处理。</Text>
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
  const [sent, setSent] = useState<string | null>(null)
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
                name={sent}
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
