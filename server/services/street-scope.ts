// The rule every street-scoped job keeps (imports, quarterly reports, ledger exports, plate
// sheets): it reads and writes only the villages of its own street. A job's stored list of
// villages is checked against the org tree whenever it is used, never trusted, and a
// household counts as the street's only when both its street and its village say so.
import { AppError } from '../../domain'
import type { Ctx } from '../core/context'
import type { Deps } from '../core/deps'

/** A street with its villages, as the org directory has them now. */
export interface StreetScope {
  streetId: string
  streetName: string
  villageIds: ReadonlySet<string>
  /** The name of a village of the street (its id for any other). */
  nameOf: (villageId: string) => string
  has: (villageId: string) => boolean
  /** True when the household is the street's: its street and its village agree. */
  owns: (h: { streetId: string; villageId: string }) => boolean
  /** The ids kept in order, without any village of another street. */
  only: (villageIds: Iterable<string>) => string[]
}

export async function streetScope(deps: Deps, streetId: string): Promise<StreetScope> {
  const villages = await deps.orgs.villagesUnder(streetId)
  const street = await deps.orgs.get(streetId)
  const names = new Map(street?.level === 'street' ? villages.map((v) => [v._id, v.name]) : [])
  const has = (id: string) => names.has(id)
  return {
    streetId,
    streetName: street?.name ?? '',
    villageIds: new Set(names.keys()),
    nameOf: (id) => names.get(id) ?? id,
    has,
    owns: (h) => h.streetId === streetId && has(h.villageId),
    only: (ids) => [...ids].filter(has),
  }
}

/**
 * The street a job without a named village works for: the street of the caller's
 * street-level grant, else the street of the caller's (first) village. One account may
 * hold grants in two streets; a street-wide job still covers one.
 */
export async function streetOfScope(ctx: Ctx): Promise<StreetScope> {
  for (const g of ctx.scope.grants) {
    const org = await ctx.deps.orgs.get(g.orgId)
    if (org?.level === 'street') return streetScope(ctx.deps, org._id)
  }
  const [first] = [...ctx.scope.villageIds].sort()
  const street = first ? await ctx.deps.orgs.streetOf(first) : null
  if (!street) throw new AppError('FORBIDDEN')
  return streetScope(ctx.deps, street._id)
}

/** The street of a village, as a scope. */
export async function streetOfVillage(deps: Deps, villageId: string): Promise<StreetScope> {
  const street = await deps.orgs.streetOf(villageId)
  if (!street) throw new AppError('NOT_FOUND', '没有找到这个村（社区）')
  return streetScope(deps, street._id)
}

/** The name of the street a household of another street belongs to, for messages. */
export async function streetNameOf(deps: Deps, h: { streetId: string; villageId: string }): Promise<string> {
  const byTree = await deps.orgs.streetOf(h.villageId)
  const named = (await deps.orgs.get(h.streetId)) ?? byTree
  return named?.name ?? '其他街道'
}
