// The optional house columns of the 自建房 census a department list may carry (结构, 层数,
// 建成年份, 建筑面积, 经度, 纬度): which header is which, and what makes them valid. Pure.
import { STRUCTURE_LABELS, STRUCTURES, type Structure } from '../enums'

/** A problem with one cell of a list row, named by its column header. */
export interface RowError {
  column: string
  message: string
}

export const HOUSE_LIST_COLUMNS = ['structure', 'floors', 'yearBuilt', 'floorArea', 'lng', 'lat'] as const
export type HouseListColumn = (typeof HOUSE_LIST_COLUMNS)[number]

export const HOUSE_COLUMN_HEADERS: Record<HouseListColumn, string[]> = {
  structure: ['结构', '房屋结构', '结构类型', '建筑结构'],
  floors: ['层数', '房屋层数', '建筑层数'],
  yearBuilt: ['建成年份', '建造年份', '建房年份', '建成年代'],
  floorArea: ['建筑面积', '建筑面积（平方米）', '建筑面积（㎡）'],
  lng: ['经度'],
  lat: ['纬度'],
}

/** The house a list row describes, as stored values. */
export interface ListHouse {
  structure: Structure
  floors: number
  yearBuilt: number
  floorAreaCm2: number
  lat: number | null
  lng: number | null
}

const STRUCTURE_BY_LABEL = new Map<string, Structure>()
for (const s of STRUCTURES) {
  const label = STRUCTURE_LABELS[s]
  STRUCTURE_BY_LABEL.set(label, s)
  // "砖混" for "砖混结构", "土木" for "土木（夯土）结构": the census writes both.
  STRUCTURE_BY_LABEL.set(label.replace(/结构$/, ''), s)
  STRUCTURE_BY_LABEL.set(label.replace(/（.*）/, ''), s)
  STRUCTURE_BY_LABEL.set(label.replace(/（.*）/, '').replace(/结构$/, ''), s)
}

export const HOUSE_COLUMNS_INCOMPLETE = '房屋信息要填全：结构、层数、建成年份、建筑面积'

/**
 * The row's house, or null when its house cells are all empty (no house columns, or this
 * household's house is left as it is). `year` is this year, the latest valid 建成年份.
 */
export function parseHouseCells(cells: Partial<Record<HouseListColumn, string>>, year: number): { house: ListHouse | null; errors: RowError[] } {
  const get = (c: HouseListColumn) => (cells[c] ?? '').trim()
  const header = (c: HouseListColumn) => HOUSE_COLUMN_HEADERS[c][0]!
  if (HOUSE_LIST_COLUMNS.every((c) => !get(c))) return { house: null, errors: [] }
  const errors: RowError[] = []
  const main: HouseListColumn[] = ['structure', 'floors', 'yearBuilt', 'floorArea']
  if (main.some((c) => !get(c))) errors.push({ column: main.filter((c) => !get(c)).map(header).join('、'), message: HOUSE_COLUMNS_INCOMPLETE })

  const structure = STRUCTURE_BY_LABEL.get(get('structure').replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）'))
  if (get('structure') && !structure) errors.push({ column: header('structure'), message: `不认识的结构：${get('structure')}。可填：${STRUCTURES.map((s) => STRUCTURE_LABELS[s]).join('、')}` })
  const floors = Number(get('floors'))
  if (get('floors') && (!Number.isInteger(floors) || floors < 1 || floors > 10)) errors.push({ column: header('floors'), message: '层数应为 1 到 10 的整数' })
  const yearBuilt = Number(get('yearBuilt'))
  if (get('yearBuilt') && (!Number.isInteger(yearBuilt) || yearBuilt < 1900 || yearBuilt > year)) errors.push({ column: header('yearBuilt'), message: `建成年份应为 1900 到 ${year} 之间的年份` })
  const area = get('floorArea')
  if (area && (!/^\d+(\.\d{1,2})?$/.test(area) || Number(area) <= 0 || Number(area) > 100000)) errors.push({ column: header('floorArea'), message: '建筑面积应为大于 0 的平方米数，最多两位小数' })

  const [rawLng, rawLat] = [get('lng'), get('lat')]
  let lat: number | null = null
  let lng: number | null = null
  if (!!rawLng !== !!rawLat) errors.push({ column: `${header('lng')}、${header('lat')}`, message: '经度和纬度要一起填，或者都不填' })
  else if (rawLng) {
    ;[lng, lat] = [Number(rawLng), Number(rawLat)]
    // Mainland China lies within about 73–136°E, 3–54°N.
    if (!Number.isFinite(lng) || lng < 73 || lng > 136) errors.push({ column: header('lng'), message: '经度应在 73 到 136 之间（中国境内）' })
    if (!Number.isFinite(lat) || lat < 3 || lat > 54) errors.push({ column: header('lat'), message: '纬度应在 3 到 54 之间（中国境内）' })
  }
  if (errors.length) return { house: null, errors }
  // m² with at most two decimals → integer cm² (m² × 10,000), without float drift.
  const [whole, frac = ''] = area.split('.')
  const floorAreaCm2 = Number(whole) * 10000 + Number(frac.padEnd(2, '0')) * 100
  return { house: { structure: structure!, floors, yearBuilt, floorAreaCm2, lat, lng }, errors }
}
