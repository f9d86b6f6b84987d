// Adding photos in a browser (the h5 build): a file input, which on a phone offers the
// camera. See PhotoPicker.weapp.tsx for WeChat.
import type { ChangeEvent } from 'react'
import { Text } from '@tarojs/components'
import { photoKey, type PickedPhoto } from './picked-photo'
import './disasters.css'

export function PhotoPicker({ room, onPick, testId }: { room: number; onPick: (photos: PickedPhoto[]) => void; testId: string }) {
  const changed = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []).slice(0, room)
    // Picking the same picture again must fire a change again.
    e.target.value = ''
    if (files.length) onPick(files.map((f) => ({ key: photoKey(), data: f, name: f.name || 'photo.jpg', previewUrl: URL.createObjectURL(f) })))
  }
  return (
    <label className="ds-photo-btn">
      <input className="ds-photo-btn__input" type="file" accept="image/*" multiple data-testid={`${testId}-input`} onChange={changed} />
      <Text>📷 拍照或选照片</Text>
    </label>
  )
}
