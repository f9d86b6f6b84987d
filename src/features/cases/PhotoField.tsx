// Photos for a case form as thumbnails and one big button: WeChat's camera or album on
// weapp, a file input (camera on a phone) on h5.
import type { ChangeEvent } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { IS_WEAPP } from '../../services/platform'
import { Field } from './FormParts'
import { choosePhotos, pickedFromBrowser, releaseFile, type PickedFile } from './uploads'

interface Props {
  label: string
  photos: PickedFile[]
  onChange: (next: PickedFile[]) => void
  testId: string
  max?: number
  hint?: string
}

export function PhotoField({ label, photos, onChange, testId, max = 9, hint }: Props) {
  const room = max - photos.length
  const add = (more: PickedFile[]) => onChange([...photos, ...more].slice(0, max))
  const remove = (key: string) => {
    const gone = photos.find((p) => p.key === key)
    if (gone) releaseFile(gone)
    onChange(photos.filter((p) => p.key !== key))
  }
  const fromInput = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []).slice(0, room)
    e.target.value = ''
    if (files.length) add(pickedFromBrowser(files, 'photo'))
  }
  const preview = (url: string) => void Taro.previewImage({ current: url, urls: photos.map((p) => p.previewUrl) })

  return (
    <Field label={label} testId={testId} hint={hint}>
      <View data-testid={`${testId}-count`} data-count={photos.length}>
        {photos.length > 0 && (
          <View className="case-thumbs">
            {photos.map((p) => (
              <View key={p.key} className="case-thumb">
                <Image className="case-thumb__img" src={p.previewUrl} mode="aspectFill" onClick={() => preview(p.previewUrl)} />
                <View className="case-thumb__remove" data-testid={`${testId}-remove`} onClick={() => remove(p.key)}>
                  <Text>删除</Text>
                </View>
              </View>
            ))}
          </View>
        )}
        {room > 0 &&
          (IS_WEAPP ? (
            <Button block size="large" fill="outline" type="primary" data-testid={`${testId}-add`} onClick={() => void choosePhotos(room).then(add)}>
              📷 拍照或选照片
            </Button>
          ) : (
            <label className="case-file-btn">
              <input className="case-file-btn__input" type="file" accept="image/*" multiple data-testid={`${testId}-input`} onChange={fromInput} />
              <Text>📷 拍照或选照片</Text>
            </label>
          ))}
      </View>
    </Field>
  )
}
