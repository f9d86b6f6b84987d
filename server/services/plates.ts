// House plates (门牌二维码): every house gets a code that opens its page from WeChat's own
// scanner (a 小程序码 in the cloud, an ordinary QR code of the h5 address locally). Street
// staff print a village's sheet (the cloud allows 5,000 codes a minute: a village at a time).
// Only the houses of the village's street's own households are printed, retired ones not.
import crypto from 'node:crypto'
import type { Deps } from '../core/deps'
import { maskName, pageLink } from '../../domain'
import { expireLater } from './file-expiry'
import { streetOfVillage } from './street-scope'
import { PLATES_PER_PAGE, platesPdf, type PlateContent } from './plate-pdf'
import type { HouseDoc, HouseholdDoc } from '../store/docs'

export const PLATE_PAGE = pageLink('inspectorHouse')
/** Short enough for the 32-character scene limit: "h=" and a house id. */
export const plateScene = (houseId: string) => `h=${houseId}`

export const plateImage = (deps: Deps, houseId: string): Promise<Buffer> => deps.codes.image(PLATE_PAGE, plateScene(houseId))

/**
 * A printable PDF sheet (A4, 3 plates a row) of one village's monitored houses, from the
 * `from`-th on. Making the codes takes time (in the cloud one call each), so a sheet stops
 * when the chunk budget is spent and says where the next one starts (`next`).
 */
/** The words under a plate's code: where, whose (masked) and the household's 档案编号. */
export function plateLines(h: Pick<HouseDoc, 'address'>, hh: Pick<HouseholdDoc, 'address' | 'headName' | 'group' | 'fileNo'>, villageName: string): string[] {
  return [h.address || hh.address || villageName, `户主 ${maskName(hh.headName)} · ${villageName}${hh.group}`, hh.fileNo ? `档案编号 ${hh.fileNo} · 巡查时请扫码` : '巡查时请扫码']
}

export async function plateSheet(deps: Deps, villageId: string, userId: string, from = 0): Promise<{ fileId: string; fileName: string; plates: number; next: number | null }> {
  const deadline = Date.now() + deps.config.chunkBudgetMs
  const village = await deps.orgs.get(villageId)
  const street = await streetOfVillage(deps, villageId)
  const households = new Map((await deps.store.collection('households').find({ where: { villageId, status: 'monitored' } })).filter((h) => street.owns(h)).map((h) => [h._id, h]))
  const houses = (await deps.store.collection('houses').find({ where: { villageId }, orderBy: [['villageId', 'asc'], ['_id', 'asc']] })).filter((h) => households.has(h.householdId) && !h.retiredAt)
  const plates: PlateContent[] = []
  let at = from
  // Whole pages at a time, at least one page per sheet.
  while (at < houses.length && (plates.length < PLATES_PER_PAGE || plates.length % PLATES_PER_PAGE !== 0 || Date.now() < deadline)) {
    const h = houses[at++]!
    const hh = households.get(h.householdId)!
    plates.push({ code: await plateImage(deps, h._id), lines: plateLines(h, hh, village?.name ?? '') })
  }
  const next = at < houses.length ? at : null
  const part = from > 0 || next !== null ? `第 ${from + 1}–${at} 张，共 ${houses.length} 张` : `${houses.length} 张`
  const pdf = await platesPdf(`${village?.name ?? ''} 房屋二维码门牌（${part}）`, plates)
  const stored = await deps.files.put(`exports/${userId}/${crypto.randomUUID()}.pdf`, pdf, 'application/pdf')
  await expireLater(deps, stored.fileId, 'export')
  const suffix = from > 0 || next !== null ? `（${from + 1}-${at}）` : ''
  return { fileId: stored.fileId, fileName: `${village?.name ?? ''}房屋门牌${suffix}.pdf`, plates: plates.length, next }
}
