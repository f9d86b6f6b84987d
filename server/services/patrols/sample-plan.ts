// One street's random patrol sample, worked out without writing anything: which houses of
// which villages a seed draws, and when the street patrols are due. The preview and the
// draw both come through here, so a confirmed draw gives exactly the houses previewed.
import crypto from 'node:crypto'
import dayjs from 'dayjs'
import { AppError, drawSample, sampleSize } from '../../../domain'
import { streetOfCaller, type Ctx } from '../../core/context'
import type { Deps } from '../../core/deps'
import type { SampleDoc } from '../../store/docs'
import { registered, villagePlan } from './monthly-plan'

export interface SampleRequest {
  month: string
  villageIds?: string[]
  mode: 'count' | 'share'
  value: number
  seed?: string
}

export interface SamplePlan {
  streetId: string
  seed: string
  dueDate: string
  villages: SampleDoc['villages']
}

/** By the end of the sampled month, or the configured days after it. */
export const sampleDueDate = (deps: Deps, month: string): string => dayjs(`${month}-01`).endOf('month').add(deps.config.samplePatrolDueDays, 'day').format('YYYY-MM-DD')

export async function planSample(ctx: Ctx, input: SampleRequest): Promise<SamplePlan> {
  const { deps } = ctx
  // One street's villages: the sample belongs to the street they are in, not to whichever street the caller's first grant names.
  for (const v of input.villageIds ?? []) ctx.requireVillage(v)
  const streetId = input.villageIds ? await deps.orgs.commonStreet(input.villageIds) : streetOfCaller(ctx, ['staff'])
  if (!streetId) throw new AppError('VALIDATION', '抽查只能在同一个街道的村（社区）中进行，请分街道抽取')
  const villageIds = input.villageIds ?? (await deps.orgs.villagesUnder(streetId)).map((v) => v._id)
  const seed = input.seed ?? crypto.randomBytes(6).toString('base64url')
  const villages: SampleDoc['villages'] = []
  for (const villageId of [...villageIds].sort()) {
    // Only registered houses can be drawn: a household still waiting for its house (待登记房屋) has nothing to patrol yet.
    const plan = registered(await villagePlan(deps, villageId, input.month))
    const size = sampleSize(plan.length, input.mode, input.value)
    villages.push({ villageId, houses: plan.length, drawn: drawSample(plan.map((p) => ({ houseId: p.houseId, risk: p.risk })), size, `${seed}:${villageId}`) })
  }
  return { streetId, seed, dueDate: sampleDueDate(deps, input.month), villages }
}
