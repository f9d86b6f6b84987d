// Proposes a house's safety grade from the appraiser's findings, after 《农村住房安全性鉴定
// 技术导则》. The guideline grades each part a/b/c/d, then the house:
//   R1  an unstable site (场地危险) or a d-level foundation makes the whole house D;
//   R2  any d-level load-bearing member (walls, columns and beams, roof structure,
//       floors) makes the house D when it is in the main structure, i.e. two or more
//       load-bearing parts at d, or d in walls together with c elsewhere;
//   R3  a single load-bearing part at d, or any at c, is local danger: C;
//   R4  b-level findings anywhere (or c/d only in the enclosure) leave the main
//       structure safe: B;
//   R5  all a: A.
// The appraiser confirms the proposal or overrides it with a written reason.
import type { Grade } from '../enums'

export const APPRAISAL_PARTS = ['site', 'foundation', 'walls', 'columnsBeams', 'roofStructure', 'floors', 'enclosure'] as const
export type AppraisalPart = (typeof APPRAISAL_PARTS)[number]
export const PART_GRADES = ['a', 'b', 'c', 'd'] as const
export type PartGrade = (typeof PART_GRADES)[number]

export const APPRAISAL_PART_LABELS: Record<AppraisalPart, string> = {
  site: '场地',
  foundation: '地基基础',
  walls: '承重墙体',
  columnsBeams: '柱、梁',
  roofStructure: '屋架、檩条',
  floors: '楼（屋）面板',
  enclosure: '围护结构',
}

/** The guideline's words for each level of each part, shown on the appraisal form. */
export const PART_GRADE_DESCRIPTIONS: Record<AppraisalPart, Record<PartGrade, string>> = {
  site: { a: '场地稳定，无地质灾害隐患', b: '有轻微不利因素，已采取措施', c: '有地质灾害隐患，需治理', d: '滑坡、泥石流等危险地段，场地不稳定' },
  foundation: { a: '地基稳定，无不均匀沉降', b: '轻微不均匀沉降，已稳定', c: '明显不均匀沉降，墙体因沉降开裂', d: '地基失稳，沉降持续发展或基础破坏' },
  walls: { a: '墙体完好，无裂缝', b: '少量细微裂缝', c: '多处裂缝、墙体分离或轻度倾斜', d: '严重开裂、明显倾斜或局部倒塌' },
  columnsBeams: { a: '完好', b: '轻微开裂或腐朽', c: '明显开裂、变形或腐朽虫蛀', d: '断裂、严重变形，丧失承载能力' },
  roofStructure: { a: '完好', b: '个别构件轻微变形', c: '屋架、檩条明显变形或腐朽', d: '屋架、檩条断裂或塌落' },
  floors: { a: '完好', b: '轻微裂缝', c: '明显裂缝或挠曲', d: '断裂、塌落' },
  enclosure: { a: '完好', b: '门窗、隔墙轻微损坏', c: '隔墙开裂、门窗严重变形', d: '隔墙倒塌' },
}

const LOAD_BEARING: AppraisalPart[] = ['walls', 'columnsBeams', 'roofStructure', 'floors']

export interface GradeProposal {
  grade: Grade
  /** Which rule decided, for the appraiser to read. */
  rule: 'R1' | 'R2' | 'R3' | 'R4' | 'R5'
  reason: string
}

export function proposeGrade(findings: Record<AppraisalPart, PartGrade>): GradeProposal {
  if (findings.site === 'd') return { grade: 'D', rule: 'R1', reason: '场地不稳定，整栋房屋危险' }
  if (findings.foundation === 'd') return { grade: 'D', rule: 'R1', reason: '地基基础失稳，整栋房屋危险' }
  const dParts = LOAD_BEARING.filter((p) => findings[p] === 'd')
  const cParts = LOAD_BEARING.filter((p) => findings[p] === 'c')
  if (dParts.length >= 2) return { grade: 'D', rule: 'R2', reason: '两类以上承重构件危险，整栋危房' }
  if (findings.walls === 'd' && (cParts.length > 0 || findings.foundation === 'c')) return { grade: 'D', rule: 'R2', reason: '承重墙体危险且其他承重部分也有明显损坏，整栋危房' }
  if (dParts.length === 1 || cParts.length > 0 || findings.foundation === 'c' || findings.site === 'c') {
    return { grade: 'C', rule: 'R3', reason: '部分承重结构不能满足正常使用，局部危房' }
  }
  if (Object.values(findings).some((g) => g !== 'a')) return { grade: 'B', rule: 'R4', reason: '个别构件有问题，不影响主体结构安全' }
  return { grade: 'A', rule: 'R5', reason: '未发现危险点，满足正常使用' }
}
