// The patrol on one screen: each part of the house, the judgment (the checklist suggests
// one, the inspector decides), whether anyone lives there, photos, position and a note.
// Saving puts the record on the phone first; the outbox sends it.
import { useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { JUDGMENTS, JUDGMENT_LABELS, PATROL_PARTS, formSuggestion, type Judgment, type PartFinding, type PatrolPart } from '@domain'
import type { HouseBrief } from '../../services/house'
import { savePatrol } from '../../services/patrol'
import type { TakenPhoto } from '../../services/photos'
import { FindingPicker } from './FindingPicker'
import { GpsStatus } from '../../components/evidence/GpsStatus'
import { PhotoPicker } from '../../components/evidence/PhotoPicker'
import { MAX_PATROL_PHOTOS, checkPatrol, needsPhoto, outlines, type PatrolTarget } from './buildPatrol'
import { useFix } from '../../hooks/useFix'
import '../../components/form/field-parts.css'
import { Card } from '../../components/Card'
import './field.css'

const JUDGMENT_TYPE: Record<Judgment, 'success' | 'warning' | 'danger'> = { safe: 'success', hazard: 'warning', suspectedDanger: 'danger' }

interface Props {
  target: PatrolTarget
  house: HouseBrief | null
  owner: { userId: string; name: string }
  onSaved: (itemId: string) => void
}

export function PatrolForm({ target, house, owner, onSaved }: Props) {
  const [findings, setFindings] = useState<Partial<Record<PatrolPart, PartFinding>>>({})
  const [judgment, setJudgment] = useState<Judgment | null>(null)
  const [occupied, setOccupied] = useState<boolean | null>(null)
  const [photos, setPhotos] = useState<TakenPhoto[]>([])
  const [notes, setNotes] = useState('')
  // After the first refused save the outlines follow the form: each goes once its part is filled in.
  const [tried, setTried] = useState(false)
  const [error, setError] = useState('')
  const [saving, setSaving] = useState(false)
  const gps = useFix()
  const fixRef = useRef(gps.fix)
  fixRef.current = gps.fix

  const suggested = formSuggestion(findings)
  const { missing, message } = outlines(tried, target, { findings, judgment, occupied, photos, fix: gps.fix, notes }, new Date())
  const setPart = (part: PatrolPart, f: PartFinding) => setFindings((s) => ({ ...s, [part]: f }))
  const restOk = () => setFindings((s) => Object.fromEntries(PATROL_PARTS.map((p) => [p, s[p] ?? 'ok'])))

  const save = async () => {
    const checked = checkPatrol(target, { findings, judgment, occupied, photos, fix: gps.fix, notes }, new Date())
    setError('')
    if (!checked.ok) return setTried(true)
    setSaving(true)
    const res = await savePatrol({ ownerId: owner.userId, house: house ?? fallbackBrief(target.houseId), input: checked.input, photos })
    setSaving(false)
    if (res.ok) onSaved(res.data.id)
    else setError(res.message)
  }

  return (
    <View data-testid="patrol-form" data-patrol-id={target.patrolId}>
      <Card className="field-section">
        <View className="item-head">
          <Text className="card-title">一、逐项检查</Text>
          <Button size="small" fill="outline" type="primary" data-testid="findings-rest-ok" onClick={restOk}>
            其余都正常
          </Button>
        </View>
        {PATROL_PARTS.map((p, i) => (
          <FindingPicker key={p} part={p} index={i} value={findings[p]} missing={missing.parts.includes(p)} onChange={(f) => setPart(p, f)} />
        ))}
      </Card>

      <Card className={`field-section${missing.judgment ? ' field-section--missing' : ''}`} data-testid="judgment-section" data-missing={missing.judgment}>
        <Text className="card-title">二、初步判断</Text>
        <Text className={`notice notice--strong suggest suggest--${suggested ?? 'none'}`} data-testid="judgment-suggested" data-judgment={suggested ?? ''}>
          {suggested ? `按检查结果，建议判断为：${JUDGMENT_LABELS[suggested]}` : '逐项检查后，这里会给出建议'}
        </Text>
        <View className="choice-col">
          {JUDGMENTS.map((j) => (
            <Button key={j} size="large" type={judgment === j ? JUDGMENT_TYPE[j] : 'default'} data-testid={`judgment-${j}`} onClick={() => setJudgment(j)}>
              {JUDGMENT_LABELS[j]}
            </Button>
          ))}
        </View>
        <Text className="field-hint">巡查只是初步判断，不是鉴定等级。</Text>
      </Card>

      <Card className={`field-section${missing.occupied ? ' field-section--missing' : ''}`} data-testid="occupied-section" data-missing={missing.occupied}>
        <Text className="card-title">三、现在有人住吗？</Text>
        <View className="choice-row choice-row--two">
          <Button size="large" type={occupied === true ? 'primary' : 'default'} data-testid="occupied-yes" onClick={() => setOccupied(true)}>
            有人住
          </Button>
          <Button size="large" type={occupied === false ? 'primary' : 'default'} data-testid="occupied-no" onClick={() => setOccupied(false)}>
            没人住
          </Button>
        </View>
      </Card>

      <Card className={`field-section${missing.photos ? ' field-section--missing' : ''}`} data-testid="photos-section" data-missing={missing.photos}>
        <Text className="card-title">四、照片{needsPhoto(judgment) ? '（必须至少 1 张）' : '（可选）'}</Text>
        <PhotoPicker photos={photos} onChange={setPhotos} max={MAX_PATROL_PHOTOS} stampInfo={() => ({ who: `巡查员 ${owner.name}`, fix: fixRef.current })} />
      </Card>

      <Card className="field-section">
        <Text className="card-title">五、位置和备注</Text>
        <GpsStatus state={gps} onRetry={gps.retry} />
        <View data-testid="patrol-notes" className="notes">
          <TextArea value={notes} onChange={setNotes} maxLength={500} placeholder="可写看到的情况、已采取的措施（选填）" rows={3} />
        </View>
      </Card>

      {(message || error) && (
        <Text className="notice notice--strong notice--danger form-error" data-testid="form-error">
          {message || error}
        </Text>
      )}
      <Button block type="primary" size="large" loading={saving} disabled={saving} data-testid="patrol-submit" onClick={() => void save()}>
        保存巡查记录
      </Button>
      <Text className="field-hint field-hint--center">没有信号也能保存，有信号后自动上传</Text>
    </View>
  )
}

function fallbackBrief(houseId: string): HouseBrief {
  return { houseId, householdId: '', villageId: '', villageName: '', nameMasked: '', address: houseId, grade: null }
}
