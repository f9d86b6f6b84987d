// One hazard case of the demo, told step by step in the words of the state machine:
// found, verified, reported, appraised, made safe, renovated, closed. Each step is a
// real action at its own moment (see SeedScript); the revision is carried along as the
// app's case page carries it.
import type { Contracts, Grade, InputOf } from '../../domain'
import type { HouseDoc } from '../store/docs'
import type { SeedScript } from './seed-script'

const STAFF = 'u-staff-bachuan'
const APPRAISER = 'u-appraiser-bachuan'

type Transition = InputOf<Contracts['case.transition']>
/** Omit over each member of a union, so each action keeps its own fields. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
/** A transition's own fields: the case, its revision and the step id are the story's. */
type Step = OmitEach<Transition, 'caseId' | 'transitionId' | 'expectRev'>

/** Part grades an appraiser would record for each house grade, and what the rule then proposes. */
const FINDINGS: Record<Exclude<Grade, 'A'>, { site: 'a'; foundation: 'a' | 'b'; walls: 'b' | 'c' | 'd'; columnsBeams: 'a' | 'b' | 'c'; roofStructure: 'a' | 'b' | 'c'; floors: 'a' | 'b'; enclosure: 'a' | 'b' | 'c' }> = {
  B: { site: 'a', foundation: 'a', walls: 'b', columnsBeams: 'a', roofStructure: 'b', floors: 'a', enclosure: 'b' },
  C: { site: 'a', foundation: 'b', walls: 'c', columnsBeams: 'b', roofStructure: 'b', floors: 'a', enclosure: 'b' },
  D: { site: 'a', foundation: 'b', walls: 'd', columnsBeams: 'c', roofStructure: 'c', floors: 'b', enclosure: 'c' },
}

const ADVICE: Record<Exclude<Grade, 'A'>, string> = {
  B: '个别构件轻微损坏，建议维修屋面、修补墙面裂缝',
  C: '承重墙体多处开裂，局部危险，建议停止使用危险部位并加固',
  D: '承重墙体严重开裂，屋架变形，整栋危房，建议立即撤离并拆除重建',
}

export class CaseStory {
  caseId = ''
  private rev = 0
  private steps = 0

  constructor(
    private readonly s: SeedScript,
    readonly house: HouseDoc,
    private readonly name: string,
  ) {}

  get inspector(): string {
    return `u-insp-${this.house.villageId.slice(2)}`
  }

  private async opened(caseId: string | null): Promise<this> {
    if (!caseId) throw new Error(`demo case ${this.name} did not open`)
    this.caseId = caseId
    this.rev = (await this.s.call(STAFF, 'case.get', { caseId })).rev
    return this
  }

  /** 村定期排查: the inspector finds a hazard on his round. */
  async patrol(daysAgo: number, hhmm: string, judgment: 'hazard' | 'suspectedDanger', notes: string): Promise<this> {
    this.s.at(daysAgo, hhmm)
    const takenAt = this.s.time(daysAgo, hhmm)
    const serious = judgment === 'suspectedDanger'
    const p = await this.s.call(this.inspector, 'patrol.submit', {
      patrolId: `pt-demo-case-${this.name}`,
      houseId: this.house._id,
      kind: 'routine',
      patrolledAt: takenAt,
      findings: { site: 'ok', foundation: serious ? 'minor' : 'ok', walls: serious ? 'serious' : 'minor', columnsBeams: 'ok', roof: 'minor', enclosure: 'ok' },
      judgment,
      occupied: this.house.occupancy === 'occupied',
      photos: [{ fileId: await this.s.photo(this.inspector), takenAt, lat: this.house.lat, lng: this.house.lng }],
      gps: this.house.lat !== null && this.house.lng !== null ? { lat: this.house.lat, lng: this.house.lng, accuracy: 15 } : null,
      scannedPlate: true,
      notes,
    })
    return this.opened(p.caseId)
  }

  /** 农户日常自查: the farmer answers yes to cracks and sends a photo. */
  async selfCheck(farmer: string, daysAgo: number, hhmm: string, description: string): Promise<this> {
    this.s.at(daysAgo, hhmm)
    const takenAt = this.s.time(daysAgo, hhmm)
    const r = await this.s.call(farmer, 'selfcheck.submit', {
      reportId: `sc-demo-${this.name}`,
      houseId: this.house._id,
      answers: { cracks: true, leaning: false, roof: false, foundation: false, slope: false },
      description,
      photos: [{ fileId: await this.s.photo(farmer), takenAt, lat: null, lng: null }],
      checkedAt: takenAt,
    })
    return this.opened(r.caseId)
  }

  /** 灾后灾损上报: the inspector reports this house damaged by the disaster. */
  async disasterReport(eventId: string, daysAgo: number, hhmm: string): Promise<this> {
    this.s.at(daysAgo, hhmm)
    const e = await this.s.call(this.inspector, 'disaster.report', {
      reportId: `dr-demo-${this.name}`,
      eventId,
      houseId: this.house._id,
      damage: 'severe',
      peopleAffected: 3,
      measures: '已转移到亲戚家',
      major: false,
      photos: [await this.s.photo(this.inspector)],
    })
    return this.opened(e.reports.find((r) => r.houseId === this.house._id)?.caseId ?? null)
  }

  async step(userId: string, daysAgo: number, hhmm: string, step: Step): Promise<this> {
    this.s.at(daysAgo, hhmm)
    const c = await this.s.call(userId, 'case.transition', { ...step, caseId: this.caseId, transitionId: `tr-demo-${this.name}-${++this.steps}`, expectRev: this.rev } as Transition)
    this.rev = c.rev
    return this
  }

  /** The village checks and sends it up: 村核实 then 报街道. */
  async verifyAndReport(daysAgo: number, note: string): Promise<this> {
    await this.step(this.inspector, daysAgo, '15:00', { action: 'verify', note })
    return this.step(this.inspector, daysAgo, '16:30', { action: 'reportToStreet', note: '' })
  }

  /** 安排鉴定 with a seven-day limit. */
  async assign(daysAgo: number): Promise<this> {
    return this.step(STAFF, daysAgo, '10:00', { action: 'assignAppraisal', appraiserId: APPRAISER, dueDate: this.s.day(daysAgo - 7), firm: '' })
  }

  async startAppraisal(daysAgo: number): Promise<this> {
    return this.step(APPRAISER, daysAgo, '09:30', { action: 'startAppraisal', note: '已入户查看' })
  }

  /** 开始鉴定, then 提交鉴定结论 with the grade the guideline's rule proposes. */
  async appraise(startDaysAgo: number, doneDaysAgo: number, grade: Exclude<Grade, 'A'>): Promise<this> {
    await this.startAppraisal(startDaysAgo)
    return this.step(APPRAISER, doneDaysAgo, '16:00', { action: 'submitAppraisal', findings: FINDINGS[grade], grade, overrideReason: '', advice: ADVICE[grade], photos: [await this.s.photo(APPRAISER), await this.s.photo(APPRAISER)] })
  }

  /** Everything up to the appraiser's conclusion, a few days apart as it goes. */
  async foundAndAppraised(foundDaysAgo: number, notes: string, grade: Exclude<Grade, 'A'>): Promise<this> {
    const d = foundDaysAgo
    await this.patrol(d, '10:00', 'suspectedDanger', notes)
    await this.verifyAndReport(d - 1, '情况属实，需专业鉴定')
    await this.assign(d - 3)
    return this.appraise(d - 5, d - 8, grade)
  }

  /** 应急处置: evacuated to relatives with sign and fence, or people still inside. */
  async emergency(daysAgo: number, evacuated: boolean, note = ''): Promise<this> {
    const photos = [await this.s.photo(STAFF)]
    return this.step(STAFF, daysAgo, '11:00', evacuated
      ? { action: 'startEmergency', evacuated: true, evacuatedOn: this.s.day(daysAgo), livingNow: 'relatives', signPosted: true, fenced: true, photos, note }
      : { action: 'startEmergency', evacuated: false, livingNow: 'stillInside', signPosted: true, fenced: false, photos, note })
  }

  /** 纳入改造: the farmer applied, and village, street and district approved in turn. */
  async plan(appliedDaysAgo: number, approvedDaysAgo: number): Promise<this> {
    const review = (daysAgo: number, note: string) => ({ date: this.s.day(daysAgo), result: 'approved' as const, note })
    return this.step(STAFF, approvedDaysAgo, '10:00', {
      action: 'planRenovation',
      appliedBy: 'farmer',
      appliedOn: this.s.day(appliedDaysAgo),
      villageReview: review(appliedDaysAgo - 3, '村民代表评议通过'),
      streetReview: review(appliedDaysAgo - 6, ''),
      districtApproval: review(approvedDaysAgo, ''),
    })
  }

  async startRenovation(daysAgo: number, method: 'rebuild' | 'reinforce', ownFundsFen: number, subsidyFen: number): Promise<this> {
    return this.step(STAFF, daysAgo, '10:00', { action: 'startRenovation', method, ownFundsFen, subsidyFen, startedOn: this.s.day(daysAgo) })
  }

  /** 改造进度: a record in the timeline; it leaves the case's revision as it was. */
  async progress(daysAgo: number, note: string): Promise<this> {
    this.s.at(daysAgo, '14:00')
    await this.s.call(this.inspector, 'case.record', { caseId: this.caseId, entryId: `en-demo-${this.name}-${++this.steps}`, kind: 'progress', note, photos: [await this.s.photo(this.inspector)] })
    return this
  }

  /** 技术指导与监督: street staff look at the works; a problem found is written down with what to fix. */
  async supervise(daysAgo: number, issue?: { check: 'siteSafety' | 'structure' | 'materials' | 'progress'; note: string }): Promise<this> {
    this.s.at(daysAgo, '10:30')
    const checks = { siteSafety: 'ok', structure: 'ok', materials: 'ok', progress: 'ok' } as const
    await this.s.call(STAFF, 'supervision.record', {
      visitId: `sv-demo-${this.name}-${++this.steps}`,
      caseId: this.caseId,
      visitedAt: this.s.time(daysAgo, '10:30'),
      checks: issue ? { ...checks, [issue.check]: 'issue' } : checks,
      note: issue?.note ?? '',
      photos: [await this.s.photo(STAFF)],
    })
    return this
  }

  async accept(daysAgo: number): Promise<this> {
    return this.step(STAFF, daysAgo, '10:00', { action: 'acceptRenovation', acceptedOn: this.s.day(daysAgo), photos: [await this.s.photo(STAFF)], note: '竣工验收合格' })
  }

  /** A B house: 按建议维修后销号. */
  async closeSafe(daysAgo: number, note: string): Promise<this> {
    return this.step(STAFF, daysAgo, '10:00', { action: 'closeSafe', advice: 'repair', note })
  }

  /** A dangerous house nobody will live in again: 租住 / 投亲 instead of renovation. */
  async closeLivingElsewhere(daysAgo: number, reason: string): Promise<this> {
    return this.step(STAFF, daysAgo, '10:00', { action: 'closeOut', route: 'rentOrRelatives', reason })
  }

  /** 销号 after the subsidy was paid. */
  async closeRenovated(paidDaysAgo: number, daysAgo: number): Promise<this> {
    return this.step(STAFF, daysAgo, '10:00', { action: 'closeOut', route: 'renovated', reason: '改造完成，补助已拨付', subsidyPaidOn: this.s.day(paidDaysAgo) })
  }
}
