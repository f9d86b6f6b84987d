// After a refused save a form outlines what is wanting, and each outline goes the moment
// its field is filled in — not at the next save, and not when some other field changes.
import { outlines, type PatrolFormValues } from '../../src/features/patrols/buildPatrol'
import { EMPTY_HOUSE_FORM, outlinedField } from '../../src/features/patrols/houses/house-form'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

const target = { patrolId: 'pt-1', houseId: 'ho-1', kind: 'routine' as const, scannedPlate: false }
const empty: PatrolFormValues = { findings: {}, judgment: null, occupied: null, photos: [], fix: null, notes: '' }
const now = new Date('2026-11-30T02:00:00Z')

describe('the patrol form', () => {
  it('outlines nothing before the first save', () => {
    expect(outlines(false, target, empty, now)).toEqual({ missing: { parts: [], judgment: false, occupied: false, photos: false }, message: '' })
  })

  it('after a refused save, a part stops being outlined once it is checked; the others stay', () => {
    const refused = outlines(true, target, empty, now)
    expect(refused.missing.parts).toContain('site')
    const fixed = outlines(true, target, { ...empty, findings: { site: 'ok' } }, now)
    expect(fixed.missing.parts).not.toContain('site')
    expect(fixed.missing.parts).toContain('walls')
    expect(fixed.missing.judgment).toBe(true)
  })

  it('says nothing more once everything is filled in', () => {
    const done: PatrolFormValues = { ...empty, findings: { site: 'ok', foundation: 'ok', walls: 'ok', columnsBeams: 'ok', roof: 'ok', enclosure: 'ok' }, judgment: 'safe', occupied: true }
    expect(outlines(true, target, done, now).message).toBe('')
  })
})

describe('the house form', () => {
  it('keeps the wanting field outlined while another field changes, and lets it go when it is fixed', () => {
    const noFloors = { ...EMPTY_HOUSE_FORM, structure: 'brickWood' as const }
    expect(outlinedField(false, noFloors)).toBeNull()
    expect(outlinedField(true, noFloors)).toBe('floors')
    expect(outlinedField(true, { ...noFloors, address: '玉龙村1组' })).toBe('floors')
    expect(outlinedField(true, { ...noFloors, floors: '2' })).toBe('yearBuilt')
  })
})
