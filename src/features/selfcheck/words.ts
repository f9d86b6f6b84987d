// The self-check's pictures and the case stages as a farmer understands them.
import { SELF_CHECK_SHORT, type CaseStage, type SelfCheckQuestion } from '@domain'

/** A drawn stand-in for each question's picture: an emoji in a big box, no image files. */
export const QUESTION_PICTURES: Record<SelfCheckQuestion['id'], { emoji: string; caption: string }> = {
  cracks: { emoji: '🧱', caption: '看墙上的裂缝' },
  leaning: { emoji: '🏚️', caption: '看房子歪没歪' },
  roof: { emoji: '🌧️', caption: '看屋顶和木梁' },
  foundation: { emoji: '💧', caption: '看墙脚和地基' },
  slope: { emoji: '⛰️', caption: '看房前屋后的山坡' },
}

/** Short names of the problems, for "您说房子有这些问题". */
export const QUESTION_SHORT: Record<SelfCheckQuestion['id'], string> = SELF_CHECK_SHORT

export const STAGE_WORDS: Record<CaseStage, string> = {
  reported: '村里已收到，会派人来看',
  villageVerified: '村里已来看过',
  toStreet: '已报给街道',
  awaitingAppraisal: '等专业人员来鉴定房子',
  appraising: '正在鉴定房子',
  appraised: '房子已鉴定',
  emergency: '正在紧急处理，请听村里安排，不要住在危险的房子里',
  renovationPlanned: '已经列入改造计划',
  renovating: '正在改造',
  accepted: '改造已经验收',
  closed: '已经处理完',
}
