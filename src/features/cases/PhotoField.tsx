// Photos for a case form under its label: the stamped evidence photos shared with the
// disaster report.
import { EvidencePhotos } from '../evidence/EvidencePhotos'
import { Field } from './FormParts'
import type { PickedFile } from './uploads'

interface Props {
  label: string
  photos: PickedFile[]
  onChange: (next: PickedFile[]) => void
  testId: string
  max?: number
  hint?: string
}

export function PhotoField({ label, photos, onChange, testId, max = 9, hint }: Props) {
  return (
    <Field label={label} testId={testId} hint={hint}>
      <EvidencePhotos photos={photos} onChange={onChange} testId={testId} max={max} />
    </Field>
  )
}
