// 区住建局's inbox of quarterly reports: each street's submitted report with who approved
// it and when, its figures and table, and 接收 for the ones not received yet.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { QuarterlyReportView, QuarterlyTotals } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { ReportFlowStatus } from '../../components/report-flow/ReportFlowStatus'
import { useResult } from '../../hooks/useResult'
import { districtReports } from '../../services/district'
import { receiveQuarterlyReport } from '../../services/report'
import { openFileLink } from '../../services/files'
import { quarterText } from '../../format/time'
import { STREET_FIGURE_ROWS, rowsOf, type FigureRow } from '../../format/figure-rows'
import './district.css'

const KEY_TOTALS: ReadonlyArray<FigureRow<keyof QuarterlyTotals>> = [
  ...rowsOf(STREET_FIGURE_ROWS, ['households', 'occupiedDangerous', 'gradeC', 'gradeD', 'openCases']),
  { key: 'houseRows', label: '预警房屋明细', unit: '行' },
]

function ReportItem({ report, onChanged }: { report: QuarterlyReportView; onChanged: () => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const receive = async () => {
    setBusy(true)
    setError('')
    const res = await receiveQuarterlyReport(report.id)
    setBusy(false)
    if (res.ok) onChanged()
    else setError(res.message)
  }
  const file = report.file
  return (
    <View className="card" data-testid="district-report" data-report-id={report.id} data-state={report.flowState}>
      <Text className="ds-street__name">
        {report.streetName} · {quarterText(report.quarter)}
      </Text>
      <ReportFlowStatus report={report} />
      {report.totals && (
        <View className="ds-street__figures">
          {KEY_TOTALS.map((t) => (
            <Text key={t.key} className="ds-street__figure" data-testid={`district-report-${t.key}`} data-value={report.totals![t.key]}>
              {t.label} {report.totals![t.key]} {t.unit}
            </Text>
          ))}
        </View>
      )}
      {file && (
        <Button block size="large" fill="outline" type="primary" onClick={() => void openFileLink(file.url, file.fileName).catch(() => setError('文件没有打开，请稍后再试'))}>
          下载表格
        </Button>
      )}
      {!file && report.fileNote && <Text className="ds-note">{report.fileNote}</Text>}
      {report.flowState === 'submitted' && (
        <Button block size="large" type="primary" loading={busy} disabled={busy} data-testid="district-receive" onClick={() => void receive()}>
          确认接收
        </Button>
      )}
      {error && <Text className="ds-note ds-note--danger">{error}</Text>}
    </View>
  )
}

export function DistrictReportsScreen() {
  const list = useResult(districtReports, [])
  return (
    <View className="page" data-testid="district-reports">
      <Text className="ds-title">季度报表收件箱</Text>
      <AsyncView state={list} onRetry={list.reload} isEmpty={(rows) => rows.length === 0} emptyText="还没有街道报送季度报表">
        {(rows) => (
          <View>
            {rows.map((r) => (
              <ReportItem key={r.id} report={r} onChanged={list.reload} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
