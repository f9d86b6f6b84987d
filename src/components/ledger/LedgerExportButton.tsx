// Exports the monitoring ledger (监测台账) of one village, or of every village the user sees,
// as an .xlsx file, then says how many rows it holds.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { openFileLink } from '../../services/files'
import { exportLedger } from '../../services/ledger'
import '../street.css'
import './ledger.css'

interface Props {
  villageId?: string
  /** What is exported, in words: a village's name or the street's. */
  scopeName: string
}

export function LedgerExportButton({ villageId, scopeName }: Props) {
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<{ rows: number; scope: string } | null>(null)
  const [error, setError] = useState('')

  const run = async () => {
    setBusy(true)
    setError('')
    setDone(null)
    const res = await exportLedger(villageId)
    if (!res.ok) {
      setBusy(false)
      return setError(res.message)
    }
    try {
      await openFileLink(res.data.url, res.data.fileName)
      setDone({ rows: res.data.rows, scope: scopeName })
    } catch {
      setError('台账已生成，但文件打不开，请稍后再试')
    }
    setBusy(false)
  }

  return (
    <View className="ledger-export" data-testid="ledger-export">
      <Button block size="large" type="primary" fill="outline" loading={busy} data-testid="ledger-export-button" onClick={() => void run()}>
        导出台账（{scopeName}）
      </Button>
      {done && (
        <Text className="notice notice--ok st-notice" data-testid="ledger-export-done" data-rows={done.rows}>
          已导出{done.scope}台账，共 {done.rows} 行
        </Text>
      )}
      {error && (
        <Text className="notice notice--danger st-notice" data-testid="ledger-export-error">
          {error}
        </Text>
      )}
    </View>
  )
}
