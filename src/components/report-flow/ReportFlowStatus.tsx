// Where a quarterly report stands on its way to 区住建局, and who moved it when: the same
// lines for street staff, the street leader and the district.
import { View, Text } from '@tarojs/components'
import { REPORT_FLOW_LABELS, type QuarterlyReportView } from '@domain'
import { dayText, timeText } from '../../format/time'
import './report-flow.css'

const TONE: Record<QuarterlyReportView['flowState'], string> = {
  draft: 'muted',
  awaitingApproval: 'warn',
  returned: 'danger',
  submitted: 'info',
  received: 'ok',
}

export function ReportFlowBadge({ report }: { report: QuarterlyReportView }) {
  return (
    <Text className={`rf-badge rf-badge--${TONE[report.flowState]}`} data-testid="report-flow-state" data-state={report.flowState}>
      {REPORT_FLOW_LABELS[report.flowState]}
    </Text>
  )
}

/** The deadline line: how late it reached the district once submitted, else the deadline itself. */
function dueText(report: QuarterlyReportView): string {
  if (report.lateDays) return `逾期 ${report.lateDays} 天提交（报送期限：${dayText(report.dueDate)}）`
  if (report.lateDays === 0) return `按期报送（报送期限：${dayText(report.dueDate)}）`
  return report.overdue ? `已超过报送期限（${dayText(report.dueDate)}）` : `报送期限：${dayText(report.dueDate)}`
}

export function ReportFlowStatus({ report }: { report: QuarterlyReportView }) {
  const f = report.flow
  const lines: Array<[string, string]> = []
  if (f.sentAt) lines.push(['提交审核', `${f.sentBy ?? ''}，${timeText(f.sentAt)}${f.note ? `；说明：${f.note}` : ''}`])
  if (f.returnedAt) lines.push(['领导退回', `${f.returnedBy ?? ''}，${timeText(f.returnedAt)}；原因：${f.returnReason ?? ''}`])
  if (f.submittedAt) lines.push(['审核报送', `${f.submittedBy ?? ''}，${timeText(f.submittedAt)}`])
  if (f.receivedAt) lines.push(['区住建局接收', `${f.receivedBy ?? ''}，${timeText(f.receivedAt)}`])
  return (
    <View className="rf-status" data-testid="report-flow">
      <View className="rf-status__head">
        <ReportFlowBadge report={report} />
        <Text className={`rf-due${report.overdue || report.lateDays ? ' rf-due--late' : ''}`} data-testid="report-due" data-late-days={report.lateDays ?? ''}>
          {dueText(report)}
        </Text>
      </View>
      {report.frozenAt && <Text className="rf-line">数据冻结于 {timeText(report.frozenAt)}（季度结束后冻结，之后的变动不计入）</Text>}
      {lines.map(([what, text]) => (
        <Text key={what} className="rf-line" data-testid="report-flow-line">
          {what}：{text}
        </Text>
      ))}
    </View>
  )
}
