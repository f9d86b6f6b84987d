// Adding photos in WeChat: the camera or the album through chooseMedia. The h5 build uses
// PhotoPicker.tsx.
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { photoKey, type PickedPhoto } from './picked-photo'
import './disasters.css'

export function PhotoPicker({ room, onPick, testId }: { room: number; onPick: (photos: PickedPhoto[]) => void; testId: string }) {
  const choose = async () => {
    try {
      const res = await Taro.chooseMedia({ count: room, mediaType: ['image'], sourceType: ['camera', 'album'], sizeType: ['compressed'], camera: 'back' })
      onPick(res.tempFiles.map((f) => ({ key: photoKey(), data: f.tempFilePath, name: f.tempFilePath.split('/').pop() ?? 'photo.jpg', previewUrl: f.tempFilePath })))
    } catch {
      // Closed without choosing.
    }
  }
  return (
    <Button block size="large" fill="outline" type="primary" data-testid={`${testId}-add`} onClick={() => void choose()}>
      📷 拍照或选照片
    </Button>
  )
}
