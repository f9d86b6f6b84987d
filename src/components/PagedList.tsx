// A paged list's states and its "加载更多" button; each item is drawn by the caller.
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { EmptyView, ErrorView, LoadingView } from './StateViews'
import { CachedNote } from './CachedNote'
import type { Paged } from '../hooks/usePaged'
import { listTotalAttrs, type Unit } from '../format/figures'
import './street.css'

interface Props<T> {
  list: Paged<T>
  render: (item: T) => ReactNode
  totalText?: (total: number) => string
  emptyText?: string
  testId?: string
  /** The unit the total counts, marked so a figure that opens this list can be checked against it. */
  unit?: Unit
}

export function PagedList<T>({ list, render, totalText, emptyText, testId = 'paged-list', unit }: Props<T>) {
  if (list.status === 'loading') return <LoadingView />
  if (list.status === 'error' && list.error) return <ErrorView code={list.error.code} message={list.error.message} onRetry={list.reload} />
  return (
    <View data-testid={testId}>
      {list.cached && <CachedNote cached={list.cached} onRetry={list.reload} />}
      {totalText && (
        <Text className="list-total" data-testid={`${testId}-total`} {...(unit ? listTotalAttrs(list.total, unit) : {})}>
          {totalText(list.total)}
        </Text>
      )}
      {list.items.length === 0 ? <EmptyView text={emptyText} /> : list.items.map(render)}
      {list.more === 'error' && <Text className="list-more-error">{list.moreError}</Text>}
      {list.hasMore ? (
        <Button block size="large" fill="outline" type="primary" loading={list.more === 'loading'} data-testid={`${testId}-more`} onClick={list.loadMore}>
          {list.more === 'error' ? '重试' : '加载更多'}
        </Button>
      ) : (
        list.items.length > 0 && <Text className="list-end">已经全部显示</Text>
      )}
    </View>
  )
}
