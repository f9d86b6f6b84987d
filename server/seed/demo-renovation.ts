// The demo street's renovation as the street runs it: this year's plan (纳入改造计划) holds
// the households whose renovation was approved, with their method and funds in fen, and
// the street keeps two housing options for families who cannot rebuild. Through the actions.
import type { CaseStory } from './demo-case-story'
import type { SeedScript } from './seed-script'

const STAFF = 'u-staff-bachuan'

export interface PlannedStory {
  story: CaseStory
  method: 'rebuild' | 'reinforce'
  plannedFen: number
  paidFen: number
}

export async function seedDemoRenovation(s: SeedScript, planned: PlannedStory[]): Promise<void> {
  s.at(0, '08:30')
  const year = Number(s.day(0).slice(0, 4))
  for (const [i, p] of planned.entries()) {
    await s.call(STAFF, 'renovationPlan.add', {
      entryId: `rp-demo-${i + 1}`,
      year,
      householdId: p.story.house.householdId,
      method: p.method,
      plannedFen: p.plannedFen,
      paidFen: p.paidFen,
      reason: p.method === 'rebuild' ? 'D 级危房，村评议、街道审核、区级审批已通过' : 'C 级危房，修缮加固后可继续居住',
    })
  }
  await s.call(STAFF, 'housing.add', { optionId: 'hs-demo-public-rental', kind: 'publicRental', name: '巴川公租房 3 栋', address: '巴川街道滨河路 8 号', capacity: 4, note: '一楼两套适合老人' })
  await s.call(STAFF, 'housing.add', { optionId: 'hs-demo-idle-school', kind: 'idlePublicHouse', name: '原玉龙村小学教师宿舍', address: '玉龙村 3 组', capacity: 2, note: '已修缮，水电齐全' })
}
