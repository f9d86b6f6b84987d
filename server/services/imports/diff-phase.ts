// The diff: compare each valid row with the household it names (by 档案编号 or by ID
// number) and classify it as new, changed or unchanged, recording what would change.
// Reading the file does this for each batch before saving it (see parse-phase.ts); the
// diffing phase is left for rows saved as 'pending' by an earlier version.
import { COLUMN_HEADERS, HOUSE_COLUMN_HEADERS, formatCategories, maskName, mergeCategories } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { HouseDoc, HouseholdDoc, ImportDoc, ImportRowDoc } from '../../store/docs'
import { houseChanges } from './house-columns'
import { BATCH } from './batch'
import { rewriteRows } from './save-rows'
import { streetNameOf, streetScope, type StreetScope } from '../street-scope'
import { FILE_NO_PATTERN } from '../../store/file-numbers'

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

/** The household each valid row's ID number names, preferring one of the importing street. */
async function householdsByHash(deps: Deps, rows: ImportRowDoc[], street: StreetScope): Promise<Map<string, HouseholdDoc>> {
  const hashes = rows.filter((r) => !r.householdId && r.idHash).map((r) => r.idHash!)
  const byHash = new Map<string, HouseholdDoc>()
  for (const h of hashes.length ? await deps.store.collection('households').find({ where: { idHash: { $in: hashes } } }) : []) {
    const seen = byHash.get(h.idHash)
    if (!seen || (!street.owns(seen) && street.owns(h))) byHash.set(h.idHash, h)
  }
  return byHash
}

/**
 * The households the 档案编号 column names: by file number in the importing street, or by
 * the internal id an older ledger export carried there. Keyed by what the row says.
 */
async function householdsByFileNo(deps: Deps, rows: ImportRowDoc[], streetId: string): Promise<Map<string, HouseholdDoc>> {
  const households = deps.store.collection('households')
  const named = rows.map((r) => r.householdId).filter((x): x is string => !!x)
  const fileNos = named.filter((x) => FILE_NO_PATTERN.test(x))
  const byKey = new Map<string, HouseholdDoc>()
  for (const h of fileNos.length ? await households.find({ where: { streetId, fileNo: { $in: fileNos } } }) : []) byKey.set(h.fileNo, h)
  const ids = named.filter((x) => !FILE_NO_PATTERN.test(x))
  for (const h of ids.length ? await households.getMany(ids) : []) byKey.set(h._id, h)
  return byKey
}

/** The houses of the listed households whose rows carry house columns, by household. */
async function housesOfListed(deps: Deps, rows: ImportRowDoc[], byId: Map<string, HouseholdDoc>, byHash: Map<string, HouseholdDoc>): Promise<Map<string, HouseDoc[]>> {
  const ids = rows.filter((r) => r.house).map((r) => (r.householdId ? byId.get(r.householdId) : r.idHash ? byHash.get(r.idHash) : undefined)?._id).filter((x): x is string => !!x)
  const out = new Map<string, HouseDoc[]>()
  if (ids.length === 0) return out
  for (const h of await deps.store.collection('houses').find({ where: { householdId: { $in: ids } } })) out.set(h.householdId, [...(out.get(h.householdId) ?? []), h])
  return out
}

/**
 * Classifies the rows (all 'pending') in place, and adds to `villageIds` every village
 * they name or their households are in: the villages the list covers, all of the street.
 * A person registered in another street is an error row: the import never touches them.
 */
export async function diffRows(deps: Deps, job: ImportDoc, rows: ImportRowDoc[], street: StreetScope, villageIds: Set<string>): Promise<void> {
  const byId = await householdsByFileNo(deps, rows, job.streetId)
  const byHash = await householdsByHash(deps, rows, street)
  const housesOf = await housesOfListed(deps, rows, byId, byHash)
  for (const r of rows) {
    if (r.villageId && street.has(r.villageId)) villageIds.add(r.villageId)
    const existing = r.householdId ? byId.get(r.householdId) : r.idHash ? byHash.get(r.idHash) : undefined
    if (r.householdId && (!existing || !street.owns(existing))) {
      r.kind = 'error'
      r.errors = [{ column: COLUMN_HEADERS.householdId[0]!, message: '档案编号在本街道不存在' }]
    } else if (r.householdId && r.idHash && existing && existing.idHash !== r.idHash) {
      r.kind = 'error'
      r.errors = [{ column: COLUMN_HEADERS.idNumber[0]!, message: '身份证号与档案编号登记的不一致' }]
    } else if (existing && !street.owns(existing)) {
      const other = await streetNameOf(deps, existing)
      r.kind = 'error'
      r.errors = [{ column: COLUMN_HEADERS.idNumber[0]!, message: existing.status === 'monitored' ? `已在${other}监测，请与该街道核对` : `已在${other}登记（已退出监测），请与该街道核对` }]
    } else if (!existing) {
      r.kind = 'new'
      if (r.house) r.changes = houseChanges([], r.house).changes
    } else {
      r.householdId = existing._id
      villageIds.add(existing.villageId)
      r.changes = rowChanges(existing, r, job.source, street.nameOf)
      const house = r.house ? houseChanges(housesOf.get(existing._id) ?? [], r.house) : null
      if (house?.error) {
        r.kind = 'error'
        r.errors = [{ column: HOUSE_COLUMN_HEADERS.structure[0]!, message: house.error }]
        continue
      }
      Object.assign(r.changes, house?.changes)
      r.kind = Object.keys(r.changes).length ? 'changed' : 'unchanged'
    }
  }
}

export async function diffChunk(deps: Deps, job: ImportDoc, deadline: number): Promise<Partial<ImportDoc>> {
  const rowsCol = deps.store.collection('importRows')
  const counts = { ...job.counts }
  let diffed = job.diffed
  const villageIds = new Set(job.villageIds)
  const street = await streetScope(deps, job.streetId)
  for (;;) {
    // Ordered by seq alone: naming the fixed importId and kind in the order too makes SQLite
    // sort every pending row for each page instead of reading the index in order.
    const rows = await rowsCol.find({ where: { importId: job._id, kind: 'pending' }, orderBy: [['seq', 'asc']], limit: BATCH })
    if (rows.length === 0) return { phase: 'missing', diffed, counts, villageIds: street.only(villageIds).sort() }
    await diffRows(deps, job, rows, street, villageIds)
    for (const r of rows) counts[r.kind as keyof typeof counts]++
    diffed += rows.length
    await rewriteRows(deps, rows)
    if (Date.now() > deadline) return { diffed, counts, villageIds: street.only(villageIds).sort() }
  }
}
