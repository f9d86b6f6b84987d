// 区住建局's home: the district's figures, every street in one line each (tap for its
// villages), where each street's report of the last quarter stands, its renovation plan
// of the year (tap for the list), and the inbox.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { REPORT_FLOW_LABELS, type DistrictStreetRow, type DistrictSummary } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { RoleBar } from '../../components/RoleBar'
import { useResult } from '../../hooks/useResult'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { districtSummary } from '../../services/district'
import { dayText, quarterText, timeText } from '../../format/time'
import { yuanText } from '../../format/numbers'
import { ROUTES } from '../../routes'
import { FigureGrid } from './FigureGrid'
import { LineFigures } from './LineFigures'
import './district.css'

/** The street's renovation plan of this year, a tile of its own under the street's card; a tap opens the plan list it totals. */
function PlanLine({ row }: { row: DistrictStreetRow }) {
  const p = row.plan
  return (
    <View
      className="ds-plan"
      data-testid="district-street-plan"
      data-street-id={row.streetId}
      data-households={p.households}
      onClick={() => void Taro.navigateTo({ url: `${ROUTES.streetRenovationPlan}?streetId=${row.streetId}` })}
    >
      <View className="ds-street__head">
        <Text className="ds-plan__title">{p.year}年改造计划</Text>
        <Text className="ds-street__more">看名单 ›</Text>
      </View>
      <Text className="ds-street__figure">
        纳入 {p.households} 户，已完成 {p.done} 户
      </Text>
      <Text className="ds-street__figure">
        计划资金 {yuanText(p.plannedFen)} · 已拨付 {yuanText(p.paidFen)}
      </Text>
    </View>
  )
}

function StreetLine({ row }: { row: DistrictStreetRow }) {
  const r = row.report
  const late = r.overdue || !!r.lateDays
  return (
    <View className="card ds-street" data-testid="district-street" data-street-id={row.streetId} onClick={() => void Taro.navigateTo({ url: `${ROUTES.districtStreet}?streetId=${row.streetId}` })}>
      <View className="ds-street__head">
        <Text className="ds-street__name">{row.streetName}</Text>
        <Text className="ds-street__more">{row.villages} 个村（社区）›</Text>
      </View>
      <LineFigures figures={row.figures} />
      <Text className={`ds-street__report${late ? ' ds-street__report--late' : ''}`} data-testid="district-street-report" data-state={r.state}>
        {quarterText(r.quarter)}报表：{REPORT_FLOW_LABELS[r.state]}
        {r.submittedAt ? `（${timeText(r.submittedAt)}${r.lateDays ? `，逾期 ${r.lateDays} 天提交` : ''}）` : late ? `，已超过期限 ${dayText(r.dueDate)}` : `，期限 ${dayText(r.dueDate)}`}
      </Text>
    </View>
  )
}

function Summary({ data }: { data: DistrictSummary }) {
  return (
    <View>
      <Text className="ds-title" data-testid="district-title">
        {data.districtName}住建局 · 全区各街道
      </Text>
      <Button block size="large" type="primary" data-testid="district-inbox" data-waiting={data.waiting} onClick={() => void Taro.navigateTo({ url: ROUTES.districtReports })}>
        季度报表收件箱{data.waiting > 0 ? `（${data.waiting} 份待接收）` : ''}
      </Button>
      <Text className="section-title">全区合计</Text>
      <View className="card">
        <FigureGrid figures={data.totals} testId="district-totals" />
        <Text className="ds-note">数据时间：{timeText(data.asOf)}；只读，各街道的数据由街道维护。</Text>
      </View>
      <Text className="section-title">各街道（点开看各村）</Text>
      {data.streets.map((s) => (
        <View key={s.streetId} className="ds-street-block">
          <StreetLine row={s} />
          <PlanLine row={s} />
        </View>
      ))}
      <Button block size="large" fill="outline" type="primary" data-testid="district-invite" onClick={() => void Taro.navigateTo({ url: ROUTES.streetInvites })}>
        邀请区住建局同事
      </Button>
    </View>
  )
}

export function DistrictHomeScreen() {
  const summary = useResult(districtSummary, [])
  useReloadOnShow(summary.reload)
  return (
    <View className="page" data-testid="district-home">
      <RoleBar />
      <AsyncView state={summary} onRetry={summary.reload}>
        {(data) => <Summary data={data} />}
      </AsyncView>
    </View>
  )
}
