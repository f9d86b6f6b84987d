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
import { UNIT, criticalWords, figureAttrs } from '../format/figures'
import './critical-banner.css'

function Banner() {
  const houses = useResult(() => criticalHouses(), [])
  useReloadOnShow(houses.reload)
  if (houses.status !== 'ok') return null
  const n = houses.data.length
  if (n === 0) {
    return (
      <View className="case-banner case-banner--clear" data-testid="critical-banner" data-count={0}>
        <Text className="case-banner__title">{criticalWords(0, 0, 0).title}</Text>
      </View>
    )
  }
  const d = houses.data.filter((h) => h.grade === 'D').length
  const suspected = houses.data.filter((h) => h.suspected).length
  const words = criticalWords(n, d, suspected)
  return (
    <View className="case-banner" data-testid="critical-banner" {...figureAttrs('critical', n, UNIT.house)} onClick={() => void Taro.navigateTo({ url: ROUTES.streetCritical })}>
      <Text className="case-banner__count">{n}</Text>
      <View className="case-banner__text">
        <Text className="case-banner__title">{words.title}</Text>
        <Text className="case-banner__sub">{words.sub} ›</Text>
      </View>
    </View>
  )
}

export function CriticalBanner() {
  const role = useActiveRole()
  return canCall('case.critical', role) ? <Banner /> : null
}
