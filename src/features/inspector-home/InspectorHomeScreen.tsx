// The inspector's home: big tiles for the month's patrols, tasks, households, monthly
// statistics, disasters to report and records waiting to upload, plus scanning a house
// plate in WeChat.
// Counts come from the server when there is a network; the outbox count is always local.
// Under a weak signal the counts kept on the phone show at once, with their time; patrols
// on the phone count as done.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { RoleBar } from '../../components/RoleBar'
import { useResult } from '../../hooks/useResult'
import { listDisasters } from '../../services/disaster'
import { listCases } from '../../services/case'
import { loadMeOfflineFirst, unsent, useOwnQueue } from '../../services/offline/outbox'
import { patrolPlan, seenPlanStatus } from '../../services/patrol'
import { overlayPlan, patrolsAfter } from '../../services/plan-overlay'
import { CachedNote } from '../../components/CachedNote'
import { IS_WEAPP } from '../../services/platform'
import { listTasks } from '../../services/task'
import { ROUTES } from '../../routes'
import { houseFromScan } from '../../services/scene'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { MyPhoneCard } from './MyPhoneCard'
import { Tile } from './Tile'
import { CriticalBanner } from '../../components/CriticalBanner'
import { PageTitle } from '../../components/PageTitle'
import { NotifyNudge } from '../../components/NotifyNudge'
import './home.css'

const go = (url: string) => void Taro.navigateTo({ url })

async function scanPlate(): Promise<void> {
  try {
    const res = await Taro.scanCode({ onlyFromCamera: true })
    const houseId = houseFromScan(`${res.path ?? ''} ${res.result ?? ''}`)
    if (!houseId) {
      void Taro.showToast({ title: '这不是房屋码', icon: 'none' })
      return
    }
    go(`${ROUTES.inspectorHouse}?houseId=${encodeURIComponent(houseId)}&plate=1`)
  } catch {
    // Cancelled.
  }
}

export function InspectorHomeScreen() {
  const me = useResult(loadMeOfflineFirst, [])
  const plan = useResult(() => patrolPlan({ status: 'all', pageSize: 1 }), [])
  const tasks = useResult(() => listTasks({ status: 'open', pageSize: 50 }), [])
  const disasters = useResult(() => listDisasters(1, 20), [])
  // Farmers' reports nobody has gone to see yet.
  const reports = useResult(() => listCases({ stage: 'reported', source: 'farmerReport', page: 1, pageSize: 1 }), [])
  const own = useOwnQueue(me.status === 'ok' ? me.data.userId : null)
  const waiting = unsent(own)
  const reloadAll = () => {
    plan.reload()
    tasks.reload()
    disasters.reload()
    reports.reload()
  }
  useReloadOnShow(reloadAll)
  const newReports = reports.status === 'ok' ? reports.data.total : 0
  // The oldest kept copy on the tiles, if any is one.
  const cached = [plan, tasks, disasters, reports].flatMap((r) => (r.status === 'ok' && r.cached ? [r.cached] : [])).sort((a, b) => a.cachedAt.localeCompare(b.cachedAt))[0]

  const counts = plan.status === 'ok' ? overlayPlan(plan.data, patrolsAfter(own, plan.data.fetchedAt, plan.data.month), (houseId) => seenPlanStatus(houseId, plan.data.month)).counts : null
  const overdueTasks = tasks.status === 'ok' ? tasks.data.items.filter((t) => t.overdue).length : 0
  const failed = waiting.filter((i) => i.state === 'failed').length
  // Disasters where one of his villages has not said 本村上报完毕 yet, and those past due.
  const toReport = disasters.status === 'ok' ? disasters.data.items.filter((d) => d.mine.some((v) => !v.done)) : []
  const lateReports = toReport.filter((d) => d.mine.some((v) => v.overdue)).length

  return (
    <View className="page" data-testid="inspector-home">
      <RoleBar />
      <PageTitle>巡查工作台</PageTitle>
      <NotifyNudge role="inspector" />
      {waiting.length > 0 && (
        <View className={`home-banner${failed ? ' home-banner--danger' : ''}`} data-testid="home-queue-banner" onClick={() => go(ROUTES.inspectorSync)}>
          <Text>{failed ? `有 ${failed} 条记录上传失败，请查看` : `有 ${waiting.length} 条记录在手机上，等待上传`} ›</Text>
        </View>
      )}
      {cached && <CachedNote cached={cached} onRetry={reloadAll} />}
      <CriticalBanner />
      <View className="tiles">
        <Tile
          icon="🏠"
          title="本月巡查"
          testId="tile-plan"
          sub={counts ? `未巡 ${counts.pending + counts.overdue + (counts.unregistered ?? 0)} 户` : plan.status === 'loading' ? '…' : '点开查看'}
          alert={counts && (counts.unregistered ?? 0) > 0 ? `待登记房屋 ${counts.unregistered} 户` : counts && counts.overdue > 0 ? `逾期 ${counts.overdue} 户` : undefined}
          onClick={() => go(ROUTES.inspectorPlan)}
        />
        <Tile
          icon="📋"
          title="待办任务"
          testId="tile-tasks"
          sub={tasks.status === 'ok' ? `${tasks.data.total} 项` : tasks.status === 'loading' ? '…' : '点开查看'}
          alert={overdueTasks > 0 ? `逾期 ${overdueTasks} 项` : undefined}
          onClick={() => go(ROUTES.inspectorTasks)}
        />
        <Tile icon="👪" title="监测对象" testId="tile-households" sub="本村监测户" onClick={() => go(ROUTES.inspectorHouseholds)} />
        <Tile icon="📊" title="月度统计" testId="tile-monthly" sub="核对并提交" onClick={() => go(ROUTES.inspectorMonthly)} />
        <Tile
          icon="📨"
          title="农户上报"
          testId="tile-farmer-reports"
          badge={newReports}
          sub={reports.status === 'ok' ? (newReports ? `${newReports} 件等您去看` : '没有新的上报') : reports.status === 'loading' ? '…' : '点开查看'}
          onClick={() => go(`${ROUTES.inspectorCases}?farmer=1`)}
        />
        <Tile icon="⚠️" title="隐患案件" testId="tile-cases" sub="核实、上报" onClick={() => go(ROUTES.inspectorCases)} />
        <Tile icon="⛈️" title="应急预警" testId="tile-emergency" sub="预警、应急巡查" onClick={() => go(ROUTES.inspectorEmergency)} />
        <Tile
          icon="🌊"
          title="灾情上报"
          testId="tile-disasters"
          sub={disasters.status === 'ok' ? (toReport.length ? `${toReport.length} 次待上报` : '查看灾情') : disasters.status === 'loading' ? '…' : '点开查看'}
          alert={lateReports > 0 ? `逾期 ${lateReports} 次` : undefined}
          onClick={() => go(ROUTES.inspectorDisasters)}
        />
        <Tile
          icon="📤"
          title="待同步"
          testId="tile-sync"
          badge={waiting.length}
          sub={waiting.length ? `${waiting.length} 条等待上传` : '全部已上传'}
          alert={failed ? `${failed} 条失败` : undefined}
          onClick={() => go(ROUTES.inspectorSync)}
        />
        {IS_WEAPP && <Tile icon="📷" title="扫码巡查" testId="tile-scan" sub="扫房屋门牌码" onClick={() => void scanPlate()} />}
      </View>
      <MyPhoneCard />
    </View>
  )
}
