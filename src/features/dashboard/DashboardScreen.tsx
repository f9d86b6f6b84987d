// 数据看板: the leader's (and street staff's) whole street, or an inspector's own village,
// from the counters the server keeps: the urgent figures first, then warnings in force,
// the 12-month trend, patrol coverage per village and the per-village table.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Me, Role } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { RoleBar } from '../../components/RoleBar'
import { useMe } from '../../hooks/useMe'
import { useResult } from '../../hooks/useResult'
import { dashboardSummary } from '../../services/dashboard'
import { timeText } from '../../format/time'
import { streetPlace } from '../../format/place'
import { useActiveRole } from '../../hooks/useActiveRole'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { VillagePicker } from '../../components/VillagePicker'
import { ActiveAlerts } from './ActiveAlerts'
import { CoverageChart } from './CoverageChart'
import { CriticalFigure, FigureCards } from './FigureCards'
import { linksFor } from './links'
import { TrendChart } from './TrendChart'
import { VillageTable } from './VillageTable'
import { PageTitle } from '../../components/PageTitle'
import './dashboard.css'

const go = (url: string) => void Taro.navigateTo({ url })

function Board({ me, role }: { me: Me; role: Role | null }) {
  const inspector = role === 'inspector'
  const [villageId, setVillageId] = useState<string | undefined>(inspector ? me.villages[0]?.id : undefined)
  const summary = useResult(() => dashboardSummary(villageId), [villageId])
  useReloadOnShow(summary.reload)
  const links = linksFor(role)
  const place = inspector ? (me.villages.find((v) => v.id === villageId)?.name ?? '本村') : streetPlace(me, '全街道')
  return (
    <View>
      <PageTitle space="xs" data-testid="dash-title">
        {place}数据看板
      </PageTitle>
      {inspector && me.villages.length > 1 && <VillagePicker villages={me.villages} value={villageId} onChange={(v) => setVillageId(v ?? me.villages[0]?.id)} allowAll={false} testId="dash-village" />}
      <AsyncView state={summary} onRetry={summary.reload}>
        {(d) => (
          <View data-testid="dashboard" data-month={d.month}>
            <Text className="db-asof">
              {d.month.replace('-', '年')}月 · 截至 {timeText(d.asOf)} · {d.totals.households} 户 {d.totals.houses} 栋房屋
            </Text>
            <CriticalFigure totals={d.totals} links={links} />
            <FigureCards totals={d.totals} links={links} villageId={villageId} />
            <ActiveAlerts alerts={d.alerts} campaigns={d.campaigns} links={links} />
            <TrendChart trends={d.trends} />
            {d.villages.length > 1 && <CoverageChart villages={d.villages} />}
            {d.villages.length > 1 && <VillageTable villages={d.villages} links={links} />}
            <View className="db-links">
              <Button block size="large" type="primary" data-testid="dash-open-map" onClick={() => go(links.map(villageId))}>
                一张图
              </Button>
              <Button block size="large" fill="outline" type="primary" data-testid="dash-open-alerts" onClick={() => go(links.alerts)}>
                预警与灾情
              </Button>
              {links.reports && (
                <Button block size="large" fill="outline" type="primary" data-testid="dash-open-reports" onClick={() => go(links.reports!)}>
                  季度预警数据与台账
                </Button>
              )}
            </View>
          </View>
        )}
      </AsyncView>
    </View>
  )
}

export function DashboardScreen() {
  const me = useMe()
  const role = useActiveRole()
  return (
    <View className="page" data-testid="dashboard-screen">
      <RoleBar />
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <Board me={user} role={role ?? user.roles[0] ?? null} />}
      </AsyncView>
    </View>
  )
}
