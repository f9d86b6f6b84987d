// Photos under their label: the stamped evidence photos of a case form or a disaster report.
import { Field } from '../form/Field'
import type { PickedFile } from '../../services/offline/uploads'
import { EvidencePhotos } from './EvidencePhotos'

interface Props {
  label: string
  photos: PickedFile[]
  onChange: (next: PickedFile[]) => void
  testId: string
  max?: number
  hint?: string
  /** Inside a card that frames the whole form (the case forms). */
  inCard?: boolean
}

export function PhotoField({ label, photos, onChange, testId, max = 9, hint, inCard }: Props) {
  return (
    <Field label={label} testId={testId} hint={hint} inCard={inCard}>
      <EvidencePhotos photos={photos} onChange={onChange} testId={testId} max={max} />
    </Field>
  )
}
