// The report's photos as thumbnails (tap to enlarge, 删除 to drop) and the add button.
import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import { Field } from '../alerts/Field'
import { PhotoPicker } from './PhotoPicker'
import { releasePhoto, type PickedPhoto } from './picked-photo'
import './disasters.css'

interface Props {
  photos: PickedPhoto[]
  onChange: (next: PickedPhoto[]) => void
  testId: string
  max?: number
}

export function PhotoField({ photos, onChange, testId, max = 9 }: Props) {
  const room = max - photos.length
  const remove = (p: PickedPhoto) => {
    releasePhoto(p)
    onChange(photos.filter((x) => x.key !== p.key))
  }
  return (
    <Field label="现场照片（至少 1 张）" testId={testId} hint="拍清房屋受损的部位，最多 9 张">
      <View data-testid={`${testId}-count`} data-count={photos.length}>
        {photos.length > 0 && (
          <View className="ds-thumbs">
            {photos.map((p) => (
              <View key={p.key} className="ds-thumb">
                <Image className="ds-thumb__img" src={p.previewUrl} mode="aspectFill" onClick={() => void Taro.previewImage({ current: p.previewUrl, urls: photos.map((x) => x.previewUrl) })} />
                <View className="ds-thumb__remove" data-testid={`${testId}-remove`} onClick={() => remove(p)}>
                  <Text>删除</Text>
                </View>
              </View>
            ))}
          </View>
        )}
        {room > 0 && <PhotoPicker room={room} onPick={(more) => onChange([...photos, ...more].slice(0, max))} testId={testId} />}
      </View>
    </Field>
  )
}
