// A paged list's states and its "加载更多" button; each item is drawn by the caller.
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { EmptyView, ErrorView, LoadingView } from './StateViews'
import type { Paged } from '../hooks/usePaged'
import './street.css'

interface Props<T> {
  list: Paged<T>
  render: (item: T) => ReactNode
  totalText?: (total: number) => string
  emptyText?: string
  testId?: string
}

export function PagedList<T>({ list, render, totalText, emptyText, testId = 'paged-list' }: Props<T>) {
  if (list.status === 'loading') return <LoadingView />
  if (list.status === 'error' && list.error) return <ErrorView code={list.error.code} message={list.error.message} onRetry={list.reload} />
  return (
    <View data-testid={testId}>
      {totalText && (
        <Text className="list-total" data-testid={`${testId}-total`}>
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
