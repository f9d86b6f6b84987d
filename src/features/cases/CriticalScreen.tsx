// 仍有人居住的 C/D 级危房: D first, then C. Each opens its case, or the household when no
// case is open for the house.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { CriticalHouse } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { GradeBadge } from '../../components/GradeBadge'
import { RoleBar } from '../../components/RoleBar'
import { useResult } from '../../hooks/useResult'
import { criticalHouses } from '../../services/cases'
import { useReloadOnShow } from '../street/useReloadOnShow'
import { dayText } from './format'
import './cases.css'

interface Paths {
  casePath: string
  householdPath: string
}

function CriticalItem({ house: h, paths }: { house: CriticalHouse; paths: Paths }) {
  const url = h.caseId ? `${paths.casePath}?id=${encodeURIComponent(h.caseId)}` : `${paths.householdPath}?id=${encodeURIComponent(h.householdId)}`
  return (
    <View className="card case-item case-item--critical" data-testid="critical-item" data-house-id={h.houseId} data-case-id={h.caseId ?? ''} onClick={() => void Taro.navigateTo({ url })}>
      <View className="case-item__head">
        <Text className="case-item__name">{h.headNameMasked}</Text>
        <GradeBadge grade={h.grade} long />
      </View>
      <Text className="case-item__where">
        {h.villageName} · {h.address}
      </Text>
      <Text className="case-item__due case-item__due--late">仍有人居住{h.gradedAt ? ` · ${dayText(h.gradedAt)}鉴定` : ''}</Text>
      <Text className="case-item__more">{h.caseId ? '查看案件 ›' : '查看这户 ›'}</Text>
    </View>
  )
}

export function CriticalScreen(paths: Paths) {
  const houses = useResult(() => criticalHouses(), [])
  useReloadOnShow(houses.reload)
  return (
    <View className="page">
      <RoleBar />
      <Text className="case-title case-title--danger">仍有人居住的 C/D 级危房</Text>
      <Text className="case-lead">危房不进人、人不进危房：请逐户组织撤离，撤离后在案件里记录。</Text>
      <AsyncView state={houses} onRetry={houses.reload} isEmpty={(list) => list.length === 0} emptyText="没有人住在 C/D 级危房里">
        {(list) => (
          <View data-testid="critical-list" data-count={list.length}>
            <Text className="case-total">共 {list.length} 户</Text>
            {list.map((h) => (
              <CriticalItem key={h.houseId} house={h} paths={paths} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
