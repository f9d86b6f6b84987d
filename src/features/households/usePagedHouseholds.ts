// The household list page by page: a new filter starts over at page 1, "加载更多" appends.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorCode, HouseholdSummary } from '@domain'
import { listHouseholds, type HouseholdQuery } from '../../services/households'

export const PAGE_SIZE = 20

export type Filters = Omit<HouseholdQuery, 'page' | 'pageSize'>

export interface PagedHouseholds {
  status: 'loading' | 'error' | 'ok'
  error: { code: ErrorCode; message: string } | null
  items: HouseholdSummary[]
  total: number
  /** State of the "load more" request, separate so a failure keeps what is shown. */
  more: 'idle' | 'loading' | 'error'
  moreError: string
  hasMore: boolean
  reload: () => void
  loadMore: () => void
}

interface State {
  status: PagedHouseholds['status']
  error: PagedHouseholds['error']
  items: HouseholdSummary[]
  total: number
  page: number
  more: PagedHouseholds['more']
  moreError: string
}

const INITIAL: State = { status: 'loading', error: null, items: [], total: 0, page: 0, more: 'idle', moreError: '' }

export function usePagedHouseholds(filters: Filters, enabled = true): PagedHouseholds {
  const [state, setState] = useState<State>(INITIAL)
  const seq = useRef(0)
  const key = JSON.stringify(filters)

  const fetchPage = useCallback(
    async (page: number) => {
      const mine = ++seq.current
      setState((s) => (page === 1 ? { ...INITIAL } : { ...s, more: 'loading', moreError: '' }))
      const res = await listHouseholds({ ...filters, page, pageSize: PAGE_SIZE })
      if (mine !== seq.current) return
      setState((s) => {
        if (!res.ok) {
          return page === 1 ? { ...INITIAL, status: 'error', error: { code: res.code, message: res.message } } : { ...s, more: 'error', moreError: res.message }
        }
        const items = page === 1 ? res.data.items : [...s.items, ...res.data.items]
        return { status: 'ok', error: null, items, total: res.data.total, page, more: 'idle', moreError: '' }
      })
    },
    // The filters are compared by value through `key`.
    [key],
  )

  useEffect(() => {
    if (enabled) void fetchPage(1)
  }, [fetchPage, enabled])

  const hasMore = state.status === 'ok' && state.items.length < state.total
  return {
    ...state,
    hasMore,
    reload: () => void fetchPage(1),
    loadMore: () => {
      if (hasMore && state.more !== 'loading') void fetchPage(state.page + 1)
    },
  }
}
