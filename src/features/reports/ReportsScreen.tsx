// 季度预警数据 for the district housing bureau: pick a quarter, build the report (in
// chunks, with its progress shown), then see the totals and download the table. Also the
// monthly patrol ledger of a village.
import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { QuarterlyReportView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { RoleBar } from '../../components/RoleBar'
import { useMe } from '../../hooks/useMe'
import { useResult } from '../../hooks/useResult'
import { listQuarterlyReports } from '../../services/report'
import { canCall } from '../../services/access'
import { useActiveRole } from '../../hooks/useActiveRole'
import { LedgerMonthExport } from './LedgerMonthExport'
import { currentQuarter } from '../../format/time'
import { QuarterlyList } from './QuarterlyList'
import { QuarterSwitcher } from './QuarterSwitcher'
import { ReportProgress, ReportTotals } from './ReportResult'
import { useQuarterlyRun } from './useQuarterlyRun'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './reports.css'

export function ReportsScreen() {
  const role = useActiveRole()
  const me = useMe()
  const list = useResult(listQuarterlyReports, [])
  const run = useQuarterlyRun(list.reload)
  const [quarter, setQuarter] = useState(currentQuarter)
  const canBuild = canCall('report.quarterlyStart', role)
  const { params } = useRouter()
  // A message about a report opens the page at it.
  const [open, setOpen] = useState<string | null>(params.reportId ?? null)
  const r = run.report

  return (
    <View className="page" data-testid="reports-screen">
      <RoleBar />
      <PageTitle space="xs">季度预警数据</PageTitle>
      <Text className="rp-lead">季度结束后生成本街道住房安全保障预警数据（按季度末冻结的数据），经街道领导审核后报送区住建局。</Text>
      {canBuild && (
        <Card data-testid="quarterly-new">
          <QuarterSwitcher value={quarter} onChange={setQuarter} disabled={run.running} />
          <Button block size="large" type="primary" loading={run.running} disabled={run.running} data-testid="quarterly-start" onClick={() => run.start(quarter)}>
            {run.running ? '正在生成…' : '生成季度预警数据'}
          </Button>
          {r && r.phase !== 'done' && <ReportProgress report={r} />}
          {r?.phase === 'failed' && <Text className="rp-note rp-note--danger">{r.failure ?? '生成失败，请重新生成'}</Text>}
          {run.error && (
            <Text className="rp-note rp-note--danger" data-testid="quarterly-error">
              {run.error}（再点一次会接着生成）
            </Text>
          )}
          {r?.phase === 'done' && <ReportTotals report={r} />}
        </Card>
      )}
      <Text className="section-title">已生成的报表</Text>
      <AsyncView state={list} onRetry={list.reload} isEmpty={(rows: QuarterlyReportView[]) => rows.length === 0} emptyText="还没有生成过季度报表">
        {(rows) => <QuarterlyList reports={rows} onResume={canBuild ? run.resume : undefined} busy={run.running} role={role} open={open} setOpen={setOpen} onChanged={list.reload} />}
      </AsyncView>
      <Text className="section-title">巡查台账</Text>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <LedgerMonthExport villages={user.villages} />}
      </AsyncView>
    </View>
  )
}
