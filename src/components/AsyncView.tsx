// Renders an AsyncState: the loading and error views, or the data through `children` —
// under a note with its time when it is the copy kept on the phone.
import type { ReactNode } from 'react'
import type { AsyncState } from '../hooks/useResult'
import { EmptyView, ErrorView, LoadingView } from './StateViews'
import { CachedNote } from './CachedNote'

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
  const note = state.cached ? <CachedNote cached={state.cached} onRetry={onRetry} /> : null
  if (isEmpty?.(state.data))
    return (
      <>
        {note}
        <EmptyView text={emptyText} />
      </>
    )
  return (
    <>
      {note}
      {children(state.data)}
    </>
  )
}
