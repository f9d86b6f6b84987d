// 记录监督检查 (技术指导与监督): on the building site, street staff tick each item of the short
// checklist, write down any problem with what must be fixed, and take stamped photos. The
// visit's id is made when the form opens and kept for every retry.
import { useRef, useState } from 'react'
import { SUPERVISION_CHECKS, SUPERVISION_CHECK_LABELS, SUPERVISION_RESULT_LABELS, SUPERVISION_RESULTS, type SupervisionCheck, type SupervisionResult, type SupervisionVisitView } from '@domain'
import { Choices, Field, FormButtons, FormErrorText, NoteField } from './FormParts'
import { PhotoField } from '../../components/evidence/PhotoField'
import { shanghaiIso } from '../../format/time'
import { newId } from '../../services/ids'
import { uploadPending, type PickedFile } from '../../services/offline/uploads'
import { recordSupervision } from '../../services/supervision'
import type { FormError } from './useCaseSubmit'
import { View, Text } from '@tarojs/components'

type Checks = Record<SupervisionCheck, SupervisionResult | null>
const NONE: Checks = { siteSafety: null, structure: null, materials: null, progress: null }

export function SupervisionForm({ caseId, onDone, onCancel }: { caseId: string; onDone: (visit: SupervisionVisitView) => void; onCancel: () => void }) {
  const visitId = useRef(newId('sv')).current
  const [checks, setChecks] = useState<Checks>(NONE)
  const [note, setNote] = useState('')
  const [photos, setPhotos] = useState<PickedFile[]>([])
  const [error, setError] = useState<FormError | null>(null)
  const [busy, setBusy] = useState(false)
  const issues = SUPERVISION_CHECKS.filter((k) => checks[k] === 'issue')

  const send = async () => {
    if (busy) return
    const missing = SUPERVISION_CHECKS.find((k) => checks[k] === null)
    if (missing) return setError({ code: 'FORM', message: `请选择“${SUPERVISION_CHECK_LABELS[missing]}”是否符合要求` })
    if (issues.length > 0 && !note.trim()) return setError({ code: 'FORM', message: '有问题的项目，请写明问题和整改要求' })
    if (photos.length === 0) return setError({ code: 'FORM', message: '请至少拍 1 张施工现场照片' })
    setBusy(true)
    setError(null)
    try {
      const up = await uploadPending(photos)
      setPhotos(up.files)
      if (!up.ok) return setError({ code: 'FORM', message: up.message })
      const res = await recordSupervision({ visitId, caseId, visitedAt: shanghaiIso(new Date()), checks: checks as Record<SupervisionCheck, SupervisionResult>, note: note.trim(), photos: up.files.map((f) => f.fileId!) })
      if (res.ok) onDone(res.data)
      else setError({ code: res.code, message: res.message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="card case-form" data-testid="supervision-form">
      <Text className="case-form__title">记录监督检查</Text>
      {SUPERVISION_CHECKS.map((k) => (
        <Field key={k} label={SUPERVISION_CHECK_LABELS[k]} testId={`supervision-${k}`}>
          <Choices
            choices={SUPERVISION_RESULTS.map((r) => ({ value: r, label: SUPERVISION_RESULT_LABELS[r] }))}
            value={checks[k]}
            onChange={(v) => setChecks({ ...checks, [k]: v })}
            testId={`supervision-${k}-option`}
          />
        </Field>
      ))}
      <NoteField label={issues.length ? '问题和整改要求（必须填写）' : '说明（可不填）'} value={note} onChange={setNote} testId="supervision-note" placeholder="例如：部分砖块强度不足，已要求退换" />
      <PhotoField inCard label="施工现场照片（至少 1 张）" photos={photos} onChange={setPhotos} testId="supervision-photos" />
      <FormErrorText error={error} />
      <FormButtons label="保存检查记录" busy={busy} onSubmit={() => void send()} onCancel={onCancel} />
    </View>
  )
}
