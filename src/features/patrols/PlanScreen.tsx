// 本月巡查: every monitored house of the inspector's village(s) this month, riskiest and
// most overdue first, with the counts as big tabs. Under a weak signal or none it shows the
// plan as last loaded, with its time, and the server's answer when it comes; the patrols
// on this phone (waiting, or uploaded since) count as done in the rows and the tabs.
import { useCallback, useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { OrgView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { EmptyView, ErrorView, LoadingView } from '../../components/StateViews'
import { followFresh, useResult, type Cached } from '../../hooks/useResult'
import { loadMeOfflineFirst, unsent, useOwnQueue } from '../../services/offline/outbox'
import { patrolPlan, type PlanQuery, seenPlanStatus, type ShownPlan } from '../../services/patrol'
import { currentMonth } from '../../format/time'
import { overlayPlan, patrolsAfter } from '../../services/plan-overlay'
import { CachedNote } from '../../components/CachedNote'
import { PlanItem } from './PlanItem'
import { VillageChooser } from '../../components/VillageChooser'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { PageTitle } from '../../components/PageTitle'
import { CountTabs } from '../../components/Tabs'
import './field.css'

type Status = NonNullable<PlanQuery['status']>
const TABS: Array<{ status: Status; label: string }> = [
  { status: 'all', label: '全部' },
  { status: 'overdue', label: '逾期' },
  { status: 'pending', label: '未巡' },
  { status: 'done', label: '已巡' },
]
const PAGE_SIZE = 50

type State =
  | { status: 'loading' }
  | { status: 'error'; code: import('@domain').ErrorCode; message: string }
  | { status: 'ok'; page: ShownPlan; items: ShownPlan['items']; cached?: Cached }

function Plan({ userId, villages }: { userId: string; villages: OrgView[] }) {
  const [villageId, setVillageId] = useState<string | undefined>(undefined)
  const [tab, setTab] = useState<Status>('all')
  const [state, setState] = useState<State>({ status: 'loading' })
  const [more, setMore] = useState(false)
  const seq = useRef(0)
  const own = useOwnQueue(userId)
  const waiting = unsent(own)
  const uploaded = own.filter((i) => i.state === 'synced').length
  // Households whose house registration is saved on the phone but not uploaded yet.
  const registering = new Set(waiting.flatMap((i) => (i.kind === 'houseRegister' ? [i.input.householdId] : [])))

  const load = useCallback(async () => {
    const mine = ++seq.current
    const first = await patrolPlan({ villageId, status: tab, page: 1, pageSize: PAGE_SIZE })
    const current = () => mine === seq.current
    if (!current()) return
    followFresh(first, current, (res, cached) =>
      setState(res.ok ? { status: 'ok', page: res.data, items: res.data.items, cached } : { status: 'error', code: res.code, message: res.message }),
    )
  }, [villageId, tab])

  useEffect(() => {
    setState({ status: 'loading' })
    void load()
  }, [load])
  useReloadOnShow(() => void load())
  // A record just reached the server: ask for the plan that includes it.
  const uploadedBefore = useRef(uploaded)
  useEffect(() => {
    if (uploaded > uploadedBefore.current) void load()
    uploadedBefore.current = uploaded
  }, [uploaded, load])

  const loadMore = async () => {
    if (state.status !== 'ok') return
    setMore(true)
    const res = await patrolPlan({ villageId, status: tab, page: state.page.page + 1, pageSize: PAGE_SIZE })
    setMore(false)
    if (res.ok) setState({ status: 'ok', page: res.data, items: [...state.items, ...res.data.items] })
  }

  const shown =
    state.status === 'ok'
      ? overlayPlan({ ...state.page, items: state.items }, patrolsAfter(own, state.page.fetchedAt, state.page.month), (houseId) => seenPlanStatus(houseId, state.page.month, villageId))
      : null
  const counts = shown ? shown.counts : null
  const countOf = (s: Status) => (counts ? (s === 'all' ? counts.unregistered + counts.done + counts.pending + counts.overdue : counts[s]) : null)

  return (
    <View>
      {villages.length > 1 && <VillageChooser villages={villages} value={villageId} onChange={setVillageId} allowAll />}
      <CountTabs
        items={TABS.map((t) => ({ key: t.status, label: t.label, count: countOf(t.status) ?? '–', tone: t.status === 'overdue' ? 'danger' : t.status === 'done' ? 'ok' : undefined, testId: `plan-tab-${t.status}`, countTestId: `plan-count-${t.status}` }))}
        value={tab}
        onChange={setTab}
        columns={4}
        className="plan-tabs"
      />
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'error' && <ErrorView code={state.code} message={state.message} onRetry={() => void load()} />}
      {state.status === 'ok' && shown && (
        <View data-testid="plan-list">
          {(counts?.unregistered ?? 0) > 0 && (
            <Text className="notice notice--warn plan-unregistered" data-testid="plan-unregistered">
              有 {counts!.unregistered} 户还没有登记房屋，排在最前面：到现场点“登记房屋”
            </Text>
          )}
          {state.cached && <CachedNote cached={state.cached} onRetry={() => void load()} />}
          {shown.items.length === 0 ? <EmptyView text="这里没有房屋" /> : shown.items.map((i) => <PlanItem key={i.houseId ?? `hh-${i.householdId}`} item={i} queued={i.houseId === null ? registering.has(i.householdId) : shown.onPhone.has(i.houseId)} />)}
          {state.items.length < state.page.total && (
            <Button block size="large" fill="outline" type="primary" loading={more} data-testid="plan-more" onClick={() => void loadMore()}>
              加载更多
            </Button>
          )}
        </View>
      )}
    </View>
  )
}

export function PlanScreen() {
  const me = useResult(loadMeOfflineFirst, [])
  const month = currentMonth(new Date())
  return (
    <View className="page">
      <PageTitle space="s">{Number(month.slice(5))}月巡查计划</PageTitle>
      <Text className="field-lead">每户每月至少巡查一次，先巡风险高、逾期的。</Text>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <Plan userId={user.userId} villages={user.villages} />}
      </AsyncView>
    </View>
  )
}
