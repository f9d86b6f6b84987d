// The household list page by page: a new filter starts over at page 1, "加载更多" appends.
import type { HouseholdSummary } from '@domain'
import { listHouseholds, type HouseholdQuery } from '../../services/household'
import { usePaged, type Paged } from '../../hooks/usePaged'

export const PAGE_SIZE = 20

export type Filters = Omit<HouseholdQuery, 'page' | 'pageSize'>

export type PagedHouseholds = Paged<HouseholdSummary>

export function usePagedHouseholds(filters: Filters): PagedHouseholds {
  // The filters are compared by value: the key is their JSON.
  return usePaged((page) => listHouseholds({ ...filters, page, pageSize: PAGE_SIZE }), JSON.stringify(filters))
}
