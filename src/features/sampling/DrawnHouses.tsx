// The houses drawn in one village, with their households, loaded when asked for.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { HouseDetail, Result } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { GradeBadge } from '../../components/GradeBadge'
import { useResult } from '../../hooks/useResult'
import { getHouse } from '../../services/house'
import { ROUTES } from '../../routes'

/** Reads a few houses at a time: a village draws a handful, the street a few dozen. */
async function loadHouses(houseIds: string[]): Promise<Result<HouseDetail[]>> {
  const out: HouseDetail[] = []
  for (let i = 0; i < houseIds.length; i += 4) {
    const batch = await Promise.all(houseIds.slice(i, i + 4).map(getHouse))
    for (const res of batch) {
      if (!res.ok) return res
      out.push(res.data)
    }
  }
  return { ok: true, data: out }
}

export function DrawnHouses({ houseIds }: { houseIds: string[] }) {
  const houses = useResult(() => loadHouses(houseIds), [houseIds.join(',')])
  return (
    <AsyncView state={houses} onRetry={houses.reload} isEmpty={(list) => list.length === 0} emptyText="这个村没有抽中房屋">
      {(list) => (
        <View>
          {list.map(({ house, household }) => (
            <View
              key={house.id}
              className="smp-house"
              data-testid="sample-house"
              data-house-id={house.id}
              onClick={() => void Taro.navigateTo({ url: `${ROUTES.streetHousehold}?id=${encodeURIComponent(household.id)}` })}
            >
              <View className="smp-house__main">
                <Text className="smp-house__name">
                  {household.headNameMasked} · {household.group}
                </Text>
                <Text className="st-line">{house.address}</Text>
              </View>
              <GradeBadge grade={house.grade} />
            </View>
          ))}
        </View>
      )}
    </AsyncView>
  )
}
