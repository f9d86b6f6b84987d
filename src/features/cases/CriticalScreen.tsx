// 仍有人居住的危房: D first, then C, then the houses a patrol judged 疑似危房 (not yet
// appraised). Every row leads to an action: its open case with the evacuation form, or,
// when the house has no open case, a button that opens one and goes to that form.
import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { CriticalHouse } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { GradeBadge } from '../../components/GradeBadge'
import { RoleBar } from '../../components/RoleBar'
import { useResult } from '../../hooks/useResult'
import { criticalHouses, openCase } from '../../services/case'
import { newId } from '../../services/ids'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { dayText } from '../../format/time'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import { UNIT, listTotalAttrs } from '../../format/figures'
import './cases.css'

interface Paths {
  casePath: string
}

const evacuationUrl = (paths: Paths, caseId: string) => `${paths.casePath}?id=${encodeURIComponent(caseId)}&record=evacuation`

function OpenAndEvacuate({ house: h, paths }: { house: CriticalHouse; paths: Paths }) {
  // One id per row for every retry, so a lost answer never opens a second case.
  const caseId = useRef(newId('case'))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const go = async () => {
    setBusy(true)
    setError('')
    const r = await openCase({ caseId: caseId.current, houseId: h.houseId, summary: h.suspected ? '疑似危房仍有人居住，组织撤离' : '危房仍有人居住，组织撤离' })
    setBusy(false)
    if (!r.ok) return setError(r.message)
    void Taro.navigateTo({ url: evacuationUrl(paths, r.data.id) })
  }
  return (
    <View>
      <Button block size="large" type="danger" loading={busy} disabled={busy} data-testid="critical-open-case" onClick={() => void go()}>
        开案件并记录撤离
      </Button>
      {error && <Text className="case-item__due case-item__due--late">{error}</Text>}
    </View>
  )
}

function CriticalItem({ house: h, paths }: { house: CriticalHouse; paths: Paths }) {
  const since = h.suspected ? '巡查判断疑似危房，还没鉴定' : h.gradedAt ? `${dayText(h.gradedAt)}鉴定` : ''
  const open = h.caseId ? () => void Taro.navigateTo({ url: evacuationUrl(paths, h.caseId!) }) : undefined
  return (
    <Card className="case-item case-item--critical" data-testid="critical-item" data-house-id={h.houseId} data-case-id={h.caseId ?? ''} data-suspected={h.suspected} onClick={open}>
      <View className="item-head">
        <Text className="item-name">{h.headNameMasked}</Text>
        {h.suspected ? <Text className="grade grade--D">疑似危房</Text> : <GradeBadge grade={h.grade} long />}
      </View>
      <Text className="case-item__where">
        {h.villageName} · {h.address}
      </Text>
      <Text className="case-item__due case-item__due--late">仍有人居住{since ? ` · ${since}` : ''}</Text>
      {h.caseId ? <Text className="item-more">打开案件，记录撤离 ›</Text> : <OpenAndEvacuate house={h} paths={paths} />}
    </Card>
  )
}

export function CriticalScreen(paths: Paths) {
  const houses = useResult(() => criticalHouses(), [])
  useReloadOnShow(houses.reload)
  return (
    <View className="page">
      <RoleBar />
      <PageTitle tone="danger">仍有人居住的危房</PageTitle>
      <Text className="lead">危房不进人、人不进危房：C/D 级危房和巡查判断的疑似危房，请马上组织撤离，设警示标志和隔离围栏，在案件里记下来。</Text>
      <AsyncView state={houses} onRetry={houses.reload} isEmpty={(list) => list.length === 0} emptyText="没有人住在危房里">
        {(list) => (
          <View data-testid="critical-list" data-count={list.length}>
            <Text className="list-total" {...listTotalAttrs(list.length, UNIT.house)}>
              共 {list.length} 栋
            </Text>
            {list.map((h) => (
              <CriticalItem key={h.houseId} house={h} paths={paths} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
