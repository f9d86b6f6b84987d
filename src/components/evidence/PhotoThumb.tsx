// One taken photo as a thumbnail: tap the picture to enlarge it, tap 删除 under it to drop
// it. The remove button sits below the picture, not on it, so neither the picture nor its
// stamp is covered at any text size, and it stays a large target.
import { View, Text, Image } from '@tarojs/components'
import './photo-thumb.css'

interface Props {
  url: string
  onPreview: () => void
  onRemove: () => void
  testId?: string
  removeTestId: string
}

export function PhotoThumb({ url, onPreview, onRemove, testId, removeTestId }: Props) {
  return (
    <View className="photo-thumb" data-testid={testId}>
      <View className="photo-thumb__frame">
        <Image className="photo-thumb__img" src={url} mode="aspectFill" onClick={onPreview} />
      </View>
      <View className="photo-thumb__remove" data-testid={removeTestId} onClick={onRemove}>
        <Text>删除</Text>
      </View>
    </View>
  )
}
