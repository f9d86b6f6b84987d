// The farmer's own page: big buttons (我发现房子有问题, 自查, 我的上报), then his household and the
// safety of each of his houses. The buttons work from the houses seen last, so a
// self-check can be done where the signal is weak.
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { HouseholdDetail, Result } from '@domain'
import { AsyncView } from '../../../components/AsyncView'
import { RoleBar } from '../../../components/RoleBar'
import { useResult } from '../../../hooks/useResult'
import { getHousehold } from '../../../services/household'
import { unsent, useQueueItems, loadMeOfflineFirst } from '../../../services/offline/outbox'
import { rememberMyHouses } from '../../../services/selfcheck'
import { session } from '../../../services/session'
import { ROUTES } from '../../../routes'
import { FarmerCases } from '../../../features/cases/FarmerCases'
import { HouseholdDetailView } from '../../../features/households/HouseholdDetailView'
import { MyShelters } from '../../../features/farmer/MyShelters'
import { NotifyNudge } from '../../../components/NotifyNudge'
import { PageTitle } from '../../../components/PageTitle'
import '../../../features/farmer/farmer.css'

const NOT_LINKED: Result<HouseholdDetail> = {
  ok: false,
  code: 'NOT_FOUND',
  message: '还没有关联到您家的档案，请联系本村巡查员',
}

async function loadMyHousehold(): Promise<Result<HouseholdDetail>> {
  // The account seen last when the signal is weak: the kept copy of the house then shows at once.
  const me = await loadMeOfflineFirst()
  if (!me.ok) return me
  if (!me.data.householdId) return NOT_LINKED
  const res = await getHousehold(me.data.householdId)
  if (res.ok) rememberMyHouses(res.data.houses)
  return res
}

export function MyHouseScreen() {
  const household = useResult(loadMyHousehold, [])
  const onPhone = unsent(useQueueItems()).filter((i) => i.kind === 'selfCheck' && i.ownerId === session.get().me?.userId).length
  return (
    <View className="page">
      <RoleBar />
      <NotifyNudge role="farmer" />
      <View className="farmer-actions">
        <Button block type="danger" size="large" className="farmer-action farmer-action--problem" data-testid="go-problem" onClick={() => void Taro.navigateTo({ url: `${ROUTES.selfCheck}?problem=1` })}>
          ⚠️ 我发现房子有问题
        </Button>
        <Button block type="primary" size="large" className="farmer-action" data-testid="go-selfcheck" onClick={() => void Taro.navigateTo({ url: ROUTES.selfCheck })}>
          🏠 自查房屋
        </Button>
        <Button block fill="outline" type="primary" size="large" className="farmer-action" data-testid="go-reports" onClick={() => void Taro.navigateTo({ url: ROUTES.myReports })}>
          📨 我的上报{onPhone > 0 ? `（${onPhone} 条待发出）` : ''}
        </Button>
      </View>
      <FarmerCases />
      <MyShelters />
      <PageTitle>我家的房屋</PageTitle>
      <AsyncView state={household} onRetry={household.reload}>
        {(hh) => <HouseholdDetailView household={hh} audience="resident" />}
      </AsyncView>
    </View>
  )
}
