// The patrol page: who is patrolling (known even offline), which house (from the plan
// seen last, refreshed when there is a network), the form, then where the record stands.
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { PATROL_KIND_LABELS } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { loadMeOfflineFirst } from '../../services/offline/outbox'
import { getHouse, knownHouse, type HouseBrief } from '../../services/house'
import { ROUTES } from '../../routes'
import { backTo } from '../../services/navigation'
import { newId } from '../../services/ids'
import { SavedCard } from './SavedCard'
import { HouseHeader } from './HouseHeader'
import { PatrolForm } from './PatrolForm'
import type { PatrolKindInput } from './buildPatrol'
import { PageTitle } from '../../components/PageTitle'
import '../../components/form/field-parts.css'
import './field.css'

export interface PatrolParams {
  houseId?: string
  plate?: string
  taskId?: string
  kind?: string
}

const KINDS: PatrolKindInput[] = ['routine', 'street', 'emergency']

function Saved({ itemId, kind }: { itemId: string; kind: PatrolKindInput }) {
  return (
    <SavedCard itemId={itemId} testId="patrol-saved" titles={{ synced: '巡查记录已上传', saved: '巡查记录已保存' }}>
      {/* A street patrol came from the street's task list: back there for the next drawn house. */}
      <Button block type="primary" size="large" data-testid="back-to-plan" onClick={() => backTo(kind === 'street' ? ROUTES.streetTasks : ROUTES.inspectorPlan)}>
        继续巡查下一户
      </Button>
      <Button block fill="outline" type="primary" size="large" data-testid="go-sync" onClick={() => void Taro.navigateTo({ url: ROUTES.inspectorSync })}>
        查看待同步
      </Button>
    </SavedCard>
  )
}

export function PatrolFormScreen({ params }: { params: PatrolParams }) {
  const houseId = params.houseId ?? ''
  const kind = KINDS.find((k) => k === params.kind) ?? 'routine'
  // Made once when the form opens: the server dedupes every resend on it.
  const [patrolId] = useState(() => newId('pt'))
  const [house, setHouse] = useState<HouseBrief | null>(() => (houseId ? knownHouse(houseId) : null))
  const [savedId, setSavedId] = useState<string | null>(null)
  const me = useResult(loadMeOfflineFirst, [])

  useEffect(() => {
    if (!houseId) return
    void getHouse(houseId).then(() => setHouse(knownHouse(houseId)))
  }, [houseId])

  if (!houseId) {
    return (
      <View className="page">
        <Text className="notice notice--strong notice--danger form-error">没有指定房屋，请从巡查计划或扫房屋码进入。</Text>
      </View>
    )
  }
  const scannedPlate = params.plate === '1'
  return (
    <View className="page">
      <PageTitle space="s">{PATROL_KIND_LABELS[kind]}</PageTitle>
      <HouseHeader house={house} houseId={houseId} note={scannedPlate ? '已扫房屋码，确认在现场' : undefined} />
      <AsyncView state={me} onRetry={me.reload}>
        {(user) =>
          savedId ? (
            <Saved itemId={savedId} kind={kind} />
          ) : (
            <PatrolForm
              target={{ patrolId, houseId, kind, scannedPlate, ...(params.taskId ? { taskId: params.taskId } : {}) }}
              house={house}
              owner={{ userId: user.userId, name: user.name }}
              onSaved={(id) => {
                setSavedId(id)
                void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
              }}
            />
          )
        }
      </AsyncView>
    </View>
  )
}
