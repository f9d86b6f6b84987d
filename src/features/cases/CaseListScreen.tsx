// Hazard cases a role may see: 进行中 / 已逾期 / 已销号, for appraisers first the ones
// assigned to them; street roles pick a village and see the per-village figures.
import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { CASE_STAGES, CASE_STAGE_LABELS, CLOSE_ROUTES, CLOSE_ROUTE_LABELS, STREET_ROLES, type CaseStage, type CaseSummary, type CloseRoute, type Me, type Role } from '@domain'
import { UNIT } from '../../format/figures'
import { AsyncView } from '../../components/AsyncView'
import { RoleBar } from '../../components/RoleBar'
import { useMe } from '../../hooks/useMe'
import { listCases, type CaseQuery } from '../../services/case'
import { useSession } from '../../services/session'
import { PagedList } from '../../components/PagedList'
import { VillagePicker } from '../../components/VillagePicker'
import { usePaged } from '../../hooks/usePaged'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { CaseItem } from './CaseItem'
import { CriticalBanner } from '../../components/CriticalBanner'
import { VillageFiguresTable } from './VillageFiguresTable'
import '../../components/form/form.css'
import { PageTitle } from '../../components/PageTitle'
import { Tabs } from '../../components/Tabs'
import './cases.css'
import { NotifyNudge } from '../../components/NotifyNudge'

const PAGE_SIZE = 20

type Tab = 'mine' | 'farmer' | 'open' | 'overdue' | 'closed'

const TABS: Record<Tab, { label: string; query: Pick<CaseQuery, 'stage' | 'overdueOnly' | 'mine' | 'source'>; empty: string }> = {
  mine: { label: '安排给我的', query: { stage: 'open', mine: true }, empty: '没有安排给您的鉴定' },
  // Farmers' own reports nobody has gone to see yet: the inspector's first call.
  farmer: { label: '农户上报', query: { stage: 'reported', source: 'farmerReport' }, empty: '没有等您去看的农户上报' },
  open: { label: '进行中', query: { stage: 'open' }, empty: '没有进行中的案件' },
  overdue: { label: '已逾期', query: { stage: 'open', overdueOnly: true }, empty: '没有逾期的案件' },
  closed: { label: '已销号', query: { stage: 'closed' }, empty: '还没有销号的案件' },
}

/** What a dashboard figure narrowed the list to: one stage (改造中) or one close route (已改造). */
type Narrow = { stage: CaseStage } | { closeRoute: CloseRoute }

/** The figure's filter from the link (?stage=renovating, ?closeRoute=renovated), and the tab it belongs to. */
function narrowFromLink(params: Partial<Record<string, string>>): { narrow: Narrow | null; tab: Tab | undefined } {
  if (params.closeRoute && (CLOSE_ROUTES as readonly string[]).includes(params.closeRoute)) return { narrow: { closeRoute: params.closeRoute as CloseRoute }, tab: 'closed' }
  if (params.stage === 'closed') return { narrow: null, tab: 'closed' }
  if (params.stage && (CASE_STAGES as readonly string[]).includes(params.stage)) return { narrow: { stage: params.stage as CaseStage }, tab: 'open' }
  return { narrow: null, tab: undefined }
}

const narrowLabel = (n: Narrow) => ('stage' in n ? CASE_STAGE_LABELS[n.stage] : `销号方式：${CLOSE_ROUTE_LABELS[n.closeRoute]}`)

function CaseList({ tab, villageId, casePath, narrow }: { tab: Tab; villageId: string | undefined; casePath: string; narrow: Narrow | null }) {
  const query: CaseQuery = { ...TABS[tab].query, ...(narrow ?? {}), ...(villageId && tab !== 'mine' ? { villageId } : {}) }
  const key = `${tab}:${villageId ?? 'all'}:${narrow ? narrowLabel(narrow) : ''}`
  const list = usePaged<CaseSummary>((page) => listCases({ ...query, page, pageSize: PAGE_SIZE }), key)
  useReloadOnShow(list.reload)
  return <PagedList list={list} render={(c) => <CaseItem key={c.id} item={c} casePath={casePath} />} totalText={(n) => `共 ${n} 件`} unit={UNIT.case} emptyText={TABS[tab].empty} testId="case-list" />
}

function CasesBody({ me, role, casePath }: { me: Me; role: Role; casePath: string }) {
  const street = STREET_ROLES.includes(role)
  const tabs: Tab[] = role === 'appraiser' ? ['mine', 'open', 'overdue', 'closed'] : role === 'inspector' ? ['farmer', 'open', 'overdue', 'closed'] : ['open', 'overdue', 'closed']
  // A dashboard figure links here with its filter (?overdue=1, ?stage=…, ?closeRoute=…, ?villageId=…).
  const { params } = useRouter()
  const fromLink = narrowFromLink(params)
  const [narrow, setNarrow] = useState<Narrow | null>(fromLink.narrow)
  const linked: Tab | undefined = params.overdue === '1' ? 'overdue' : fromLink.tab ?? (params.farmer === '1' ? 'farmer' : undefined)
  // The inspector starts on 进行中 unless he came for the farmers' reports.
  const [tab, setTab] = useState<Tab>(linked && tabs.includes(linked) ? linked : tabs.find((t) => t !== 'farmer')!)
  const [villageId, setVillageId] = useState<string | undefined>(params.villageId && me.villages.some((v) => v.id === params.villageId) ? params.villageId : undefined)
  return (
    <View>
      {role !== 'appraiser' && <CriticalBanner />}
      <Tabs items={tabs.map((t) => ({ key: t, label: TABS[t].label, testId: `case-tab-${t}` }))} value={narrow ? null : tab} onChange={(t) => { setNarrow(null); setTab(t) }} columns={tabs.length === 4 ? 2 : 3} size="small" data-testid="case-tabs" />
      {narrow && (
        <View className="case-narrow" data-testid="case-narrow">
          <Text className="case-narrow__label">只看：{narrowLabel(narrow)}</Text>
          <Button size="small" fill="outline" type="primary" data-testid="case-narrow-clear" onClick={() => setNarrow(null)}>
            看全部
          </Button>
        </View>
      )}
      {tab !== 'mine' && me.villages.length > 1 && (
        <View className="case-field">
          <VillagePicker villages={me.villages} value={villageId} onChange={setVillageId} testId="case-village" />
        </View>
      )}
      <CaseList tab={tab} villageId={villageId} casePath={casePath} narrow={narrow} />
      {street && role !== 'appraiser' && <VillageFiguresTable />}
    </View>
  )
}

export function CaseListScreen({ casePath }: { casePath: string }) {
  const me = useMe()
  const { activeRole } = useSession()
  return (
    <View className="page">
      <RoleBar />
      <PageTitle>隐患案件</PageTitle>
      {/* The appraiser's queue is his home for his work: the place to agree to deadline reminders. */}
      {activeRole === 'appraiser' && <NotifyNudge role="appraiser" />}
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <CasesBody me={user} role={activeRole ?? user.roles[0] ?? 'inspector'} casePath={casePath} />}
      </AsyncView>
    </View>
  )
}
