// One test per rule of the guideline that the grade proposal encodes.
import { proposeGrade, type AppraisalPart, type PartGrade } from '../../domain'

const allA: Record<AppraisalPart, PartGrade> = { site: 'a', foundation: 'a', walls: 'a', columnsBeams: 'a', roofStructure: 'a', floors: 'a', enclosure: 'a' }
const grade = (over: Partial<Record<AppraisalPart, PartGrade>>) => proposeGrade({ ...allA, ...over })

describe('the proposed safety grade', () => {
  it('R1: an unstable site makes the whole house D', () => {
    expect(grade({ site: 'd' })).toMatchObject({ grade: 'D', rule: 'R1' })
  })
  it('R1: a failing foundation makes the whole house D', () => {
    expect(grade({ foundation: 'd' })).toMatchObject({ grade: 'D', rule: 'R1' })
  })
  it('R2: two load-bearing parts at d make the house D', () => {
    expect(grade({ walls: 'd', roofStructure: 'd' })).toMatchObject({ grade: 'D', rule: 'R2' })
  })
  it('R2: dangerous walls with other load-bearing damage make the house D', () => {
    expect(grade({ walls: 'd', columnsBeams: 'c' })).toMatchObject({ grade: 'D', rule: 'R2' })
  })
  it('R3: one load-bearing part at d alone is local danger, C', () => {
    expect(grade({ roofStructure: 'd' })).toMatchObject({ grade: 'C', rule: 'R3' })
  })
  it('R3: load-bearing parts at c are local danger, C', () => {
    expect(grade({ walls: 'c' })).toMatchObject({ grade: 'C', rule: 'R3' })
  })
  it('R3: obvious uneven settlement of the foundation is C', () => {
    expect(grade({ foundation: 'c' })).toMatchObject({ grade: 'C', rule: 'R3' })
  })
  it('R4: b-level findings leave the main structure safe, B', () => {
    expect(grade({ walls: 'b', floors: 'b' })).toMatchObject({ grade: 'B', rule: 'R4' })
  })
  it('R4: damage only to the enclosure does not make a dangerous house', () => {
    expect(grade({ enclosure: 'd' })).toMatchObject({ grade: 'B', rule: 'R4' })
  })
  it('R5: everything at a is A', () => {
    expect(grade({})).toMatchObject({ grade: 'A', rule: 'R5' })
  })
})
