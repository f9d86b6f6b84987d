// The street's random patrol: preview how many houses each village gives, draw with a seed, look it up.
import crypto from 'node:crypto'
import { AppError, type SampleView } from '../../domain'
import type { Ctx } from '../core/context'
import { handlers } from '../core/handler'
import { ownReplay } from '../core/replay'
import { audit } from '../services/audit'
import { planSample } from '../services/patrols/sample-plan'
import type { SampleDoc } from '../store/docs'

async function sampleView(ctx: Ctx, s: SampleDoc): Promise<SampleView> {
  return {
    id: s._id,
    month: s.month,
    seed: s.seed,
    mode: s.mode,
    value: s.value,
    createdAt: s.createdAt,
    createdBy: s.createdBy,
    villages: await Promise.all(s.villages.map(async (v) => ({ ...v, villageName: (await ctx.deps.orgs.get(v.villageId))?.name ?? '' }))),
  }
}

export const sampleHandlers = handlers({
  'sample.preview': async (ctx, input) => {
    const plan = await planSample(ctx, input)
    const villages = await Promise.all(plan.villages.map(async (v) => ({ villageId: v.villageId, villageName: (await ctx.deps.orgs.get(v.villageId))?.name ?? '', houses: v.houses, drawn: v.drawn.length })))
    return { month: input.month, seed: plan.seed, dueDate: plan.dueDate, villages, total: villages.reduce((n, v) => n + v.drawn, 0) }
  },

  'sample.draw': async (ctx, input) => {
    const { deps } = ctx
    const col = deps.store.collection('samples')
    const view = (s: SampleDoc) => sampleView(ctx, s)
    for (const v of input.villageIds ?? []) ctx.requireVillage(v)
    const existing = await col.get(input.sampleId)
    if (existing) return view(ownReplay(existing, (s) => s.createdBy === ctx.user._id))
    const { streetId, seed, dueDate: due, villages } = await planSample(ctx, input)
    const villageIds = villages.map((v) => v.villageId)
    const nowIso = ctx.now().toISOString()
    const doc: SampleDoc = { _id: input.sampleId, streetId, month: input.month, seed, mode: input.mode, value: input.value, villages, createdAt: nowIso, createdBy: ctx.user._id }
    await col.insert(doc)
    // Each drawn house becomes a street patrol task, due at the end of the month (configurable).
    const houses = new Map((await deps.store.collection('houses').getMany(villages.flatMap((v) => v.drawn))).map((h) => [h._id, h]))
    for (const h of houses.values()) {
      await deps.store.collection('tasks').set({
        // Short enough to come back as a patrol's taskId (ids are at most 64 characters), stable for a replay.
        _id: `task-sp-${crypto.createHash('sha256').update(`${doc._id}:${h._id}`).digest('base64url').slice(0, 32)}`,
        kind: 'streetPatrol',
        sampleId: doc._id,
        streetId,
        villageId: h.villageId,
        householdId: h.householdId,
        houseId: h._id,
        title: '街道随机巡查',
        dueDate: due,
        status: 'open',
        createdAt: nowIso,
        doneAt: null,
      })
    }
    await audit(deps, ctx.user._id, 'sample.draw', doc._id, { seed, mode: input.mode, value: input.value, villages: villageIds.length })
    return view(doc)
  },

  'sample.get': async (ctx, input) => {
    const s = await ctx.deps.store.collection('samples').get(input.sampleId)
    if (!s || !ctx.streetsWith(['staff', 'leader']).includes(s.streetId)) throw new AppError('NOT_FOUND', '没有找到这次抽查')
    return sampleView(ctx, s)
  },
})
