// 导出本月巡查台账: one village's patrol ledger for a month as an .xlsx file.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { OrgView } from '@domain'
import { openFileLink } from '../../services/files'
import { patrolMonthLedger } from '../../services/ledger'
import { MonthSwitcher } from '../../components/MonthSwitcher'
import { currentMonth, monthText } from '../../format/time'
import { VillagePicker } from '../../components/VillagePicker'
import { Card } from '../../components/Card'
import './reports.css'

export function LedgerMonthExport({ villages }: { villages: OrgView[] }) {
  const [villageId, setVillageId] = useState<string | undefined>(villages[0]?.id)
  const [month, setMonth] = useState(currentMonth)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; danger: boolean } | null>(null)

  const exportLedger = async () => {
    if (!villageId) return setMessage({ text: '请选择村（社区）', danger: true })
    setBusy(true)
    setMessage(null)
    const res = await patrolMonthLedger(villageId, month)
    setBusy(false)
    if (!res.ok) return setMessage({ text: res.message, danger: true })
    setMessage({ text: `已生成 ${res.data.fileName}（${res.data.rows} 行）`, danger: false })
    openFileLink(res.data.url, res.data.fileName).catch(() => setMessage({ text: '文件没有打开，请稍后再试', danger: true }))
  }

  return (
    <Card className="rp-ledger" data-testid="ledger-month">
      <Text className="rp-card-title">导出巡查台账</Text>
      <View className="rp-ledger__field">
        <VillagePicker villages={villages} value={villageId} onChange={setVillageId} allowAll={false} testId="ledger-village" />
      </View>
      <MonthSwitcher value={month} onChange={setMonth} testId="ledger-month" />
      <Button block size="large" type="primary" fill="outline" loading={busy} disabled={busy} data-testid="ledger-month-export" onClick={() => void exportLedger()}>
        {month === currentMonth() ? '导出本月巡查台账' : `导出${monthText(month)}巡查台账`}
      </Button>
      {message && (
        <Text className={`rp-note${message.danger ? ' rp-note--danger' : ''}`} data-testid="ledger-month-message">
          {message.text}
        </Text>
      )}
    </Card>
  )
}
