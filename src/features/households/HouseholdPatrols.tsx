// 巡查记录: the patrols of the household's houses, newest first; each opens its house.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { JUDGMENT_LABELS, PATROL_KIND_LABELS, type HouseholdDetail, type PatrolView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { householdPatrols } from '../../services/household'
import { ROUTES } from '../../routes'
import { timeText } from '../../format/time'

function PatrolRow({ patrol, houseNumber }: { patrol: PatrolView; houseNumber: number }) {
  return (
    <View
      className={`hh-patrol hh-patrol--${patrol.judgment}`}
      data-testid="household-patrol"
      data-patrol-id={patrol.id}
      onClick={() => void Taro.navigateTo({ url: `${ROUTES.inspectorHouse}?houseId=${encodeURIComponent(patrol.houseId)}` })}
    >
      <View className="hh-patrol__head">
        <Text className="hh-patrol__judgment">{JUDGMENT_LABELS[patrol.judgment]}</Text>
        <Text className="hh-patrol__date">{timeText(patrol.patrolledAt)}</Text>
      </View>
      <Text className="hh-patrol__line">
        {houseNumber > 0 ? `第 ${houseNumber} 栋 · ` : ''}
        {PATROL_KIND_LABELS[patrol.kind]} · {patrol.inspectorName || '巡查人'} · {patrol.occupied ? '有人住' : '无人住'}
      </Text>
      {patrol.notes && <Text className="hh-patrol__line">{patrol.notes}</Text>}
    </View>
  )
}

export function HouseholdPatrols({ household }: { household: HouseholdDetail }) {
  const patrols = useResult(() => householdPatrols(household.id), [household.id])
  const numberOf = (houseId: string) => (household.houses.length > 1 ? household.houses.findIndex((h) => h.id === houseId) + 1 : 0)
  return (
    <View data-testid="household-patrols">
      <Text className="section-title st-block">巡查记录</Text>
      <View className="card">
        <AsyncView state={patrols} onRetry={patrols.reload}>
          {(list) =>
            list.length === 0 ? (
              <Text className="st-line" data-testid="household-patrols-empty">
                还没有巡查记录
              </Text>
            ) : (
              list.map((p) => <PatrolRow key={p.id} patrol={p} houseNumber={numberOf(p.houseId)} />)
            )
          }
        </AsyncView>
      </View>
    </View>
  )
}
