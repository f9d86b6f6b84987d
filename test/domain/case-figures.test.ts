// 改造中 means one set of cases: the renovation card and the stage row count the same.
import { CASE_STAGE_LABELS, inRenovationCount, isInRenovation, openStageRows, renovationRows } from '../../domain'

const byStage = { reported: 3, renovationPlanned: 2, renovating: 2, accepted: 1 } as const

it("the renovation card's 改造中 is the stage row's 改造中", () => {
  const card = renovationRows(byStage).find((r) => CASE_STAGE_LABELS[r.stage] === '改造中')!
  const row = openStageRows(byStage).find((r) => CASE_STAGE_LABELS[r.stage] === '改造中')!
  expect(card.count).toBe(row.count)
  expect(card.count).toBe(2)
})

it('the renovation is 纳入改造, 改造中 and 竣工验收, counted once each', () => {
  expect(renovationRows(byStage).map((r) => CASE_STAGE_LABELS[r.stage])).toEqual(['纳入改造', '改造中', '竣工验收'])
  expect(inRenovationCount(byStage)).toBe(5)
  expect(isInRenovation('appraised')).toBe(false)
  expect(isInRenovation('closed')).toBe(false)
})

it('the stage row shows only stages that have open cases', () => {
  expect(openStageRows(byStage).map((r) => r.stage)).toEqual(['reported', 'renovationPlanned', 'renovating', 'accepted'])
})
