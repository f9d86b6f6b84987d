// One house for the inspector: its card, the household, an open case, the recent patrols
// with their photos, and 开始巡查. Opened from the plan, a task, or a scanned house plate;
// the patrol button works even when the house cannot be loaded (no signal).
import { useMemo } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { getHouse, knownHouse } from '../../services/house'
import { ROUTES } from '../../routes'
import { CategoryTags } from '../../components/CategoryTags'
import { HouseHistoryList } from '../../components/HouseHistoryList'
import { StoredPhotoGrid } from '../../components/evidence/StoredPhotoGrid'
import { HouseFacts } from './HouseFacts'
import { HouseHeader } from './HouseHeader'
import { PatrolRecord } from './PatrolRecord'
import { houseFromParams } from '../../services/scene'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { Card } from '../../components/Card'
import { Kv } from '../../components/Kv'
import './field.css'

export function HouseScreen({ params }: { params: Record<string, string | undefined> }) {
  const { houseId, fromPlate } = houseFromParams(params)
  const detail = useResult(() => (houseId ? getHouse(houseId) : Promise.resolve({ ok: false as const, code: 'NOT_FOUND' as const, message: '没有认出这个房屋码' })), [houseId])
  useReloadOnShow(detail.reload)
  // Read again once the page has loaded, which refreshes the cache.
  const brief = useMemo(() => (houseId ? knownHouse(houseId) : null), [houseId, detail.status])

  const startPatrol = () => {
    if (!houseId) return
    const query = [
      `houseId=${encodeURIComponent(houseId)}`,
      fromPlate ? 'plate=1' : '',
      params.taskId ? `taskId=${encodeURIComponent(params.taskId)}` : '',
      params.kind ? `kind=${encodeURIComponent(params.kind)}` : '',
    ]
      .filter(Boolean)
      .join('&')
    void Taro.navigateTo({ url: `${ROUTES.inspectorPatrol}?${query}` })
  }

  return (
    <View className="page page--with-bar">
      {houseId && <HouseHeader house={brief} houseId={houseId} note={fromPlate ? '已扫房屋码' : undefined} />}
      <AsyncView state={detail} onRetry={detail.reload}>
        {({ house, housePhotos, household, patrols, openCaseId }) => (
          <View data-testid="house-page" data-house-id={house.id}>
            {openCaseId && (
              <Text className="notice notice--strong notice--danger case-notice" data-testid="open-case">
                这栋房屋有隐患还没处理完，巡查时请重点查看。
              </Text>
            )}
            {house.retiredAt && (
              <Text className="notice notice--strong notice--danger case-notice" data-testid="house-retired">
                这栋房屋已标记不再监测（已拆除或不再居住），不用再巡查。
              </Text>
            )}
            <HouseFacts house={house} />
            {housePhotos.length > 0 && (
              <Card>
                <Text className="card-title">房屋照片</Text>
                <StoredPhotoGrid photos={housePhotos} testId="house-photos" />
              </Card>
            )}
            {!house.retiredAt && (
              <Button block fill="outline" type="primary" size="large" data-testid="house-edit" onClick={() => void Taro.navigateTo({ url: `${ROUTES.inspectorHouseEdit}?houseId=${encodeURIComponent(house.id)}` })}>
                修改房屋信息
              </Button>
            )}
            <Card>
              <Text className="card-title">这一户</Text>
              <Kv label="户主">{household.headNameMasked}</Kv>
              <Kv label="村（社区）">
                {household.villageName} {household.group}
              </Kv>
              <Kv label="家庭人口">{household.members} 人</Kv>
              <CategoryTags categories={household.categories} />
            </Card>
            <Text className="field-subtitle">最近巡查（{patrols.length} 次）</Text>
            {patrols.length === 0 ? <Text className="field-lead">还没有巡查记录</Text> : patrols.map((p) => <PatrolRecord key={p.id} patrol={p} />)}
            <HouseHistoryList houseId={house.id} />
          </View>
        )}
      </AsyncView>
      {houseId && (
        <View className="bottom-bar">
          <Button block type="primary" size="large" data-testid="start-patrol" onClick={startPatrol}>
            开始巡查
          </Button>
        </View>
      )}
    </View>
  )
}
