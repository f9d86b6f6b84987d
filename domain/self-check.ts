// The farmer's daily self-check (农户日常自查): a few yes/no questions in plain words, each
// with a picture. Any "yes" leads straight to a hazard report.

export interface SelfCheckQuestion {
  id: 'cracks' | 'leaning' | 'roof' | 'foundation' | 'slope'
  text: string
  /** A picture name in the app's assets showing what to look for. */
  picture: string
}

export const SELF_CHECK_QUESTIONS: SelfCheckQuestion[] = [
  { id: 'cracks', text: '墙上有没有新的裂缝，或者裂缝变大了？', picture: 'selfcheck-cracks' },
  { id: 'leaning', text: '房子、墙或柱子有没有歪斜？', picture: 'selfcheck-leaning' },
  { id: 'roof', text: '屋顶有没有漏雨、掉瓦、木梁变形？', picture: 'selfcheck-roof' },
  { id: 'foundation', text: '墙脚有没有下沉、被水泡、被掏空？', picture: 'selfcheck-foundation' },
  { id: 'slope', text: '房前屋后的山坡有没有开裂、垮塌？', picture: 'selfcheck-slope' },
]

export type SelfCheckAnswers = Record<SelfCheckQuestion['id'], boolean>

export const anyHazard = (answers: SelfCheckAnswers): boolean => Object.values(answers).some(Boolean)

/** Short names of the problems, for "您说房子有这些问题" and for the case page. */
export const SELF_CHECK_SHORT: Record<SelfCheckQuestion['id'], string> = {
  cracks: '墙上有裂缝',
  leaning: '房子或墙歪斜',
  roof: '屋顶漏雨或木梁变形',
  foundation: '墙脚下沉或被水泡',
  slope: '山坡开裂或垮塌',
}
