// The farmer's own page: his household and the safety of each of his houses.
import { View, Text } from '@tarojs/components'
import type { HouseholdDetail, Result } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { RoleBar } from '../../components/RoleBar'
import { useResult } from '../../hooks/useResult'
import { getHousehold } from '../../services/households'
import { session } from '../../services/session'
import { HouseholdDetailView } from '../households/HouseholdDetailView'

const NOT_LINKED: Result<HouseholdDetail> = {
  ok: false,
  code: 'NOT_FOUND',
  message: '还没有关联到您家的档案，请联系本村巡查员',
}

async function loadMyHousehold(): Promise<Result<HouseholdDetail>> {
  const me = await session.loadMe()
  if (!me.ok) return me
  return me.data.householdId ? getHousehold(me.data.householdId) : NOT_LINKED
}

export function MyHouseScreen() {
  const household = useResult(loadMyHousehold, [])
  return (
    <View className="page">
      <RoleBar />
      <Text className="screen-title">我家的房屋</Text>
      <AsyncView state={household} onRetry={household.reload}>
        {(hh) => <HouseholdDetailView household={hh} audience="resident" />}
      </AsyncView>
    </View>
  )
}
