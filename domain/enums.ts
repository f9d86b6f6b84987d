// The fixed vocabularies of the plan. Labels are what people read; codes are what is stored.

export const CATEGORIES = [
  'unstable', // 农村易返贫致贫户 (incl. 脱贫不稳定户、边缘易致贫户)
  'dibao', // 农村低保户
  'tekun', // 农村分散供养特困人员
  'hardship', // 因病因灾因意外事故等刚性支出较大或收入大幅缩减导致基本生活出现严重困难家庭
  'dibaoEdge', // 农村低保边缘家庭
  'otherPoverty', // 未享受过农村住房保障政策支持且依靠自身力量无法解决住房安全问题的其他脱贫户
] as const
export type Category = (typeof CATEGORIES)[number]

export const CATEGORY_LABELS: Record<Category, string> = {
  unstable: '易返贫致贫户',
  dibao: '低保户',
  tekun: '分散供养特困人员',
  hardship: '严重困难家庭',
  dibaoEdge: '低保边缘家庭',
  otherPoverty: '其他脱贫户',
}

export const ROLES = ['farmer', 'inspector', 'staff', 'appraiser', 'leader', 'district'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  farmer: '农户',
  inspector: '村巡查员',
  staff: '街道建管办',
  appraiser: '鉴定人员',
  leader: '街道领导',
  district: '区住建局',
}

/** Street-level roles act over a whole town/street; village-level roles over villages. */
export const STREET_ROLES: readonly Role[] = ['staff', 'appraiser', 'leader']
export const VILLAGE_ROLES: readonly Role[] = ['farmer', 'inspector']
/** District-level roles read every street of their district; they change nothing in a street. */
export const DISTRICT_ROLES: readonly Role[] = ['district']

export const ORG_LEVELS = ['district', 'street', 'village'] as const
export type OrgLevel = (typeof ORG_LEVELS)[number]

/** Safety grades of 《农村住房安全性鉴定技术导则》. */
export const GRADES = ['A', 'B', 'C', 'D'] as const
export type Grade = (typeof GRADES)[number]

export const GRADE_LABELS: Record<Grade, string> = {
  A: 'A级（安全）',
  B: 'B级（基本安全）',
  C: 'C级（局部危房）',
  D: 'D级（整栋危房）',
}

/** C and D are 危房: emergency measures apply and they enter the renovation plan. */
export const isDangerousGrade = (g: Grade | null | undefined): boolean => g === 'C' || g === 'D'

export const STRUCTURES = ['brick', 'brickWood', 'earth', 'wood', 'stone', 'frame', 'other'] as const
export type Structure = (typeof STRUCTURES)[number]

export const STRUCTURE_LABELS: Record<Structure, string> = {
  brick: '砖混结构',
  brickWood: '砖木结构',
  earth: '土木（夯土）结构',
  wood: '木结构',
  stone: '石结构',
  frame: '框架结构',
  other: '其他',
}

export const OCCUPANCIES = ['occupied', 'evacuated', 'vacant'] as const
export type Occupancy = (typeof OCCUPANCIES)[number]

export const OCCUPANCY_LABELS: Record<Occupancy, string> = {
  occupied: '有人居住',
  evacuated: '已撤离',
  vacant: '无人居住',
}

/** Hazards of the house's site (场地), noted at registration: 边坡, 山体, 排水. */
export const SITE_HAZARDS = ['slope', 'mountain', 'drainage'] as const
export type SiteHazard = (typeof SITE_HAZARDS)[number]

export const SITE_HAZARD_LABELS: Record<SiteHazard, string> = {
  slope: '房后或房前有高边坡',
  mountain: '靠近山体，可能滑坡落石',
  drainage: '排水不畅，容易积水',
}

/** Why a house leaves monitoring without its history being deleted. */
export const HOUSE_RETIRE_REASONS = ['demolished', 'notLivedIn'] as const
export type HouseRetireReason = (typeof HOUSE_RETIRE_REASONS)[number]

export const HOUSE_RETIRE_REASON_LABELS: Record<HouseRetireReason, string> = {
  demolished: '已拆除',
  notLivedIn: '不再居住',
}

export const HOUSEHOLD_STATUSES = ['monitored', 'removed'] as const
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number]
