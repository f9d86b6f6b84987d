// Renders an AsyncState: the loading and error views, or the data through `children`.
import type { ReactNode } from 'react'
import type { AsyncState } from '../hooks/useResult'
import { EmptyView, ErrorView, LoadingView } from './StateViews'

interface Props<T> {
  state: AsyncState<T>
  onRetry: () => void
  /** When it returns true for the data, the empty view is shown instead. */
  isEmpty?: (data: T) => boolean
  emptyText?: string
  children: (data: T) => ReactNode
}

export function AsyncView<T>({ state, onRetry, isEmpty, emptyText, children }: Props<T>) {
  if (state.status === 'loading') return <LoadingView />
  if (state.status === 'error') return <ErrorView code={state.code} message={state.message} onRetry={onRetry} />
  if (isEmpty?.(state.data)) return <EmptyView text={emptyText} />
  return <>{children(state.data)}</>
}
