// Evidence photos of a case form or a disaster report: thumbnails (tap to enlarge, 删除 to
// drop) and two buttons, the camera and the album — WeChat's chooseMedia on weapp, file
// inputs on h5. Every picture goes through the patrol photos' stamp before it is shown, so
// what is seen is what is uploaded: the camera's with now, the place and who; the album's
// as 相册照片 with the picture's own time (the two are told apart by the button used).
import type { ChangeEvent } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { IS_WEAPP } from '../../services/platform'
import { PermissionNotice } from '../PermissionNotice'
import { stampFiles, takePhotos, type PhotoSource } from '../../services/photos'
import { pickedFromTaken, type PickedFile } from '../../services/offline/uploads'
import { usePhotoList } from './usePhotoList'
import { PhotoThumb } from './PhotoThumb'
import { useStampInfo } from './useStampInfo'
import './evidence-photos.css'

interface Props {
  photos: PickedFile[]
  onChange: (next: PickedFile[]) => void
  /** Prefix of the test ids: -count, -remove, -add (weapp), -input (h5). */
  testId: string
  max: number
}

export function EvidencePhotos({ photos, onChange, testId, max }: Props) {
  const stampInfo = useStampInfo()
  const { busy, refused, room, add, remove } = usePhotoList(photos, onChange, max, pickedFromTaken)

  const fromInput = (source: PhotoSource) => (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []).slice(0, room)
    // Picking the same picture again must fire a change again.
    e.target.value = ''
    if (files.length) void add(() => stampFiles(files, stampInfo(), source))
  }
  const preview = (url: string) => void Taro.previewImage({ current: url, urls: photos.map((p) => p.previewUrl) })

  return (
    <View data-testid={`${testId}-count`} data-count={photos.length}>
      {photos.length > 0 && (
        <View className="ev-thumbs">
          {photos.map((p) => (
            <PhotoThumb key={p.key} url={p.previewUrl} onPreview={() => preview(p.previewUrl)} onRemove={() => remove(p.key)} removeTestId={`${testId}-remove`} />
          ))}
        </View>
      )}
      {busy && <Text className="ev-busy">正在加上时间和位置水印…</Text>}
      {refused && <PermissionNotice permission={refused} />}
      {room > 0 &&
        !busy &&
        (IS_WEAPP ? (
          <View className="ev-adds">
            <Button block size="large" fill="outline" type="primary" data-testid={`${testId}-add`} onClick={() => void add(() => takePhotos('camera', 1, stampInfo()))}>
              📷 拍照
            </Button>
            <Button block size="large" fill="outline" type="primary" data-testid={`${testId}-album`} onClick={() => void add(() => takePhotos('album', room, stampInfo()))}>
              从相册选
            </Button>
          </View>
        ) : (
          <View className="ev-adds">
            <label className="ev-add">
              <input className="ev-add__input" type="file" accept="image/*" capture="environment" data-testid={`${testId}-input`} onChange={fromInput('camera')} />
              <Text>📷 拍照</Text>
            </label>
            <label className="ev-add">
              <input className="ev-add__input" type="file" accept="image/*" multiple data-testid={`${testId}-album-input`} onChange={fromInput('album')} />
              <Text>从相册选</Text>
            </label>
          </View>
        ))}
    </View>
  )
}
