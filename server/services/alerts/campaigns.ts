// An emergency patrol campaign (应急预警排查): one patrol task per house in scope, for its
// village's inspectors, created in chunks that each fit a cloud function's time limit.
// Task ids derive from the campaign and the house, so a chunk run twice adds nothing.
// Only the campaign's street's villages and households get tasks, whatever its list says.
import { isRiskyHouse, localDate } from '../../../domain'
import { streetScope } from '../street-scope'
import { houseWarning, villageWarningContext, type VillageWarningContext } from './farmer-warnings'
import { enqueueMany } from '../notify/enqueue-many'
import type { Notice } from '../notify/enqueue'
import type { Deps } from '../../core/deps'
import type { CampaignDoc, TaskDoc } from '../../store/docs'

const PAGE = 500

export async function stepCampaign(deps: Deps, campaign: CampaignDoc, deadline: number): Promise<CampaignDoc> {
  const col = deps.store.collection('campaigns')
  if (campaign.status === 'done') return campaign
  const now = Date.now()
  if (campaign.leaseUntil > now) return campaign
  try {
    // Held longer than the longest step (a tick gives campaigns 4 chunk budgets).
    await col.update(campaign._id, { leaseUntil: now + Math.max(60_000, deps.config.chunkBudgetMs * 6) }, { ifRev: campaign._rev })
  } catch {
    return (await col.get(campaign._id)) ?? campaign
  }
  const houses = deps.store.collection('houses')
  const tasks = deps.store.collection('tasks')
  let { village, afterId } = campaign.cursor
  let created = campaign.tasksCreated
  const nowIso = deps.clock.now().toISOString()
  const dueDate = localDate(new Date(campaign.dueAt))
  const street = await streetScope(deps, campaign.streetId)
  const warnings = new Map<string, VillageWarningContext>()
  while (village < campaign.villageIds.length) {
    const villageId = campaign.villageIds[village]!
    if (!street.has(villageId)) {
      village++
      afterId = ''
      continue
    }
    const page = await houses.find({ where: { villageId, _id: { $gt: afterId } }, orderBy: [['villageId', 'asc'], ['_id', 'asc']], limit: PAGE })
    const households = new Map((await deps.store.collection('households').getMany([...new Set(page.map((h) => h.householdId))])).filter((h) => h.status === 'monitored' && street.owns(h)).map((h) => [h._id, h]))
    if (!warnings.has(villageId)) warnings.set(villageId, await villageWarningContext(deps, villageId))
    const wanted: TaskDoc[] = []
    const evacuations: TaskDoc[] = []
    const notices: Notice[] = []
    for (const h of page) {
      const household = households.get(h.householdId)
      if (!household || h.retiredAt) continue
      // Every monitored family hears of the storm, whatever houses the patrol covers.
      const warning = houseWarning(campaign, h, household, warnings.get(villageId)!, nowIso)
      notices.push(...warning.notices)
      if (warning.evacuation) evacuations.push(warning.evacuation)
      if (campaign.scope === 'risky' && !isRiskyHouse(h)) continue
      wanted.push({
        _id: `task-em-${campaign._id}-${h._id}`,
        kind: 'emergencyPatrol',
        streetId: h.streetId,
        villageId: h.villageId,
        householdId: h.householdId,
        houseId: h._id,
        campaignId: campaign._id,
        title: campaign.title,
        dueDate,
        dueAt: campaign.dueAt,
        status: 'open',
        createdAt: nowIso,
        doneAt: null,
      })
    }
    // The page's tasks and warnings in one batch: those a chunk cut short already made are
    // left out, the rest written together (a few requests for hundreds on CloudBase, where
    // one by one each cost a read and a transaction), their village marked once to be
    // counted. The cursor moves only after, so a page cut short is written again whole.
    const made = new Set((await tasks.getMany([...wanted, ...evacuations].map((t) => t._id))).map((t) => t._id))
    const fresh = wanted.filter((t) => !made.has(t._id))
    const toWrite = [...fresh, ...evacuations.filter((t) => !made.has(t._id))]
    if (toWrite.length) await tasks.insertMany(toWrite)
    await enqueueMany(deps, notices, nowIso)
    created += fresh.length
    if (page.length < PAGE) {
      village++
      afterId = ''
    } else afterId = page[page.length - 1]!._id
    // Progress is saved after every page, so the next chunk resumes here.
    await col.update(campaign._id, { cursor: { village, afterId }, tasksCreated: created })
    // Stop with room to spare: the next page must not carry the chunk past its budget.
    if (Date.now() > deadline - deps.config.chunkBudgetMs * 0.1) break
  }
  const done = village >= campaign.villageIds.length
  // At the end, count what exists: a chunk cut short and run again skips what it made.
  if (done) created = await tasks.count({ campaignId: campaign._id })
  await col.update(campaign._id, { status: done ? 'done' : 'running', leaseUntil: 0, tasksCreated: created })
  return (await col.get(campaign._id))!
}
