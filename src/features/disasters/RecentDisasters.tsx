// 灾情上报 on the emergency screens: the newest disasters over the user's villages, the
// way to all of them, and declaring a new one.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { DisasterListItem, Page } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { listDisasters } from '../../services/disaster'
import { useActiveRole } from '../../hooks/useActiveRole'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { DeclareDisasterButton } from './DeclareDisasterButton'
import { DisasterRow } from './DisasterRow'
import './disasters.css'

const SHOWN = 3

interface Props {
  eventPath: string
  listPath: string
  /** Where to declare a new disaster; absent for roles that may not. */
  declarePath?: string
}

export function RecentDisasters({ eventPath, listPath, declarePath }: Props) {
  const role = useActiveRole()
  const latest = useResult(() => listDisasters(1, SHOWN), [])
  useReloadOnShow(latest.reload)
  return (
    <View data-testid="recent-disasters">
      <Text className="section-title">灾情上报</Text>
      {declarePath && <DeclareDisasterButton declarePath={declarePath} />}
      <AsyncView state={latest} onRetry={latest.reload} isEmpty={(p: Page<DisasterListItem>) => p.total === 0} emptyText="还没有登记过灾情">
        {(p) => (
          <View>
            {p.items.map((d) => (
              <DisasterRow key={d.id} item={d} eventPath={eventPath} own={role === 'inspector'} />
            ))}
            {p.total > p.items.length && (
              <Button block size="large" fill="outline" type="primary" data-testid="disaster-list-open" onClick={() => void Taro.navigateTo({ url: listPath })}>
                查看全部 {p.total} 次灾情 ›
              </Button>
            )}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
