// 打印房屋门牌: the village's plates as printable PDFs (one plate per house, its code, the
// masked householder and group). A big village comes in several sheets, each made within a
// cloud function's time limit; each sheet opens as it is ready.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { openFileLink } from '../../services/files'
import { plateSheet } from '../../services/plates'
import '../street.css'
import './ledger.css'

interface Sheet {
  url: string
  fileName: string
  plates: number
}

export function PlatesButton({ villageId, villageName }: { villageId: string; villageName: string }) {
  const [busy, setBusy] = useState(false)
  const [sheets, setSheets] = useState<Sheet[]>([])
  const [error, setError] = useState('')

  const run = async () => {
    setBusy(true)
    setError('')
    const made: Sheet[] = []
    let from: number | undefined
    for (;;) {
      const res = await plateSheet(villageId, from)
      if (!res.ok) {
        setError(res.message)
        break
      }
      made.push({ url: res.data.url, fileName: res.data.fileName, plates: res.data.plates })
      setSheets([...made])
      if (res.data.next === null) break
      from = res.data.next
    }
    setBusy(false)
    if (made.length === 1) await openFileLink(made[0]!.url, made[0]!.fileName).catch(() => setError('门牌已生成，但文件打不开，请点下面的链接再试'))
  }

  return (
    <View className="ledger-export" data-testid="plates">
      <Button block size="large" type="primary" fill="outline" loading={busy} data-testid="plates-button" onClick={() => void run()}>
        打印房屋门牌（{villageName}）
      </Button>
      {sheets.map((s, i) => (
        <Text key={s.url} className="notice notice--ok st-notice" data-testid="plates-sheet" data-plates={s.plates} data-url={s.url} onClick={() => void openFileLink(s.url, s.fileName)}>
          {sheets.length > 1 ? `第 ${i + 1} 份：` : ''}{s.plates} 张门牌，点这里打开 ›
        </Text>
      ))}
      {error && (
        <Text className="notice notice--danger st-notice" data-testid="plates-error">
          {error}
        </Text>
      )}
    </View>
  )
}
