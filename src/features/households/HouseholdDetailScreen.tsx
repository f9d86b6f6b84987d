// One household in detail, for inspectors and street staff.
import { View } from '@tarojs/components'
import type { HouseholdDetail, Result } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { getHousehold } from '../../services/household'
import { HouseholdDetailView } from './HouseholdDetailView'

const MISSING: Result<HouseholdDetail> = { ok: false, code: 'NOT_FOUND', message: '没有找到这户' }

export function HouseholdDetailScreen({ householdId }: { householdId: string | undefined }) {
  const detail = useResult(() => (householdId ? getHousehold(householdId) : Promise.resolve(MISSING)), [householdId])
  return (
    <View className="page">
      <AsyncView state={detail} onRetry={detail.reload}>
        {(hh) => <HouseholdDetailView household={hh} />}
      </AsyncView>
    </View>
  )
}
