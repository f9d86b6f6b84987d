// A household listed the way a real street starts: through a civil-affairs list import,
// with no house yet; and house registrations as the inspector's phone sends them.
import { leavingCount } from './imports'
import crypto from 'node:crypto'
import { CATEGORY_LABELS, DEPARTMENT_OF_CATEGORY, type Contracts, type InputOf } from '../../domain'
import type { HouseholdDoc } from '../../server/store/docs'
import { LIST_HEADER, runToRest, startImport, validId } from './list-import'
import { DEMO, ok, type TestEnv } from './local-env'
import { uploadPhoto } from './patrols'
import { xlsxOf } from './sheets'

export type RegisterInput = InputOf<Contracts['house.register']>

/** Imports the village's civil list again with one new household; returns that household. */
export async function listNewHousehold(env: TestEnv, opts: { villageId?: string; villageName?: string; name?: string; idFirst17?: string } = {}): Promise<HouseholdDoc> {
  const villageId = opts.villageId ?? 'v-yulong'
  const villageName = opts.villageName ?? '玉龙村'
  const id = validId(opts.idFirst17 ?? '50022419620304551')
  const listed = await env.rt.store.collection('households').find({ where: { villageId, status: 'monitored' } })
  const rows: Array<Array<string | number>> = [LIST_HEADER]
  for (const h of listed) {
    const civil = h.categories.find((c) => DEPARTMENT_OF_CATEGORY[c] === 'civil')
    if (civil) rows.push([villageName, h.group, h.headName, env.rt.deps.personal.open(h.idEnc), '', CATEGORY_LABELS[civil], h.members, h.address])
  }
  rows.push([villageName, '2组', opts.name ?? '李新户', id, '13900001111', '低保户', 2, `${villageName}2组8号`])
  const { importId } = await startImport(env, await xlsxOf(rows), 'civil')
  await runToRest(env, importId)
  ok(await env.call(DEMO.staffBachuan, 'import.apply', { importId, excludeErrorRows: true, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, DEMO.staffBachuan, importId) }))
  await runToRest(env, importId)
  return (await env.rt.store.collection('households').find({ where: { idHash: env.rt.deps.personal.hash(id) } }))[0]!
}

/** A complete registration with one freshly uploaded photo of the inspector's. */
export async function registration(env: TestEnv, userId: string, householdId: string, overrides: Partial<RegisterInput> = {}): Promise<RegisterInput> {
  return {
    houseId: `ho-${crypto.randomUUID()}`,
    householdId,
    structure: 'brickWood',
    floors: 2,
    yearBuilt: 1998,
    floorArea: 96.5,
    address: '玉龙村2组8号',
    occupancy: 'occupied',
    siteHazards: ['slope'],
    gps: { lat: 29.35, lng: 105.93, accuracy: 12 },
    photos: [{ fileId: await uploadPhoto(env, userId), takenAt: '2026-11-28T09:00:00+08:00', lat: 29.35, lng: 105.93 }],
    registeredAt: '2026-11-28T09:30:00+08:00',
    ...overrides,
  }
}
