// 安置点 kept by street staff: one list per village.
import { AppError } from '../../domain'
import { handlers } from '../core/handler'
import { idTaken } from '../core/replay'
import { audit } from '../services/audit'
import { shelterView, villageShelters } from '../services/shelters'
import type { ShelterDoc } from '../store/docs'

export const shelterHandlers = handlers({
  'shelter.list': async (ctx, input) => {
    const { deps } = ctx
    let villageIds: string[]
    if (input.villageId) {
      if (ctx.scope.ownHouseholdId && !ctx.scope.villageIds.has(input.villageId)) {
        const own = await deps.store.collection('households').get(ctx.scope.ownHouseholdId)
        if (own?.villageId !== input.villageId) throw new AppError('FORBIDDEN', '这不是您所在的村（社区）')
      } else ctx.requireVillage(input.villageId)
      villageIds = [input.villageId]
    } else if (ctx.scope.villageIds.size > 0) villageIds = [...ctx.scope.villageIds]
    else {
      // A farmer sees the shelters of his own village.
      const own = ctx.scope.ownHouseholdId ? await deps.store.collection('households').get(ctx.scope.ownHouseholdId) : null
      villageIds = own ? [own.villageId] : []
    }
    const docs = (await Promise.all(villageIds.map((v) => villageShelters(deps, v)))).flat()
    return Promise.all(docs.map((s) => shelterView(deps, s)))
  },

  'shelter.save': async (ctx, input) => {
    const { deps } = ctx
    ctx.requireVillage(input.villageId)
    const street = await deps.orgs.streetOf(input.villageId)
    const col = deps.store.collection('shelters')
    const existing = await col.get(input.shelterId)
    // Staff of the street may correct each other's entries; an id of another street is taken.
    if (existing && !ctx.scope.villageIds.has(existing.villageId)) throw idTaken()
    const doc: ShelterDoc = {
      _id: input.shelterId,
      streetId: street?._id ?? '',
      villageId: input.villageId,
      name: input.name,
      address: input.address,
      contact: input.contact,
      phone: input.phone,
      capacity: input.capacity,
      active: true,
      updatedAt: ctx.now().toISOString(),
      updatedBy: ctx.user._id,
    }
    const same = existing && existing.active && (['villageId', 'name', 'address', 'contact', 'phone', 'capacity'] as const).every((k) => existing[k] === doc[k])
    if (!same) {
      await col.set(doc)
      await audit(deps, ctx.user._id, existing ? 'shelter.edit' : 'shelter.add', doc._id, { villageId: doc.villageId, name: doc.name })
    }
    return shelterView(deps, (await col.get(doc._id))!)
  },

  'shelter.remove': async (ctx, input) => {
    const { deps } = ctx
    const col = deps.store.collection('shelters')
    const existing = await col.get(input.shelterId)
    if (!existing || !ctx.scope.villageIds.has(existing.villageId)) throw new AppError('NOT_FOUND', '没有找到这个安置点')
    if (existing.active) {
      await col.update(existing._id, { active: false, updatedAt: ctx.now().toISOString(), updatedBy: ctx.user._id })
      await audit(deps, ctx.user._id, 'shelter.remove', existing._id, { villageId: existing.villageId, name: existing.name })
    }
    return { removed: true }
  },
})
