// Hazard cases (case.*): every step from report to closing, records, the critical list.
import { z } from 'zod'
import { PART_GRADES } from '../rules/grade-rule'
import { CLOSE_ROUTES } from '../rules/case-machine'
import { GRADES, type Grade } from '../enums'
import { CASE_SOURCES, CASE_STAGES } from '../cases'
import { id, longText, pageInput, shortText } from '../validation'
import { contract } from './define'
import { fileIdOf } from './file-fields'
import type { CaseEmergency, CaseEventView, CaseRenovation, CaseSummary, FarmerReportView, Page } from '../model'

export interface CaseDetail extends CaseSummary {
  /** The farmer's reports on this case, oldest first. */
  reports: FarmerReportView[]
  assignedAppraiserId: string | null
  appraisalDue: string | null
  appraisal: {
    findings: Record<string, string>
    proposed: Grade
    proposedRule: string
    grade: Grade
    overrideReason: string
    advice: string
    appraiserName: string
    at: string
    /** 鉴定准确: a second appraiser's grade of the same house, once given; `agrees` false is flagged. */
    review: { grade: Grade; agrees: boolean; note: string; reviewerName: string } | null
  } | null
  emergency: CaseEmergency | null
  renovation: CaseRenovation | null
  closeRoute: string | null
  closeReason: string | null
  closedAt: string | null
  /** Actions the caller may take now (for buttons; the server checks again). */
  actions: import('../rules/case-machine').CaseAction[]
  timeline: CaseEventView[]
}

export interface CriticalHouse {
  houseId: string
  householdId: string
  villageId: string
  villageName: string
  headNameMasked: string
  address: string
  /** null while only a patrol's 疑似危房 judgment puts it here (not yet appraised). */
  grade: Grade | null
  /** On the list because a patrol judged it 疑似危房 with people inside. */
  suspected: boolean
  caseId: string | null
  gradedAt: string | null
}

export interface VillageCaseFigures {
  villageId: string
  villageName: string
  found: number
  appraised: number
  dangerous: number
  inRenovation: number
  renovated: number
  overdue: number
  occupiedDangerous: number
}

const day = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const fen = () => z.number().int().min(0).max(100_000_000_00)
const photos = (min = 0) => z.array(fileIdOf('photo')).min(min).max(9).default([])
const review = z.strictObject({ date: day(), result: z.enum(['approved', 'rejected']), note: longText(200).default('') })
const partGrade = z.enum(PART_GRADES)

export const LIVING_NOW = ['relatives', 'rented', 'publicRental', 'repairedPublicHouse', 'happinessCourtyard', 'other', 'stillInside'] as const
export const RENOVATION_METHODS = ['rebuild', 'reinforce', 'publicRental', 'idlePublicHouse', 'rentOrSwap'] as const

const base = { caseId: id(), transitionId: id(), expectRev: z.number().int().min(1) }

export const caseTransitionInput = z.discriminatedUnion('action', [
  z.strictObject({ ...base, action: z.literal('verify'), note: shortText(300) }),
  z.strictObject({ ...base, action: z.literal('dismiss'), note: shortText(300) }),
  z.strictObject({ ...base, action: z.literal('reportToStreet'), note: longText(300).default('') }),
  z.strictObject({ ...base, action: z.literal('assignAppraisal'), appraiserId: id(), dueDate: day(), firm: longText(50).default('') }),
  z.strictObject({ ...base, action: z.literal('startAppraisal'), note: longText(300).default('') }),
  z.strictObject({
    ...base,
    action: z.literal('submitAppraisal'),
    findings: z.strictObject({ site: partGrade, foundation: partGrade, walls: partGrade, columnsBeams: partGrade, roofStructure: partGrade, floors: partGrade, enclosure: partGrade }),
    grade: z.enum(GRADES),
    overrideReason: longText(300).default(''),
    advice: shortText(300),
    photos: photos(1),
    reportFileId: fileIdOf('document').optional(),
  }),
  z.strictObject({ ...base, action: z.literal('closeSafe'), advice: z.enum(['watch', 'repair']), note: longText(300).default('') }),
  z.strictObject({
    ...base,
    action: z.literal('startEmergency'),
    evacuated: z.boolean(),
    evacuatedOn: day().optional(),
    livingNow: z.enum(LIVING_NOW),
    signPosted: z.boolean(),
    fenced: z.boolean(),
    photos: photos(0),
    note: longText(300).default(''),
  }),
  z.strictObject({
    ...base,
    action: z.literal('planRenovation'),
    appliedBy: z.enum(['farmer', 'inspector']),
    appliedOn: day(),
    villageReview: review,
    streetReview: review,
    districtApproval: review,
  }),
  z.strictObject({ ...base, action: z.literal('startRenovation'), method: z.enum(RENOVATION_METHODS), ownFundsFen: fen(), subsidyFen: fen(), startedOn: day() }),
  z.strictObject({ ...base, action: z.literal('acceptRenovation'), acceptedOn: day(), photos: photos(1), note: longText(300).default('') }),
  z.strictObject({
    ...base,
    action: z.literal('closeOut'),
    route: z.enum(CLOSE_ROUTES),
    reason: longText(300).default(''),
    subsidyPaidOn: day().optional(),
    /** 安置房源 the family moved into, when it leaves the house without renovating it. */
    housingOptionId: id().optional(),
  }),
])

export const caseContracts = {
  'case.transition': contract<CaseDetail>()({
    input: caseTransitionInput,
    roles: ['inspector', 'staff', 'appraiser'],
    writes: true,
    example: { caseId: 'case-example', transitionId: 'tr-example-1', expectRev: 1, action: 'verify', note: '已到现场核实' },
    fileExamples: [
      {
        caseId: 'case-example', transitionId: 'tr-example-2', expectRev: 3, action: 'submitAppraisal',
        findings: { site: 'a', foundation: 'a', walls: 'c', columnsBeams: 'b', roofStructure: 'a', floors: 'a', enclosure: 'a' },
        grade: 'C', advice: '局部危险，及时加固', photos: ['local://uploads/u-appraiser-bachuan/wall.jpg'], reportFileId: 'local://uploads/u-appraiser-bachuan/report.pdf',
      },
      { caseId: 'case-example', transitionId: 'tr-example-3', expectRev: 4, action: 'startEmergency', evacuated: false, livingNow: 'stillInside', signPosted: true, fenced: false, photos: ['local://uploads/u-staff-bachuan/sign.jpg'] },
      { caseId: 'case-example', transitionId: 'tr-example-4', expectRev: 8, action: 'acceptRenovation', acceptedOn: '2026-11-20', photos: ['local://uploads/u-staff-bachuan/done.jpg'] },
    ],
  }),
  'case.record': contract<CaseDetail>()({
    input: z.strictObject({
      caseId: id(),
      entryId: id(),
      kind: z.enum(['progress', 'evacuation', 'warningSign', 'fence', 'note']),
      note: shortText(300),
      photos: photos(0),
      evacuatedOn: day().optional(),
      livingNow: z.enum(LIVING_NOW).optional(),
    }),
    roles: ['inspector', 'staff'],
    writes: true,
    example: { caseId: 'case-example', entryId: 'en-example-1', kind: 'note', note: '已电话联系农户' },
    fileExamples: [{ caseId: 'case-example', entryId: 'en-example-2', kind: 'progress', note: '主体完工', photos: ['local://uploads/u-insp-yulong/progress.jpg'] }],
  }),
  'case.open': contract<CaseDetail>()({
    input: z.strictObject({ caseId: id(), houseId: id(), summary: shortText(300) }),
    roles: ['inspector', 'staff'],
    writes: true,
    example: { caseId: 'case-manual-1', houseId: 'ho-yulong-00001-1', summary: '群众反映房屋开裂' },
  }),
  'case.get': contract<CaseDetail>()({
    input: z.strictObject({ caseId: id() }),
    roles: ['farmer', 'inspector', 'staff', 'appraiser', 'leader'],
    writes: false,
    example: { caseId: 'case-example' },
  }),
  'case.list': contract<Page<CaseSummary>>()({
    input: z.strictObject({
      villageId: id().optional(),
      stage: z.enum([...CASE_STAGES, 'open']).default('open'),
      overdueOnly: z.boolean().default(false),
      mine: z.boolean().default(false),
      /** Only cases that came this way, e.g. the farmers' own reports. */
      source: z.enum(CASE_SOURCES).optional(),
      /** Only cases closed this way (the dashboard's 已改造: renovated); the stage is then closed. */
      closeRoute: z.enum(CLOSE_ROUTES).optional(),
      ...pageInput,
    }),
    roles: ['inspector', 'staff', 'appraiser', 'leader'],
    writes: false,
    example: { stage: 'open' },
  }),
  'case.requestRenovation': contract<CaseSummary>()({
    // 由农户本人提出危房改造申请: on his own case, once it is graded C or D.
    input: z.strictObject({ caseId: id(), note: longText(200).default('') }),
    roles: ['farmer'],
    writes: true,
    example: { caseId: 'case-example', note: '房子太危险，想申请改造' },
  }),
  'case.mine': contract<CaseSummary[]>()({
    input: z.strictObject({}),
    roles: ['farmer'],
    writes: false,
    example: {},
  }),
  'case.critical': contract<CriticalHouse[]>()({
    input: z.strictObject({ villageId: id().optional() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: {},
  }),
  'case.villageFigures': contract<VillageCaseFigures[]>()({
    input: z.strictObject({}),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: {},
  }),
  'case.appraisers': contract<Array<{ id: string; name: string }>>()({
    input: z.strictObject({}),
    roles: ['staff'],
    writes: false,
    example: {},
  }),
}
