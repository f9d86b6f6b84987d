// One stored photo of a record (case step, patrol) inside its square thumbnail: the picture
// (tap to see it large), or 照片已不存在 when the server no longer has it or its link does not
// load — the rest of the page stays usable.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import './evidence-photos.css'

interface Props {
  photo: { url: string | null; missing: boolean }
  /** The links of all photos shown together, for swiping in the large view. */
  urls: string[]
  className: string
}

export function StoredPhoto({ photo, urls, className }: Props) {
  const [broken, setBroken] = useState(false)
  const url = photo.url
  if (photo.missing || !url || broken) {
    return (
      <View className="ev-missing" data-testid="photo-missing">
        <Text>照片已不存在</Text>
      </View>
    )
  }
  return <Image className={className} src={url} mode="aspectFill" onError={() => setBroken(true)} onClick={() => void Taro.previewImage({ current: url, urls })} />
}

/** The links of the photos that can be shown. */
export const shownUrls = (photos: Array<{ url: string | null; missing: boolean }>): string[] =>
  photos.flatMap((p) => (p.missing || !p.url ? [] : [p.url]))
