// 竣工验收: the date, photos of the finished house (at least one) and a note.
import { useState } from 'react'
import { DateField } from '../DateField'
import { NoteField } from '../FormParts'
import { PhotoField } from '../../../components/evidence/PhotoField'
import { todayPlus } from '../../../format/time'
import { uploadPending, type PickedFile } from '../../../services/offline/uploads'
import { notReady, ready, useCaseSubmit } from '../useCaseSubmit'
import { FormCard, type CaseFormProps } from './FormCard'

export function AcceptForm(props: CaseFormProps) {
  const [acceptedOn, setAcceptedOn] = useState(todayPlus(0))
  const [photos, setPhotos] = useState<PickedFile[]>([])
  const [note, setNote] = useState('')
  const submit = useCaseSubmit(props)

  const send = () =>
    submit.move(async () => {
      if (!acceptedOn) return notReady('请填写验收日期')
      if (photos.length === 0) return notReady('请至少拍 1 张竣工照片')
      const up = await uploadPending(photos)
      setPhotos(up.files)
      if (!up.ok) return notReady(up.message)
      return ready({ action: 'acceptRenovation' as const, acceptedOn, photos: up.files.map((f) => f.fileId!), note: note.trim() })
    })

  return (
    <FormCard formKey="acceptRenovation" title="竣工验收" error={submit.error} busy={submit.busy} submitLabel="验收合格" onSubmit={() => void send()} onCancel={props.onCancel}>
      <DateField label="验收日期" value={acceptedOn} onChange={setAcceptedOn} testId="case-accepted-on" />
      <PhotoField inCard label="竣工照片（至少 1 张）" photos={photos} onChange={setPhotos} testId="case-photos" />
      <NoteField label="验收意见（可不填）" value={note} onChange={setNote} testId="case-note" placeholder="不填即为“竣工验收合格”" />
    </FormCard>
  )
}
