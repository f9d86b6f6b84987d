// 应急处置 of a C/D house: are the people out (and since when), where they live now,
// warning sign and fence (photographed when put up). Kept on the phone without a signal.
import { useState } from 'react'
import { LIVING_NOW } from '@domain'
import { DateField } from '../DateField'
import { Choices, Field, NoteField, YesNo } from '../FormParts'
import { PhotoField } from '../../../components/evidence/PhotoField'
import { todayPlus } from '../../../format/time'
import { LIVING_NOW_LABELS, type LivingNow } from '../labels'
import type { PickedFile } from '../../../services/offline/uploads'
import { notReady, ready, useCaseSubmit } from '../useCaseSubmit'
import { FormCard, type CaseFormProps } from './FormCard'

const MOVED_OUT = LIVING_NOW.filter((l) => l !== 'stillInside')

export function EmergencyForm(props: CaseFormProps) {
  // What was already recorded at discovery (before the appraisal) is filled in.
  const prior = props.detail.emergency
  const [evacuated, setEvacuated] = useState<boolean | null>(prior?.evacuated ? true : null)
  const [evacuatedOn, setEvacuatedOn] = useState(prior?.evacuatedOn ?? todayPlus(0))
  const [livingNow, setLivingNow] = useState<LivingNow | null>(prior?.evacuated ? (prior.livingNow as LivingNow) : null)
  const [signPosted, setSignPosted] = useState<boolean | null>(prior?.signPosted ? true : null)
  const [fenced, setFenced] = useState<boolean | null>(prior?.fenced ? true : null)
  const [photos, setPhotos] = useState<PickedFile[]>([])
  const [note, setNote] = useState('')
  const submit = useCaseSubmit(props)

  const chooseEvacuated = (yes: boolean) => {
    setEvacuated(yes)
    setLivingNow(yes ? (livingNow === 'stillInside' ? null : livingNow) : 'stillInside')
  }

  const send = () =>
    submit.move(async () => {
      if (evacuated === null) return notReady('请选择是否已撤离')
      if (evacuated && !evacuatedOn) return notReady('请填写撤离日期')
      if (!livingNow) return notReady('请选择现在住在哪里')
      if (evacuated && livingNow === 'stillInside') return notReady('已撤离的户，请选择现在住在哪里')
      if (signPosted === null || fenced === null) return notReady('请选择是否设了警示标志和隔离围栏')
      if (((signPosted && !prior?.signPosted) || (fenced && !prior?.fenced)) && photos.length === 0) return notReady('请拍下警示标志或隔离围栏的照片')
      // The photos go with the move through the outbox (kept on the phone without a signal).
      return ready({ action: 'startEmergency' as const, evacuated, ...(evacuated ? { evacuatedOn } : {}), livingNow, signPosted, fenced, note: note.trim() }, photos)
    })

  const livingChoices = (evacuated ? MOVED_OUT : LIVING_NOW).map((l) => ({ value: l, label: LIVING_NOW_LABELS[l] }))
  return (
    <FormCard formKey="startEmergency" title="应急处置" error={submit.error} busy={submit.busy} submitLabel="提交应急处置" onSubmit={() => void send()} onCancel={props.onCancel}>
      <Field label="人员已撤离吗？" testId="case-evacuated">
        <YesNo value={evacuated} onChange={chooseEvacuated} testId="case-evacuated-choice" yes="已撤离" no="还没有撤离" />
      </Field>
      {evacuated && <DateField label="撤离日期" value={evacuatedOn} onChange={setEvacuatedOn} testId="case-evacuated-on" />}
      <Field label="现在住在哪里" testId="case-living-now">
        <Choices choices={livingChoices} value={livingNow} onChange={setLivingNow} testId="case-living-now-option" danger={(l) => l === 'stillInside'} />
      </Field>
      <Field label="设了安全警示标志吗？" testId="case-sign">
        <YesNo value={signPosted} onChange={setSignPosted} testId="case-sign-choice" yes="已设" no="没有" />
      </Field>
      <Field label="设了隔离围栏吗？" testId="case-fence">
        <YesNo value={fenced} onChange={setFenced} testId="case-fence-choice" yes="已设" no="没有" />
      </Field>
      <PhotoField
        inCard
        label={signPosted || fenced ? '现场照片（必须拍警示标志或围栏）' : '现场照片（可不拍）'}
        photos={photos}
        onChange={setPhotos}
        testId="case-photos"
      />
      <NoteField label="说明（可不填）" value={note} onChange={setNote} testId="case-note" placeholder="例如：已联系亲属接走，村里每天查看" />
    </FormCard>
  )
}
