// Choosing the list file in WeChat: the list arrives as a file in a chat, so it is taken
// from there. The h5 build uses FilePicker.tsx.
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { PickedFile } from './picked-file'
import { FILE_TYPES } from './labels'
import './imports.css'

export function FilePicker({ onPick }: { onPick: (file: PickedFile) => void }) {
  const choose = async () => {
    try {
      const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: [...FILE_TYPES] })
      const f = res.tempFiles[0]
      if (f) onPick({ name: f.name, size: f.size, data: f.path })
    } catch {
      // Closed without choosing: nothing to do.
    }
  }
  return (
    <View className="imp-file">
      <Button block size="large" fill="outline" type="primary" data-testid="import-file-choose" onClick={() => void choose()}>
        从微信聊天中选择名单文件
      </Button>
    </View>
  )
}
