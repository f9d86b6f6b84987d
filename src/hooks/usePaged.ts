// Any paged list: the first page on a new key, "加载更多" appends the next one. A failed
// "more" keeps what is already shown. The first page may be the copy kept on the phone
// (weak signal): it is shown with its time and replaced when the server answers.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorCode, Page, Result } from '@domain'
import { followFresh, type Cached } from './useResult'

export interface Paged<T> {
  status: 'loading' | 'error' | 'ok'
  error: { code: ErrorCode; message: string } | null
  items: T[]
  total: number
  more: 'idle' | 'loading' | 'error'
  moreError: string
  hasMore: boolean
  /** Set while the first page shown is the copy kept on the phone. */
  cached: Cached | null
  reload: () => void
  loadMore: () => void
}

interface State<T> {
  status: Paged<T>['status']
  error: Paged<T>['error']
  items: T[]
  total: number
  page: number
  more: Paged<T>['more']
  moreError: string
  cached: Cached | null
}

const initial = <T,>(): State<T> => ({ status: 'loading', error: null, items: [], total: 0, page: 0, more: 'idle', moreError: '', cached: null })

/** `key` identifies the query: when it changes the list starts over at page 1. */
export function usePaged<T>(load: (page: number) => Promise<Result<Page<T>>>, key: string): Paged<T> {
  const [state, setState] = useState<State<T>>(initial)
  const seq = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const fetchPage = useCallback(async (page: number) => {
    const mine = ++seq.current
    setState((s) => (page === 1 ? initial<T>() : { ...s, more: 'loading', moreError: '' }))
    const first = await loadRef.current(page)
    const current = () => mine === seq.current
    if (!current()) return
    const show = (res: Result<Page<T>>, cached?: Cached) =>
      setState((s) => {
        if (!res.ok) {
          return page === 1 ? { ...initial<T>(), status: 'error', error: { code: res.code, message: res.message } } : { ...s, more: 'error', moreError: res.message }
        }
        const items = page === 1 ? res.data.items : [...s.items, ...res.data.items]
        return { status: 'ok', error: null, items, total: res.data.total, page, more: 'idle', moreError: '', cached: page === 1 ? (cached ?? null) : s.cached }
      })
    // Only the first page is swapped for the server's answer; a later one is appended once.
    if (page === 1) followFresh(first, current, show)
    else show(first)
  }, [])

  useEffect(() => {
    void fetchPage(1)
  }, [fetchPage, key])

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
