// Evidence photos as big buttons and thumbnails. WeChat opens its camera or album through
// chooseMedia; the browser build uses <input type="file"> (capture opens the camera on a
// phone). Every picture is stamped before it is shown, so what is seen is what is kept.
import type { ChangeEvent } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { IS_WEAPP } from '../../services/platform'
import { PermissionNotice } from '../PermissionNotice'
import { stampFiles, takePhotos, type StampInfo, type TakenPhoto } from '../../services/photos'
import { usePhotoList } from './usePhotoList'
import { PhotoThumb } from './PhotoThumb'
import '../form/field-parts.css'
import './photo-picker.css'

interface Props {
  photos: TakenPhoto[]
  onChange: (next: TakenPhoto[]) => void
  /** Read when a photo is taken: who is taking it and where the phone is now. */
  stampInfo: () => StampInfo
  max: number
  /** Farmers get the camera only: one obvious button. */
  cameraOnly?: boolean
}

function H5FileButton({ label, capture, testId, onFiles }: { label: string; capture: boolean; testId: string; onFiles: (files: File[]) => void }) {
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? [])
    e.target.value = ''
    if (files.length) onFiles(files)
  }
  return (
    <label className="solid-btn photo-btn">
      <input className="photo-btn__input" type="file" accept="image/*" multiple={!capture} {...(capture ? { capture: 'environment' as const } : {})} data-testid={testId} onChange={onChange} />
      <Text>{label}</Text>
    </label>
  )
}

export function PhotoPicker({ photos, onChange, stampInfo, max, cameraOnly = false }: Props) {
  const { busy, refused, room, add, remove } = usePhotoList(photos, onChange, max, (p: TakenPhoto) => p)

  const preview = (url: string) => {
    if (IS_WEAPP) void Taro.previewImage({ current: url, urls: photos.map((p) => p.previewUrl) })
  }

  return (
    <View className="photos" data-testid="photo-picker" data-count={photos.length}>
      {photos.length > 0 && (
        <View className="photos__grid">
          {photos.map((p) => (
            <PhotoThumb key={p.key} url={p.previewUrl} onPreview={() => preview(p.previewUrl)} onRemove={() => remove(p.key)} testId="photo-thumb" removeTestId="photo-remove" />
          ))}
        </View>
      )}
      {busy && <Text className="photos__busy">正在加上时间和位置水印…</Text>}
      {refused && <PermissionNotice permission={refused} />}
      {room > 0 && !busy && (
        <View className="photos__actions">
          {IS_WEAPP ? (
            <>
              <Button type="primary" size="large" data-testid="photo-camera" onClick={() => void add(() => takePhotos('camera', 1, stampInfo()))}>
                📷 拍照
              </Button>
              {!cameraOnly && (
                <Button fill="outline" type="primary" size="large" data-testid="photo-album" onClick={() => void add(() => takePhotos('album', room, stampInfo()))}>
                  从相册选
                </Button>
              )}
            </>
          ) : (
            <>
              <H5FileButton label="📷 拍照" capture testId="photo-input" onFiles={(files) => void add(() => stampFiles(files.slice(0, room), stampInfo(), 'camera'))} />
              {!cameraOnly && <H5FileButton label="从相册选" capture={false} testId="photo-album-input" onFiles={(files) => void add(() => stampFiles(files.slice(0, room), stampInfo(), 'album'))} />}
            </>
          )}
        </View>
      )}
      <Text className="photos__count">
        已拍 {photos.length} 张，最多 {max} 张
      </Text>
    </View>
  )
}
