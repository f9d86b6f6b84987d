// Reports made before, newest first; one opens to its totals and file, or, if it was
// left half-built, to a button that carries it on.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { QuarterlyReportView, Role } from '@domain'
import { timeText, quarterText } from '../../format/time'
import { ReportFlowBadge, ReportFlowStatus } from '../../components/report-flow/ReportFlowStatus'
import { ReportFlowActions } from './ReportFlowActions'
import { PHASE_LABELS } from './labels'
import { ReportTotals } from './ReportResult'
import { Card } from '../../components/Card'
import './reports.css'

interface Props {
  reports: QuarterlyReportView[]
  /** Carries a half-built report on; absent for roles that may not. */
  onResume?: (r: QuarterlyReportView) => void
  busy: boolean
  role: Role | null
  /** The report shown open; kept by the screen, so it stays open while the list reloads. */
  open: string | null
  setOpen: (id: string | null) => void
  onChanged: () => void
}

export function QuarterlyList({ reports, onResume, busy, role, open, setOpen, onChanged }: Props) {
  return (
    <View data-testid="quarterly-list">
      {reports.map((r) => (
        <Card key={r.id} className="rp-item" data-testid="quarterly-item" data-report-id={r.id} data-phase={r.phase} data-flow={r.flowState}>
          <View className="rp-item__head" onClick={() => setOpen(open === r.id ? null : r.id)}>
            <View className="rp-item__text">
              <Text className="rp-item__title">{quarterText(r.quarter)}</Text>
              <Text className="rp-item__line">{timeText(r.createdAt)} 生成</Text>
            </View>
            {r.phase === 'done' ? <ReportFlowBadge report={r} /> : <Text className={`badge rp-phase rp-phase--${r.phase}`}>{PHASE_LABELS[r.phase]}</Text>}
          </View>
          {open === r.id &&
            (r.phase === 'done' ? (
              <View>
                <ReportFlowStatus report={r} />
                <ReportFlowActions report={r} role={role} onChanged={onChanged} />
                <ReportTotals report={r} />
              </View>
            ) : r.phase === 'failed' ? (
              <Text className="rp-note rp-note--danger">{r.failure ?? '生成失败，请重新生成'}</Text>
            ) : (
              onResume && (
                <Button block size="large" type="primary" loading={busy} disabled={busy} data-testid="quarterly-resume" onClick={() => onResume(r)}>
                  继续生成
                </Button>
              )
            ))}
        </Card>
      ))}
    </View>
  )
}
