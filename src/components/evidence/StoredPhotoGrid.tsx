// The stored photos of a record (case step, farmer's report, patrol, house) as square
// thumbnails three a row; each opens large, a missing one says 照片已不存在.
import { View } from '@tarojs/components'
import { StoredPhoto, shownUrls } from './StoredPhoto'
import './photo-picker.css'
import './photo-thumb.css'

interface Props {
  photos: Array<{ fileId: string; url: string | null; missing: boolean }>
  testId?: string
  photoTestId?: string
}

export function StoredPhotoGrid({ photos, testId, photoTestId }: Props) {
  const urls = shownUrls(photos)
  return (
    <View className="photos__grid" data-testid={testId}>
      {photos.map((p) => (
        <View key={p.fileId} className="photo-thumb__frame" data-testid={photoTestId}>
          <StoredPhoto photo={p} urls={urls} className="photo-thumb__img" />
        </View>
      ))}
    </View>
  )
}
