// Entries that do not move the case: 改造进度, 撤离记录 (which also marks the house as
// left), 警示标志 and 隔离围栏 (each photographed; also before any appraisal) and 备注. Each has a client-made id kept for retries,
// and is kept on the phone when there is no signal.
import { useState } from 'react'
import { LIVING_NOW } from '@domain'
import { DateField } from '../DateField'
import { Choices, Field, NoteField } from '../FormParts'
import { PhotoField } from '../../../components/evidence/PhotoField'
import { todayPlus } from '../../../format/time'
import { LIVING_NOW_LABELS, type LivingNow } from '../labels'
import type { PickedFile } from '../../../services/offline/uploads'
import { notReady, ready, useCaseSubmit } from '../useCaseSubmit'
import { FormCard, type CaseFormProps } from './FormCard'

export type RecordKind = 'progress' | 'evacuation' | 'warningSign' | 'fence' | 'note'

export const RECORD_TITLES: Record<RecordKind, string> = { progress: '记录进度', evacuation: '记录撤离', warningSign: '设立警示标志', fence: '设立隔离围栏', note: '备注' }

const NOTE_LABELS: Record<RecordKind, string> = { progress: '改造进度', evacuation: '撤离情况', warningSign: '警示标志设在哪里', fence: '围栏设在哪里', note: '备注内容' }
const PLACEHOLDERS: Record<RecordKind, string> = {
  progress: '例如：主体完工，正在盖屋面',
  evacuation: '例如：已搬到儿子家住',
  warningSign: '例如：门口和路口各立了一块警示牌',
  fence: '例如：房屋四周拉了隔离围栏',
  note: '例如：已电话联系农户',
}

const PHOTO_NEEDED = new Set<RecordKind>(['warningSign', 'fence'])

export function RecordForm({ kind, ...props }: CaseFormProps & { kind: RecordKind }) {
  const [note, setNote] = useState('')
  const [evacuatedOn, setEvacuatedOn] = useState(todayPlus(0))
  const [livingNow, setLivingNow] = useState<LivingNow | null>(null)
  const [photos, setPhotos] = useState<PickedFile[]>([])
  const submit = useCaseSubmit(props)

  const send = () =>
    submit.record(async () => {
      if (!note.trim()) return notReady(`请填写${NOTE_LABELS[kind]}`)
      if (kind === 'evacuation' && (!evacuatedOn || !livingNow)) return notReady('请填写撤离日期和现在住在哪里')
      if (PHOTO_NEEDED.has(kind) && photos.length === 0) return notReady(kind === 'warningSign' ? '请拍下警示标志的照片' : '请拍下隔离围栏的照片')
      // The photos go with the record through the outbox (kept on the phone without a signal).
      return ready({ kind, note: note.trim(), ...(kind === 'evacuation' && livingNow ? { evacuatedOn, livingNow } : {}) }, photos)
    })

  return (
    <FormCard formKey={`record-${kind}`} title={RECORD_TITLES[kind]} error={submit.error} busy={submit.busy} submitLabel="保存" onSubmit={() => void send()} onCancel={props.onCancel}>
      {kind === 'evacuation' && (
        <>
          <DateField label="撤离日期" value={evacuatedOn} onChange={setEvacuatedOn} testId="case-evacuated-on" />
          <Field label="现在住在哪里" testId="case-living-now">
            <Choices
              choices={LIVING_NOW.filter((l) => l !== 'stillInside').map((l) => ({ value: l, label: LIVING_NOW_LABELS[l] }))}
              value={livingNow}
              onChange={setLivingNow}
              testId="case-living-now-option"
            />
          </Field>
        </>
      )}
      <NoteField label={NOTE_LABELS[kind]} value={note} onChange={setNote} testId="case-note" placeholder={PLACEHOLDERS[kind]} />
      <PhotoField inCard label={PHOTO_NEEDED.has(kind) ? '照片（必须拍）' : '照片（可不拍）'} photos={photos} onChange={setPhotos} testId="case-photos" />
    </FormCard>
  )
}
