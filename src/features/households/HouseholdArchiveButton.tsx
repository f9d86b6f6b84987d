// 一户一档: prints the household's archive (household, houses, patrols, cases) as a PDF.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { householdArchive } from '../../services/households'
import { openFileLink } from '../../services/files'

export function HouseholdArchiveButton({ householdId }: { householdId: string }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const run = async () => {
    setBusy(true)
    setError('')
    const res = await householdArchive(householdId)
    if (res.ok) await openFileLink(res.data.url, res.data.fileName).catch(() => setError('文件打不开，请稍后再试'))
    else setError(res.message)
    setBusy(false)
  }
  return (
    <View className="hh-archive">
      <Button block size="large" fill="outline" type="primary" loading={busy} disabled={busy} data-testid="household-archive" onClick={() => void run()}>
        一户一档（打印 PDF）
      </Button>
      {error && <Text className="st-field__error">{error}</Text>}
    </View>
  )
}
