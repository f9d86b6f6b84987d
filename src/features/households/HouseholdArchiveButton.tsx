// 一户一档: prints the household's archive (household, houses, patrols, cases) as a PDF,
// opens it, and keeps a link to open it again.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { FileLink } from '@domain'
import { householdArchive } from '../../services/household'
import { openFileLink } from '../../services/files'

export function HouseholdArchiveButton({ householdId }: { householdId: string }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const [file, setFile] = useState<FileLink | null>(null)
  const open = (f: FileLink) => openFileLink(f.url, f.fileName).catch(() => setError('文件打不开，请稍后再试'))
  const run = async () => {
    setBusy(true)
    setError('')
    const res = await householdArchive(householdId)
    setBusy(false)
    if (!res.ok) return setError(res.message)
    setFile(res.data)
    await open(res.data)
  }
  return (
    <View className="hh-archive">
      <Button block size="large" fill="outline" type="primary" loading={busy} disabled={busy} data-testid="household-archive" onClick={() => void run()}>
        一户一档（打印 PDF）
      </Button>
      {file && (
        <Text className="hh-archive__file" data-testid="household-archive-file" data-url={file.url} onClick={() => void open(file)}>
          已生成：{file.fileName}（点这里再次打开）
        </Text>
      )}
      {error && <Text className="st-field__error">{error}</Text>}
    </View>
  )
}
