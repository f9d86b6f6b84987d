// Downloads the blank list the import reads, so a department's list can be put in shape.
import { useState } from 'react'
import { Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { openFileLink } from '../../services/files'
import { importTemplate } from '../../services/import'

export function TemplateButton() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const download = async () => {
    setBusy(true)
    setError('')
    const res = await importTemplate()
    if (res.ok) await openFileLink(res.data.url, res.data.fileName).catch(() => setError('文件打不开，请稍后再试'))
    else setError(res.message)
    setBusy(false)
  }
  return (
    <>
      <Button block size="large" fill="outline" type="primary" loading={busy} data-testid="import-template" onClick={() => void download()}>
        下载导入模板
      </Button>
      {error && <Text className="st-field__error">{error}</Text>}
    </>
  )
}
