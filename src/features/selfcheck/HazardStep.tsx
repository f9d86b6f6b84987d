// After a "有" (or "我发现房子有问题"): one photo from the camera and, if the farmer wants,
// a few words. Two taps to send: 拍照, then 报告给村里. Who cannot take a photo taps
// 拍不了照片 and says it in words instead (a large box, for voice input).
import { useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import type { TakenPhoto } from '../../services/photos'
import { PhotoPicker } from '../../components/evidence/PhotoPicker'
import { useFix } from '../../hooks/useFix'
import { Card } from '../../components/Card'
import './selfcheck.css'

interface Props {
  /** The problems he answered yes to; empty on the quick path. */
  problems: string[]
  who: string
  saving: boolean
  error: string
  onSubmit: (photos: TakenPhoto[], description: string, noPhoto: boolean) => void
}

export function HazardStep({ problems, who, saving, error, onSubmit }: Props) {
  const [photos, setPhotos] = useState<TakenPhoto[]>([])
  const [description, setDescription] = useState('')
  const [noPhoto, setNoPhoto] = useState(false)
  const gps = useFix()
  const fixRef = useRef(gps.fix)
  fixRef.current = gps.fix
  const ready = noPhoto ? description.trim().length >= 2 : photos.length > 0

  return (
    <View className="sc-hazard" data-testid="selfcheck-hazard">
      <Card>
        <Text className="sc-hazard__title">{problems.length > 0 ? '您说房子有问题：' : '您发现房子有问题'}</Text>
        {problems.length > 0 && <Text className="sc-hazard__list">{problems.join('、')}</Text>}
      </Card>
      {noPhoto ? (
        <Card>
          <Text className="sc-hazard__title">请说一说哪里有问题</Text>
          <Text className="sc-text-hint">可以点输入法上的话筒，直接说话</Text>
          <View data-testid="selfcheck-words" className="notes sc-words">
            <TextArea value={description} onChange={setDescription} maxLength={200} rows={5} autoSize placeholder="比如：堂屋后墙裂了一条缝，下雨就渗水" />
          </View>
          <Text className="sc-back" data-testid="selfcheck-photo-again" onClick={() => setNoPhoto(false)}>
            还是拍照片
          </Text>
        </Card>
      ) : (
        <>
          <Card>
            <Text className="sc-hazard__title">请拍一张问题的照片</Text>
            <PhotoPicker photos={photos} onChange={setPhotos} max={3} cameraOnly stampInfo={() => ({ who, fix: fixRef.current })} />
            {photos.length === 0 && (
              <Button block fill="outline" type="primary" size="large" className="sc-nophoto" data-testid="selfcheck-nophoto" onClick={() => setNoPhoto(true)}>
                拍不了照片
              </Button>
            )}
          </Card>
          <Card>
            <Text className="sc-hazard__title">想说的话（可以不写）</Text>
            <View data-testid="selfcheck-description" className="notes">
              <TextArea value={description} onChange={setDescription} maxLength={200} rows={2} placeholder="比如：东边墙上的裂缝比上个月大了" />
            </View>
          </Card>
        </>
      )}
      {error && <Text className="notice notice--strong notice--danger form-error" data-testid="form-error">{error}</Text>}
      <Button block type="primary" size="large" loading={saving} disabled={saving || !ready} data-testid="selfcheck-submit" onClick={() => onSubmit(noPhoto ? [] : photos, description, noPhoto)}>
        {ready ? '报告给村里' : noPhoto ? '先说一说，再报告' : '先拍照，再报告'}
      </Button>
    </View>
  )
}
