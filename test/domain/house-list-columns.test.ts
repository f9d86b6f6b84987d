import { parseHouseCells } from '../../domain'

describe('the house columns of a census list', () => {
  it('read the census words for a structure and an area with two decimals exactly', () => {
    expect(parseHouseCells({ structure: '土木', floors: '1', yearBuilt: '1975', floorArea: '86.35' }, 2026).house).toEqual({ structure: 'earth', floors: 1, yearBuilt: 1975, floorAreaCm2: 863500, lat: null, lng: null })
    expect(parseHouseCells({ structure: '土木（夯土）结构', floors: '1', yearBuilt: '1975', floorArea: '86' }, 2026).house?.structure).toBe('earth')
  })

  it('leave a row without house cells alone', () => {
    expect(parseHouseCells({}, 2026)).toEqual({ house: null, errors: [] })
  })

  it('refuse half a house, a future year, three decimals and a point outside China', () => {
    const column = (cells: Parameters<typeof parseHouseCells>[0]) => parseHouseCells(cells, 2026).errors.map((e) => e.column)
    const full = { structure: '砖混结构', floors: '2', yearBuilt: '1990', floorArea: '80' }
    expect(column({ structure: '砖混结构' })).toEqual(['层数、建成年份、建筑面积'])
    expect(column({ ...full, yearBuilt: '2027' })).toEqual(['建成年份'])
    expect(column({ ...full, floors: '11' })).toEqual(['层数'])
    expect(column({ ...full, floorArea: '80.125' })).toEqual(['建筑面积'])
    expect(column({ ...full, lng: '107.7' })).toEqual(['经度、纬度'])
    expect(column({ ...full, lng: '2.35', lat: '48.85' })).toEqual(['经度'])
  })
})
