// The hazard cases of the demo street: some in every stage of 发现 → 鉴定 → 处置 → 改造 →
// 销号, so that a newcomer's first look at the cases, the critical list and the
// renovation figures shows a street at work. Among them a farmer's own report, a flood
// whose damage reports are in, houses appraised C and D (two still lived in),
// renovations under way and done with their funds in whole fen, and exactly one step
// past its limit (an appraisal). Every step is taken through the app's actions.
import type { Deps } from '../core/deps'
import { CaseStory } from './demo-case-story'
import { DemoHouses, type HouseWish } from './demo-houses'
import { BACHUAN_VILLAGES } from './demo-orgs'
import { SeedScript } from './seed-script'
import { seedDemoRenovation } from './demo-renovation'

const STAFF = 'u-staff-bachuan'
const FARMER = 'u-farmer-yulong'
/** The demo farmer's own house: the first household of 玉龙村. */
const FARMER_HOUSE = 'ho-yulong-00001-1'

export async function seedDemoCases(deps: Deps): Promise<number> {
  const s = new SeedScript(deps)
  const houses = await DemoHouses.load(deps, BACHUAN_VILLAGES.map((v) => v.id))
  houses.reserve(FARMER_HOUSE)
  const stories: CaseStory[] = []
  // Each story in the next village, so the cases spread over the street.
  const story = (name: string, wish: HouseWish) => {
    const c = new CaseStory(s, houses.pick(stories.length, wish), name)
    stories.push(c)
    return c
  }

  await s.play(async () => {
    // This week: the farmer's own report, and two the village found.
    const farmerHouse = (await deps.store.collection('houses').get(FARMER_HOUSE))!
    const own = new CaseStory(s, farmerHouse, 'farmer')
    stories.push(own)
    await own.selfCheck(FARMER, 2, '08:40', '堂屋后墙新出现一条斜裂缝，下雨后更明显')
    const verified = story('verified', 'sound')
    await verified.patrol(2, '10:20', 'hazard', '厨房外墙开裂，屋面有漏雨')
    await verified.step(verified.inspector, 1, '15:00', { action: 'verify', note: '到现场核实，裂缝约 2 米长' })
    const toStreet = story('to-street', 'sound')
    await toStreet.patrol(4, '09:50', 'suspectedDanger', '承重墙明显开裂，墙体向外倾斜')
    await toStreet.verifyAndReport(1, '墙体倾斜属实，需专业鉴定')

    // With the appraiser: one past its seven-day limit, one being appraised now.
    const late = story('late', 'sound')
    await late.patrol(20, '10:00', 'suspectedDanger', '土墙房屋墙脚被雨水掏空')
    await late.verifyAndReport(19, '墙脚掏空约 30 厘米')
    await late.assign(16)
    const appraising = story('appraising', 'sound')
    await appraising.patrol(9, '11:00', 'hazard', '屋架檩条腐朽下垂')
    await appraising.verifyAndReport(8, '檩条下垂明显')
    await appraising.assign(6)
    await appraising.startAppraisal(2)

    // Appraised dangerous while people still live there: first on the critical list.
    await story('appraised', 'dangerousOccupied').foundAndAppraised(9, '墙体多处裂缝，老人仍在居住', 'D')
    const inside = story('still-inside', 'dangerousOccupied')
    await inside.foundAndAppraised(16, '后墙开裂，屋面漏雨', 'C')
    await inside.emergency(7, false, '老人不愿搬离，已设警示标志，村里每天上门劝导')

    // A flood three weeks ago: both villages reported in time, one house badly damaged.
    const flooded = story('flood', 'sound')
    const neighbour = houses.villageIds.find((v) => v !== flooded.house.villageId)!
    s.at(25, '07:30')
    await s.call(STAFF, 'disaster.declare', { eventId: 'de-demo-flood', kind: 'flood', occurredAt: s.time(25, '04:00'), villageIds: [flooded.house.villageId, neighbour], description: '连续强降雨引发山洪，沿河低洼处房屋进水' })
    await flooded.disasterReport('de-demo-flood', 24, '16:00')
    for (const v of [flooded.house.villageId, neighbour]) {
      s.at(23, '18:00')
      await s.call(`u-insp-${v.slice(2)}`, 'disaster.villageDone', { eventId: 'de-demo-flood', villageId: v, note: v === neighbour ? '本村无受损房屋' : '' })
    }
    await flooded.verifyAndReport(23, '后墙被冲出缺口，屋内进水')
    await flooded.assign(22)
    await flooded.appraise(20, 19, 'D')
    await flooded.emergency(18, true)

    // Closed without renovation: a B house to be repaired, a false alarm, a family moved away.
    const repair = story('repair', 'sound')
    await repair.foundAndAppraised(32, '屋面瓦片滑落，檩条轻微变形', 'B')
    await repair.closeSafe(23, '已告知农户维修屋面')
    const falseAlarm = story('false-alarm', 'sound')
    await falseAlarm.patrol(14, '10:00', 'hazard', '墙面有裂纹')
    await falseAlarm.step(falseAlarm.inspector, 13, '15:00', { action: 'dismiss', note: '核实为墙面抹灰层脱落，主体结构完好' })
    const movedAway = story('moved-away', 'dangerousEvacuated')
    await movedAway.foundAndAppraised(80, '墙体严重开裂，已无人居住', 'D')
    await movedAway.emergency(71, true)
    await movedAway.closeLivingElsewhere(60, '户主已随子女到城区居住，原房屋不再住人')

    // 纳入改造, being renovated, accepted, and done: the renovation figures.
    const planned = story('planned', 'dangerousEvacuated')
    await planned.foundAndAppraised(60, '墙体开裂，屋架变形', 'D')
    await planned.emergency(51, true)
    await planned.plan(45, 35)
    const rebuilding = story('rebuilding', 'dangerousEvacuated')
    await rebuilding.foundAndAppraised(120, '土坯墙大面积开裂', 'D')
    await rebuilding.emergency(111, true)
    await rebuilding.plan(105, 95)
    await rebuilding.startRenovation(80, 'rebuild', 4_500_000, 3_500_000)
    await rebuilding.supervise(50, { check: 'materials', note: '部分砖块强度不足，已要求退换' })
    await rebuilding.progress(30, '新房主体已完工，正在封顶')
    const reinforcing = story('reinforcing', 'dangerousEvacuated')
    await reinforcing.foundAndAppraised(70, '承重墙多处裂缝', 'C')
    await reinforcing.emergency(61, true)
    await reinforcing.plan(58, 48)
    await reinforcing.startRenovation(40, 'reinforce', 600_000, 1_200_000)
    await reinforcing.progress(12, '墙体加固完成，正在更换屋面')
    const accepted = story('accepted', 'dangerousEvacuated')
    await accepted.foundAndAppraised(150, '墙体开裂，屋面漏雨', 'C')
    await accepted.emergency(141, true)
    await accepted.plan(135, 125)
    await accepted.startRenovation(110, 'reinforce', 865_050, 1_500_000)
    await accepted.supervise(60)
    await accepted.accept(12)
    const rebuilt = story('rebuilt', 'dangerousEvacuated')
    await rebuilt.foundAndAppraised(175, '房屋整体倾斜', 'D')
    await rebuilt.emergency(166, true)
    await rebuilt.plan(160, 150)
    await rebuilt.startRenovation(140, 'rebuild', 3_860_000, 3_500_000)
    await rebuilt.supervise(90)
    await rebuilt.accept(40)
    await rebuilt.closeRenovated(30, 28)
    const reinforced = story('reinforced', 'dangerousEvacuated')
    await reinforced.foundAndAppraised(165, '承重墙开裂', 'C')
    await reinforced.emergency(156, true)
    await reinforced.plan(150, 140)
    await reinforced.startRenovation(130, 'reinforce', 712_300, 1_500_000)
    await reinforced.supervise(100)
    await reinforced.accept(60)
    await reinforced.closeRenovated(50, 48)
    await seedDemoRenovation(s, [
      { story: planned, method: 'rebuild', plannedFen: 3_500_000, paidFen: 0 },
      { story: rebuilding, method: 'rebuild', plannedFen: 3_500_000, paidFen: 1_750_000 },
      { story: reinforcing, method: 'reinforce', plannedFen: 1_200_000, paidFen: 600_000 },
      { story: accepted, method: 'reinforce', plannedFen: 1_500_000, paidFen: 1_500_000 },
    ])
  })
  return stories.length
}
