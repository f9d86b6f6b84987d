// The report's photos under their label: the stamped evidence photos shared with the case
// forms.
import { Field } from '../alerts/Field'
import type { PickedFile } from '../cases/uploads'
import { EvidencePhotos } from '../evidence/EvidencePhotos'

interface Props {
  photos: PickedFile[]
  onChange: (next: PickedFile[]) => void
  testId: string
  max?: number
}

export function PhotoField({ photos, onChange, testId, max = 9 }: Props) {
  return (
    <Field label="现场照片（至少 1 张）" testId={testId} hint="拍清房屋受损的部位，最多 9 张">
      <EvidencePhotos photos={photos} onChange={onChange} testId={testId} max={max} />
    </Field>
  )
}
