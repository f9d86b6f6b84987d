// Phase 3: households of the covered villages that this source lists (they have one of
// its categories) but that no row of the file names. They would lose the source's
// categories, and leave monitoring when none remain. Only the importing street's villages
// and households are looked at, whatever the job's village list says.
import { categoriesOf, formatCategories, maskName, mergeCategories, type Category } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { ImportDoc, ImportRowDoc } from '../../store/docs'
import { BATCH } from './batch'
import { insertRows } from './save-rows'
import { streetScope } from '../street-scope'

export function missingChanges(h: { categories: Category[] }, remaining: Category[]): Record<string, [string, string]> {
  return remaining.length === 0
    ? { status: ['监测中', '退出监测'] }
    : { categories: [formatCategories(h.categories), formatCategories(remaining)] }
}

/** Seq numbers of missing-household rows start here, after any spreadsheet row. */
export const MISSING_SEQ_BASE = 10_000_000

export async function missingChunk(deps: Deps, job: ImportDoc, deadline: number): Promise<Partial<ImportDoc>> {
  const rowsCol = deps.store.collection('importRows')
  const households = deps.store.collection('households')
  const owned = new Set(categoriesOf(job.source))
  const counts = { ...job.counts }
  let { village, skip } = job.missingCursor
  let nextSeq = Math.max(job.nextSeq, MISSING_SEQ_BASE + counts.missing)
  const street = await streetScope(deps, job.streetId)
  while (village < job.villageIds.length) {
    const villageId = job.villageIds[village]!
    if (!street.has(villageId)) {
      village++
      skip = 0
      continue
    }
    const villageName = (await deps.orgs.get(villageId))?.name ?? ''
    const page = await households.find({
      where: { villageId, status: 'monitored' },
      // The fixed villageId and status left out of the order, so SQLite reads the index in order.
      orderBy: [['group', 'asc']],
      skip,
      limit: BATCH,
    })
    const listed = page.filter((h) => street.owns(h) && h.categories.some((c) => owned.has(c)))
    if (listed.length) {
      // Named by any row of the file, valid or not: a row with an error never makes its
      // household look missing.
      const [byId, byHash] = await Promise.all([
        rowsCol.find({ where: { importId: job._id, householdId: { $in: listed.map((h) => h._id) } } }),
        rowsCol.find({ where: { importId: job._id, idHash: { $in: listed.map((h) => h.idHash) } } }),
      ])
      const named = new Set([...byId.map((r) => r.householdId), ...byHash.map((r) => r.idHash)])
      const missing: ImportRowDoc[] = listed
        .filter((h) => !named.has(h._id) && !named.has(h.idHash))
        .map((h) => ({
          _id: `${job._id}-m-${h._id}`,
          importId: job._id,
          seq: nextSeq++,
          rowNumber: null,
          kind: 'missing',
          householdId: h._id,
          villageId: h.villageId,
          villageName,
          name: null,
          nameMasked: maskName(h.headName),
          idHash: null,
          idEnc: null,
          idMasked: h.idMasked,
          phoneHash: null,
          phoneEnc: null,
          phoneMasked: h.phoneMasked,
          group: h.group,
          address: h.address,
          members: h.members,
          categories: h.categories,
          changes: missingChanges(h, mergeCategories(h.categories, job.source, [])),
          errors: [],
        }))
      if (missing.length) {
        await insertRows(deps, missing)
        counts.missing += missing.length
      }
    }
    if (page.length < BATCH) {
      village++
      skip = 0
    } else skip += BATCH
    if (Date.now() > deadline) return { missingCursor: { village, skip }, counts, nextSeq }
  }
  return { phase: 'ready', missingCursor: { village, skip }, counts, nextSeq }
}
