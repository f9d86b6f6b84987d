// Phase 2: compare each valid row with the household it names (by 档案编号 or by ID
// number) and classify it as new, changed or unchanged, recording what would change.
import { COLUMN_HEADERS, formatCategories, maskName, mergeCategories } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { HouseholdDoc, ImportDoc, ImportRowDoc } from '../../store/docs'
import { BATCH } from './parse-phase'
import { rewriteRows } from './save-rows'

export function rowChanges(h: HouseholdDoc, r: ImportRowDoc, source: ImportDoc['source'], villageName: (id: string) => string): Record<string, [string, string]> {
  const changes: Record<string, [string, string]> = {}
  const put = (field: string, from: string, to: string) => {
    if (from !== to) changes[field] = [from, to]
  }
  if (r.villageId) put('village', villageName(h.villageId), villageName(r.villageId))
  if (r.name !== null && r.name !== h.headName) {
    const [from, to] = [maskName(h.headName), maskName(r.name)]
    changes.name = [from, from === to ? `${to}（名字有更正）` : to]
  }
  if (r.group) put('group', h.group, r.group)
  if (r.address) put('address', h.address, r.address)
  if (r.members !== null) put('members', String(h.members), String(r.members))
  if (r.phoneHash && r.phoneHash !== h.phoneHash) changes.phone = [h.phoneMasked, r.phoneMasked ?? '']
  // Both sides in the canonical order: the same categories listed in another order are no change.
  put('categories', formatCategories(mergeCategories([], 'ledger', h.categories)), formatCategories(mergeCategories(h.categories, source, r.categories)))
  if (h.status === 'removed') changes.status = ['已退出监测', '重新纳入监测']
  return changes
}

export async function diffChunk(deps: Deps, job: ImportDoc, deadline: number): Promise<Partial<ImportDoc>> {
  const rowsCol = deps.store.collection<ImportRowDoc>('importRows')
  const households = deps.store.collection<HouseholdDoc>('households')
  const counts = { ...job.counts }
  let diffed = job.diffed
  const villageIds = new Set(job.villageIds)
  const villages = await deps.orgs.villagesUnder(job.streetId)
  const streetVillages = new Set(villages.map((v) => v._id))
  const nameOf = (id: string) => villages.find((v) => v._id === id)?.name ?? id
  for (;;) {
    // Ordered by seq alone: naming the fixed importId and kind in the order too makes SQLite
    // sort every pending row for each page instead of reading the index in order.
    const rows = await rowsCol.find({ where: { importId: job._id, kind: 'pending' }, orderBy: [['seq', 'asc']], limit: BATCH })
    if (rows.length === 0) return { phase: 'missing', diffed, counts, villageIds: [...villageIds].sort() }
    const byId = new Map((await households.getMany(rows.map((r) => r.householdId).filter((x): x is string => !!x))).map((h) => [h._id, h]))
    const hashes = rows.filter((r) => !r.householdId && r.idHash).map((r) => r.idHash!)
    const byHash = new Map((hashes.length ? await households.find({ where: { idHash: { $in: hashes } } }) : []).map((h) => [h.idHash, h]))
    for (const r of rows) {
      if (r.villageId) villageIds.add(r.villageId)
      const existing = r.householdId ? byId.get(r.householdId) : r.idHash ? byHash.get(r.idHash) : undefined
      if (r.householdId && (!existing || !streetVillages.has(existing.villageId))) {
        r.kind = 'error'
        r.errors = [{ column: COLUMN_HEADERS.householdId[0]!, message: '档案编号在本街道不存在' }]
      } else if (r.householdId && r.idHash && existing && existing.idHash !== r.idHash) {
        r.kind = 'error'
        r.errors = [{ column: COLUMN_HEADERS.idNumber[0]!, message: '身份证号与档案编号登记的不一致' }]
      } else if (!existing) {
        r.kind = 'new'
      } else {
        r.householdId = existing._id
        villageIds.add(existing.villageId)
        r.changes = rowChanges(existing, r, job.source, nameOf)
        r.kind = Object.keys(r.changes).length ? 'changed' : 'unchanged'
      }
      counts[r.kind as keyof typeof counts]++
      diffed++
    }
    await rewriteRows(deps, rows)
    if (Date.now() > deadline) return { diffed, counts, villageIds: [...villageIds].sort() }
  }
}
