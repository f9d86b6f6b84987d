// After a "有": one photo from the camera and, if the farmer wants, a few words. Two taps
// to send: 拍照, then 报告给村里.
import { useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import type { SelfCheckAnswers } from '@domain'
import type { TakenPhoto } from '../../services/photos'
import { PhotoPicker } from '../patrols/PhotoPicker'
import { useFix } from '../patrols/useFix'
import { QUESTION_SHORT } from './words'
import './selfcheck.css'

interface Props {
  answers: SelfCheckAnswers
  who: string
  saving: boolean
  error: string
  onSubmit: (photos: TakenPhoto[], description: string) => void
}

export function HazardStep({ answers, who, saving, error, onSubmit }: Props) {
  const [photos, setPhotos] = useState<TakenPhoto[]>([])
  const [description, setDescription] = useState('')
  const gps = useFix()
  const fixRef = useRef(gps.fix)
  fixRef.current = gps.fix
  const problems = (Object.keys(answers) as Array<keyof SelfCheckAnswers>).filter((k) => answers[k]).map((k) => QUESTION_SHORT[k])

  return (
    <View className="sc-hazard" data-testid="selfcheck-hazard">
      <View className="card">
        <Text className="sc-hazard__title">您说房子有问题：</Text>
        <Text className="sc-hazard__list">{problems.join('、')}</Text>
      </View>
      <View className="card">
        <Text className="sc-hazard__title">请拍一张问题的照片</Text>
        <PhotoPicker photos={photos} onChange={setPhotos} max={3} cameraOnly stampInfo={() => ({ who, fix: fixRef.current })} />
      </View>
      <View className="card">
        <Text className="sc-hazard__title">想说的话（可以不写）</Text>
        <View data-testid="selfcheck-description" className="notes">
          <TextArea value={description} onChange={setDescription} maxLength={200} rows={2} placeholder="比如：东边墙上的裂缝比上个月大了" />
        </View>
      </View>
      {error && <Text className="form-error" data-testid="form-error">{error}</Text>}
      <Button block type="primary" size="large" loading={saving} disabled={saving || photos.length === 0} data-testid="selfcheck-submit" onClick={() => onSubmit(photos, description)}>
        {photos.length === 0 ? '先拍照，再报告' : '报告给村里'}
      </Button>
    </View>
  )
}
