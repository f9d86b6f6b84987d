// Rows that list a new household, written a page at a time without a transaction per row:
// on CloudBase a row in a transaction cost about eight round trips (reads and writes of
// the household, its house, history, task and the street's file number), which put a
// district's first list at hours. Every document here has an id derived from the row, so
// each is added in bulk (`add` with an array) after reading which exist, and the row's
// history event goes last: a row is applied once its event exists, and a page cut short
// is written again, adding only what is missing.
//
// The file numbers are taken for the page in one transaction that also notes them on the
// job (fileNoBlock), so a page written again gives the same households the same numbers,
// and tells its own households (written by the run cut short) from those another import
// listed meanwhile; those, and every other kind of row, go through applyRow.
import type { Deps } from '../../core/deps'
import type { StreetScope } from '../street-scope'
import type { DocOf } from '../../store/collections'
import type { HouseholdDoc, HouseholdEventDoc, ImportDoc, ImportRowDoc } from '../../store/docs'
import { formatFileNo } from '../../store/file-numbers'
import { checkTask, eventIdOf, newHousehold, newHouseholdIdOf, type ApplyTime } from './apply-row'
import { firstHouse } from './house-columns'

type Block = NonNullable<ImportDoc['fileNoBlock']>

/** Takes `ids.length` numbers of the street and notes them on the job, together. */
async function takeBlock(deps: Deps, job: ImportDoc, key: string, ids: string[]): Promise<Block> {
  return deps.store.transaction(async (tx) => {
    const orgs = tx.collection('orgs')
    const street = await orgs.get(job.streetId)
    if (!street) throw new Error(`street ${job.streetId} missing`)
    const block = { key, start: (street.lastFileNo ?? 0) + 1, householdIds: ids }
    await orgs.update(job.streetId, { lastFileNo: block.start + ids.length - 1 })
    await tx.collection('imports').update(job._id, { fileNoBlock: block })
    return block
  })
}

/** Adds the documents that are not there yet (all of them when none can be: a page written the first time). */
async function addMissing<N extends 'households' | 'houses' | 'houseEvents' | 'audit' | 'tasks' | 'householdEvents'>(deps: Deps, name: N, docs: Array<Omit<DocOf<N>, '_rev'>>, again: boolean): Promise<void> {
  if (docs.length === 0) return
  const col = deps.store.collection(name)
  const have = again ? new Set((await col.getMany(docs.map((d) => d._id))).map((d) => d._id)) : new Set<string>()
  const fresh = docs.filter((d) => !have.has(d._id))
  if (fresh.length) await col.insertMany(fresh as never)
}

/**
 * Writes the page's new rows that list a household nobody has yet (or that this job's run
 * cut short wrote). Returns the seqs it applied; the caller applies the others row by row.
 */
export async function applyNewRows(deps: Deps, job: ImportDoc, street: StreetScope, rows: ImportRowDoc[], at: ApplyTime): Promise<Set<number>> {
  const candidates = rows.filter((r) => r.kind === 'new' && r.villageId && r.idHash && street.has(r.villageId))
  if (candidates.length === 0) return new Set()
  const existing = new Map((await deps.store.collection('households').getMany(candidates.map(newHouseholdIdOf))).map((h) => [h._id, h]))
  const key = `${candidates[0]!.villageId}:${candidates[0]!.seq}`
  const again = job.fileNoBlock?.key === key
  let block: Block | null = again ? job.fileNoBlock! : null
  if (!block) {
    const unlisted = candidates.map(newHouseholdIdOf).filter((id) => !existing.has(id))
    if (unlisted.length === 0) return new Set()
    block = await takeBlock(deps, job, key, unlisted)
    job.fileNoBlock = block
  }
  const numberOf = new Map(block.householdIds.map((id, i) => [id, block!.start + i]))
  const mine = candidates.filter((r) => numberOf.has(newHouseholdIdOf(r)))
  const households: HouseholdDoc[] = []
  const listed = new Map<string, HouseholdDoc>()
  const events: HouseholdEventDoc[] = []
  const firsts = []
  for (const r of mine) {
    const id = newHouseholdIdOf(r)
    const code = (await deps.orgs.get(r.villageId!))?.code ?? ''
    const hh = existing.get(id) ?? newHousehold(job, r, id, formatFileNo(code, numberOf.get(id)!), at)
    if (!existing.has(id)) households.push(hh)
    listed.set(r.idHash!, hh)
    const house = firstHouse(deps, job, r, hh, at.iso)
    if (house) firsts.push(house)
    events.push({ _id: eventIdOf(job, r), householdId: hh._id, villageId: hh.villageId, at: at.iso, actorId: job.createdBy, kind: 'listed', changes: r.changes, note: `由${job.fileName}纳入监测`, importId: job._id })
  }
  await addMissing(deps, 'households', households, false)
  await addMissing(deps, 'houses', firsts.map((f) => f.house), again)
  await addMissing(deps, 'houseEvents', firsts.map((f) => f.event), again)
  await addMissing(deps, 'audit', firsts.map((f) => f.audit), again)
  await addMissing(deps, 'tasks', mine.map((r) => checkTask(listed.get(r.idHash!)!, at)), again)
  // Last: a row whose event exists is applied.
  await addMissing(deps, 'householdEvents', events, again)
  return new Set(mine.map((r) => r.seq))
}
