// 人不进危房: a red card with the number of C/D and 疑似危房 houses people still live in, first on
// the street's and the leader's pages. Nothing shows for roles that cannot see it, and
// a calm line when there are none.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { useResult } from '../hooks/useResult'
import { criticalHouses } from '../services/case'
import { ROUTES } from '../routes'
import { canCall } from '../services/access'
import { useActiveRole } from '../hooks/useActiveRole'
import { useReloadOnShow } from '../hooks/useReloadOnShow'
import './critical-banner.css'

function Banner() {
  const houses = useResult(() => criticalHouses(), [])
  useReloadOnShow(houses.reload)
  if (houses.status !== 'ok') return null
  const n = houses.data.length
  if (n === 0) {
    return (
      <View className="case-banner case-banner--clear" data-testid="critical-banner" data-count={0}>
        <Text className="case-banner__title">没有人住在 C/D 级危房里</Text>
      </View>
    )
  }
  const d = houses.data.filter((h) => h.grade === 'D').length
  const suspected = houses.data.filter((h) => h.suspected).length
  return (
    <View className="case-banner" data-testid="critical-banner" data-count={n} onClick={() => void Taro.navigateTo({ url: ROUTES.streetCritical })}>
      <Text className="case-banner__count">{n}</Text>
      <View className="case-banner__text">
        <Text className="case-banner__title">{suspected ? '户仍住在危房或疑似危房里' : '户仍住在 C/D 级危房里'}</Text>
        <Text className="case-banner__sub">
          其中 D 级 {d} 户{suspected ? `、疑似危房 ${suspected} 户` : ''} · 请立即组织撤离 ›
        </Text>
      </View>
    </View>
  )
}

export function CriticalBanner() {
  const role = useActiveRole()
  return canCall('case.critical', role) ? <Banner /> : null
}
