// Choosing the list file in a browser (the h5 build): Taro has no document chooser on h5,
// so a plain file input does it, drawn as a big button. See FilePicker.weapp.tsx.
import type { ChangeEvent } from 'react'
import { View, Text } from '@tarojs/components'
import type { PickedFile } from './picked-file'
import { FILE_TYPES } from './labels'
import './imports.css'
import '../../components/evidence/evidence-photos.css'

export function FilePicker({ onPick }: { onPick: (file: PickedFile) => void }) {
  const changed = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    if (file) onPick({ name: file.name, size: file.size, data: file })
    // Picking the same file again after an error must fire a change again.
    e.target.value = ''
  }
  return (
    <View className="imp-file">
      <label className="ev-add ev-add--thin">
        <input className="ev-add__input" type="file" accept={FILE_TYPES.map((t) => `.${t}`).join(',')} data-testid="import-file-input" onChange={changed} />
        <Text>选择名单文件（.xlsx / .csv）</Text>
      </label>
    </View>
  )
}
