// A photo picked on the phone for a report: kept with its preview until sent, and once
// uploaded it keeps its file id, so a second try sends only what is still missing.
import { IS_WEAPP } from '../../services/platform'

export interface PickedPhoto {
  key: string
  /** A weapp temp path, or a Blob on h5. */
  data: string | Blob
  name: string
  previewUrl: string
  fileId?: string
}

let seq = 0
export const photoKey = () => `p${Date.now().toString(36)}${(seq++).toString(36)}`

export function releasePhoto(p: PickedPhoto): void {
  if (!IS_WEAPP && p.previewUrl.startsWith('blob:')) URL.revokeObjectURL(p.previewUrl)
}
