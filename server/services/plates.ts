// House plates (门牌二维码): every house gets a code that opens its page from WeChat's own
// scanner (a 小程序码 in the cloud, an ordinary QR code of the h5 address locally). Street
// staff print a village's sheet (the cloud allows 5,000 codes a minute: a village at a time).
// Only the houses of the village's street's own households are printed.
import crypto from 'node:crypto'
import type { Deps } from '../core/deps'
import type { HouseDoc, HouseholdDoc } from '../store/docs'
import { maskName } from '../../domain'
import { expireLater } from './file-expiry'
import { streetOfVillage } from './street-scope'

export const PLATE_PAGE = 'inspector/pages/house/index'
/** Short enough for the 32-character scene limit: "h=" and a house id. */
export const plateScene = (houseId: string) => `h=${houseId}`

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export const plateImage = (deps: Deps, houseId: string): Promise<Buffer> => deps.codes.image(PLATE_PAGE, plateScene(houseId))

/** A printable sheet (A4, 3 plates a row) of one village's monitored houses. */
export async function plateSheet(deps: Deps, villageId: string, userId: string): Promise<{ fileId: string; fileName: string; plates: number }> {
  const village = await deps.orgs.get(villageId)
  const street = await streetOfVillage(deps, villageId)
  const households = new Map((await deps.store.collection<HouseholdDoc>('households').find({ where: { villageId, status: 'monitored' } })).filter((h) => street.owns(h)).map((h) => [h._id, h]))
  const houses = (await deps.store.collection<HouseDoc>('houses').find({ where: { villageId }, orderBy: [['villageId', 'asc'], ['_id', 'asc']] })).filter((h) => households.has(h.householdId) && !h.retiredAt)
  const cells: string[] = []
  for (const h of houses) {
    const png = await plateImage(deps, h._id)
    const hh = households.get(h.householdId)!
    cells.push(
      `<div class="plate"><div class="title">安居哨 · 房屋安全</div><img src="data:image/png;base64,${png.toString('base64')}" alt=""><div class="addr">${escape(h.address)}</div><div class="who">户主 ${escape(maskName(hh.headName))} · ${escape(hh.group)}</div><div class="hint">巡查时请扫码</div></div>`,
    )
  }
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(village?.name ?? '')}房屋二维码门牌</title><style>
@page{size:A4;margin:10mm}body{font-family:"WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;margin:0}
h1{font-size:18pt;margin:0 0 6mm}.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:4mm}
.plate{border:1.5pt solid #1f5fa8;border-radius:3mm;padding:3mm;text-align:center;break-inside:avoid}
.title{font-weight:bold;color:#1f5fa8;font-size:12pt}img{width:42mm;height:42mm}.addr{font-size:11pt}.who,.hint{font-size:9pt;color:#555}
</style></head><body><h1>${escape(village?.name ?? '')} 房屋二维码门牌（${houses.length} 张）</h1><div class="grid">${cells.join('')}</div></body></html>`
  const stored = await deps.files.put(`exports/${userId}/${crypto.randomUUID()}.html`, Buffer.from(html), 'text/html; charset=utf-8')
  await expireLater(deps, stored.fileId, 'export')
  return { fileId: stored.fileId, fileName: `${village?.name ?? ''}房屋门牌.html`, plates: houses.length }
}
