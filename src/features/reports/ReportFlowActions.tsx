// The next step of a quarterly report for the active role: street staff send a finished
// report of a quarter that is over to the leader; the leader approves it (it goes to
// 区住建局) or sends it back, saying why.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { QuarterlyReportView, Result, Role } from '@domain'
import { approveQuarterlyReport, returnQuarterlyReport, sendQuarterlyReport } from '../../services/report'
import '../../components/street.css'
import './reports.css'

interface Props {
  report: QuarterlyReportView
  role: Role | null
  onChanged: (r: QuarterlyReportView) => void
}

export function ReportFlowActions({ report, role, onChanged }: Props) {
  const [note, setNote] = useState('')
  const [reason, setReason] = useState('')
  const [returning, setReturning] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const run = async (fn: () => Promise<Result<QuarterlyReportView>>) => {
    setBusy(true)
    setError('')
    const res = await fn()
    setBusy(false)
    if (res.ok) onChanged(res.data)
    else setError(res.message)
  }
  const state = report.flowState
  let body = null
  if (role === 'staff' && report.phase === 'done' && (state === 'draft' || state === 'returned')) {
    body = report.frozenAt ? (
      <View>
        <View className="st-input-wrap" data-testid="report-send-note">
          <Input value={note} maxLength={200} placeholder="给领导的说明（可不填）" onChange={setNote} />
        </View>
        <Button block size="large" type="primary" loading={busy} disabled={busy} data-testid="report-send" onClick={() => void run(() => sendQuarterlyReport(report.id, note.trim()))}>
          提交领导审核
        </Button>
      </View>
    ) : (
      <Text className="rp-note">本季度还没结束：季度结束后生成的报表才能报送区住建局。</Text>
    )
  }
  if (role === 'leader' && state === 'awaitingApproval') {
    body = returning ? (
      <View>
        <View className="st-input-wrap" data-testid="report-return-reason">
          <Input value={reason} maxLength={100} placeholder="退回原因，例如：请核对C级危房数" onChange={setReason} />
        </View>
        <Button block size="large" type="danger" loading={busy} disabled={busy || !reason.trim()} data-testid="report-return-confirm" onClick={() => void run(() => returnQuarterlyReport(report.id, reason.trim()))}>
          确认退回
        </Button>
        <Button block size="large" fill="outline" disabled={busy} onClick={() => setReturning(false)}>
          不退回了
        </Button>
      </View>
    ) : (
      <View>
        <Button block size="large" type="primary" loading={busy} disabled={busy} data-testid="report-approve" onClick={() => void run(() => approveQuarterlyReport(report.id))}>
          同意，报送区住建局
        </Button>
        <Button block size="large" fill="outline" type="danger" disabled={busy} data-testid="report-return" onClick={() => setReturning(true)}>
          退回修改
        </Button>
      </View>
    )
  }
  if (!body && !error) return null
  return (
    <View className="rp-flow-actions" data-testid="report-flow-actions">
      {body}
      {error && (
        <Text className="rp-note rp-note--danger" data-testid="report-flow-error">
          {error}
        </Text>
      )}
    </View>
  )
}
