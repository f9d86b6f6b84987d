// The street roles' home: one big tile per job, only the jobs the active role may do
// (by the same contract roles the server checks).
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { ActionName, Me, Role } from '@domain'
import { AsyncView } from '../../../components/AsyncView'
import { RoleBar } from '../../../components/RoleBar'
import { useMe } from '../../../hooks/useMe'
import { useSession } from '../../../services/session'
import { ROUTES } from '../../../routes'
import { canCall } from '../../../services/access'
import { CriticalBanner } from '../../../components/CriticalBanner'
import { streetPlace } from '../../../format/place'
import { NotifyNudge } from '../../../components/NotifyNudge'
import { AppraiserQueue } from '../../../features/cases/AppraiserQueue'
import '../../../components/street.css'
import { PageTitle } from '../../../components/PageTitle'

interface Tile {
  key: string
  label: string
  hint: string
  url: string
  /** The action the page cannot work without. */
  action: ActionName
}

const TILES: Tile[] = [
  { key: 'dashboard', label: '数据看板', hint: '全街道一览', url: ROUTES.streetDashboard, action: 'dashboard.summary' },
  { key: 'cases', label: '隐患案件', hint: '鉴定、处置、改造', url: ROUTES.streetCases, action: 'case.list' },
  { key: 'renovation-plan', label: '改造计划', hint: '年度危房改造', url: ROUTES.streetRenovationPlan, action: 'renovationPlan.list' },
  { key: 'housing', label: '安置房源', hint: '公租房、闲置公房', url: ROUTES.streetHousing, action: 'housing.list' },
  { key: 'appraisal-reviews', label: '鉴定复核', hint: '抽查鉴定是否准确', url: ROUTES.streetAppraisalReviews, action: 'appraisalReview.list' },
  { key: 'alerts', label: '应急预警', hint: '预警、应急巡查', url: ROUTES.streetAlerts, action: 'alert.list' },
  { key: 'shelters', label: '安置点', hint: '各村避险安置', url: ROUTES.streetShelters, action: 'shelter.list' },
  { key: 'disasters', label: '灾情上报', hint: '各村灾损上报', url: ROUTES.streetDisasters, action: 'disaster.list' },
  { key: 'map', label: '一张图', hint: '房屋分布', url: ROUTES.streetMap, action: 'map.houses' },
  { key: 'households', label: '监测对象', hint: '全街道监测户', url: ROUTES.streetHouseholds, action: 'household.list' },
  { key: 'imports', label: '名单导入', hint: '部门最新名单', url: ROUTES.streetImports, action: 'import.list' },
  { key: 'tasks', label: '任务', hint: '待核查、待巡查', url: ROUTES.streetTasks, action: 'task.list' },
  { key: 'sample', label: '随机抽查', hint: '抽取巡查房屋', url: ROUTES.streetSample, action: 'sample.draw' },
  { key: 'coverage', label: '巡查覆盖', hint: '各村巡查和月报', url: ROUTES.streetCoverage, action: 'patrol.coverage' },
  { key: 'invites', label: '邀请', hint: '邀请工作人员', url: ROUTES.streetInvites, action: 'invite.create' },
  { key: 'people', label: '人员与权限', hint: '撤销权限、停用账号', url: ROUTES.streetPeople, action: 'people.list' },
  { key: 'overview', label: '汇总', hint: '全街道总览', url: ROUTES.streetOverview, action: 'stats.villageCounts' },
  { key: 'reports', label: '季度预警数据', hint: '报区住建局', url: ROUTES.streetReports, action: 'report.quarterlyList' },
  { key: 'overdue', label: '逾期与问责', hint: '各村各人逾期事项', url: ROUTES.streetOverdue, action: 'overdue.summary' },
  { key: 'audit', label: '操作记录', hint: '谁在何时做了什么', url: ROUTES.streetAudit, action: 'audit.list' },
  { key: 'system-status', label: '系统状态', hint: '微信消息模板', url: ROUTES.streetSystemStatus, action: 'system.status' },
]

export const tilesFor = (role: Role | null): Tile[] => TILES.filter((t) => canCall(t.action, role))

function Tiles({ me, role }: { me: Me; role: Role | null }) {
  const tiles = tilesFor(role ?? me.roles[0] ?? null)
  return (
    <View className="st-tiles" data-testid="street-menu">
      {tiles.map((t) => (
        <View key={t.key} className="st-tile" data-testid={`street-tile-${t.key}`} onClick={() => void Taro.navigateTo({ url: t.url })}>
          <Text className="st-tile__label">{t.label}</Text>
          <Text className="st-tile__hint">{t.hint}</Text>
        </View>
      ))}
    </View>
  )
}

export function StreetMenuScreen() {
  const me = useMe()
  const { activeRole } = useSession()
  return (
    <View className="page st-page">
      <RoleBar />
      <PageTitle data-testid="street-home-title">{me.status === 'ok' ? streetPlace(me.data, '街道') : '街道'}工作台</PageTitle>
      <NotifyNudge role={activeRole ?? (me.status === 'ok' ? me.data.roles[0] ?? null : null)} />
      {activeRole !== 'appraiser' && <CriticalBanner />}
      {/* The appraiser's home is his queue; his few tiles follow it. */}
      {activeRole === 'appraiser' && <AppraiserQueue />}
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <Tiles me={user} role={activeRole} />}
      </AsyncView>
    </View>
  )
}
