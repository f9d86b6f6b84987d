// The monitored households a role may see: its village(s) for an inspector, the whole
// street for street staff. Used by both the inspector and street subpackages.
import { useState, type ReactNode } from 'react'
import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { Me } from '@domain'
import { Button } from '@nutui/nutui-react-taro'
import { AsyncView } from '../../components/AsyncView'
import { EmptyView, ErrorView, LoadingView } from '../../components/StateViews'
import { RoleBar } from '../../components/RoleBar'
import { useMe } from '../../hooks/useMe'
import { HouseholdFilters } from './HouseholdFilters'
import { HouseholdItem } from './HouseholdItem'
import { usePagedHouseholds, type Filters } from './usePagedHouseholds'
import { PageTitle } from '../../components/PageTitle'
import { UNIT, listTotalAttrs } from '../../format/figures'
import './households.css'

interface Props {
  /** The screen's title, or how to make it from the caller (his street's name). */
  title: string | ((me: Me) => string)
  detailPath: string
  /** Actions on what the filters select (the street's ledger export), shown above the list. */
  tools?: (filters: Filters, me: Me) => ReactNode
}

function HouseholdList({ filters, detailPath }: { filters: Filters; detailPath: string }) {
  const list = usePagedHouseholds(filters)
  if (list.status === 'loading') return <LoadingView />
  if (list.status === 'error' && list.error) return <ErrorView code={list.error.code} message={list.error.message} onRetry={list.reload} />
  return (
    <View>
      <Text className="list-total" data-testid="household-total" {...listTotalAttrs(list.total, UNIT.household)}>
        共 {list.total} 户
      </Text>
      {list.items.length === 0 ? (
        <EmptyView />
      ) : (
        list.items.map((hh) => <HouseholdItem key={hh.id} household={hh} detailPath={detailPath} />)
      )}
      {list.more === 'error' && <Text className="list-more-error">{list.moreError}</Text>}
      {list.hasMore ? (
        <Button block size="large" fill="outline" type="primary" loading={list.more === 'loading'} data-testid="load-more" onClick={list.loadMore}>
          {list.more === 'error' ? '重试' : '加载更多'}
        </Button>
      ) : (
        list.items.length > 0 && <Text className="list-end">已经全部显示</Text>
      )}
    </View>
  )
}

export function HouseholdListScreen({ title, detailPath, tools }: Props) {
  const me = useMe()
  // A dashboard figure links here with its filter (?grade=C, ?villageId=…).
  const { params } = useRouter()
  const [filters, setFilters] = useState<Filters>(() => ({
    ...(params.grade && ['A', 'B', 'C', 'D', 'none'].includes(params.grade) ? { grade: params.grade as Filters['grade'] } : {}),
    ...(params.villageId ? { villageId: params.villageId } : {}),
  }))
  return (
    <View className="page">
      <RoleBar />
      <PageTitle data-testid="households-title">{typeof title === 'string' ? title : me.status === 'ok' ? title(me.data) : ''}</PageTitle>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => (
          <View>
            <HouseholdFilters villages={user.villages} value={filters} onChange={setFilters} />
            {tools?.(filters, user)}
            <HouseholdList filters={filters} detailPath={detailPath} />
          </View>
        )}
      </AsyncView>
    </View>
  )
}
