// 危房改造 as the street runs it (seed 五, 六): the vocabulary of supervision visits during
// the works, the yearly renovation plan and the street's housing options for people who
// cannot rebuild.

/** 技术指导与监督: what a visit looks at on the building site. */
export const SUPERVISION_CHECKS = ['siteSafety', 'structure', 'materials', 'progress'] as const
export type SupervisionCheck = (typeof SUPERVISION_CHECKS)[number]

export const SUPERVISION_CHECK_LABELS: Record<SupervisionCheck, string> = {
  siteSafety: '施工安全',
  structure: '结构措施',
  materials: '材料质量',
  progress: '进度',
}

export const SUPERVISION_RESULTS = ['ok', 'issue'] as const
export type SupervisionResult = (typeof SUPERVISION_RESULTS)[number]
export const SUPERVISION_RESULT_LABELS: Record<SupervisionResult, string> = { ok: '符合要求', issue: '有问题' }

/** 改造方式 of a plan entry (纳入改造计划). */
export const PLAN_METHODS = ['rebuild', 'reinforce', 'rentOrSwap', 'publicRental', 'idlePublicHouse', 'other'] as const
export type PlanMethod = (typeof PLAN_METHODS)[number]

export const PLAN_METHOD_LABELS: Record<PlanMethod, string> = {
  rebuild: '拆除重建',
  reinforce: '修缮加固',
  rentOrSwap: '租赁置换',
  publicRental: '公租房安置',
  idlePublicHouse: '闲置公房安置',
  other: '其他',
}

/** 安置房源: where a family that cannot rebuild may live. */
export const HOUSING_KINDS = ['publicRental', 'idlePublicHouse', 'rentalListing'] as const
export type HousingKind = (typeof HOUSING_KINDS)[number]

export const HOUSING_KIND_LABELS: Record<HousingKind, string> = {
  publicRental: '公租房',
  idlePublicHouse: '闲置公房',
  rentalListing: '租赁房源',
}

/** Households an option can still take in (null capacity: not limited). */
export function housingRoomLeft(capacity: number, occupants: number): number {
  return Math.max(0, capacity - occupants)
}
