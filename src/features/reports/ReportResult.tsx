// A quarterly report: its progress while it is built, then the totals and the file.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { QuarterlyReportView } from '@domain'
import { openFileLink } from '../../services/files'
import { PHASE_LABELS, TOTAL_ROWS } from './labels'
import { quarterText } from '../../format/time'
import './reports.css'

export function ReportProgress({ report }: { report: QuarterlyReportView }) {
  const p = Math.max(0, Math.min(100, Math.round(report.progress)))
  return (
    <View className="rp-progress" data-testid="quarterly-progress" data-phase={report.phase} data-progress={p}>
      <View className="rp-progress__head">
        <Text className="rp-progress__label">{PHASE_LABELS[report.phase]}</Text>
        <Text className="rp-progress__num">{p}%</Text>
      </View>
      <View className="rp-progress__track">
        <View className="rp-progress__fill" style={{ width: `${p}%` }} />
      </View>
    </View>
  )
}

export function ReportTotals({ report }: { report: QuarterlyReportView }) {
  const [error, setError] = useState('')
  const file = report.file
  const download = () => {
    if (!file) return
    setError('')
    openFileLink(file.url, file.fileName).catch(() => setError('文件没有打开，请稍后再试'))
  }
  return (
    <View data-testid="quarterly-result" data-report-id={report.id}>
      <Text className="rp-result__title">{quarterText(report.quarter)}住房安全保障预警数据</Text>
      {report.totals && (
        <View className="rp-totals" data-testid="quarterly-totals">
          {TOTAL_ROWS.map((r) => {
            const v = report.totals![r.key]
            return (
              <View key={r.key} className={`rp-total${r.danger && v > 0 ? ' rp-total--danger' : ''}`} data-testid={`quarterly-total-${r.key}`} data-value={v}>
                <Text className="rp-total__label">{r.label}</Text>
                <Text className="rp-total__value">
                  {v} <Text className="rp-total__unit">{r.unit}</Text>
                </Text>
              </View>
            )
          })}
        </View>
      )}
      {file && (
        <Button block size="large" type="primary" data-testid="quarterly-download" onClick={download}>
          下载表格（{file.fileName}）
        </Button>
      )}
      {!file && report.fileNote && (
        <Text className="rp-note" data-testid="quarterly-file-note">
          {report.fileNote}
        </Text>
      )}
      {error && <Text className="rp-note rp-note--danger">{error}</Text>}
    </View>
  )
}
