// A house's safety grade as a coloured badge: green A, blue B, orange C, red D, grey none.
import { Text } from '@tarojs/components'
import { GRADE_LABELS, type Grade } from '@domain'
import './grade-badge.css'

export const NO_GRADE_LABEL = '未鉴定'

export function gradeText(grade: Grade | null, long = false): string {
  if (!grade) return NO_GRADE_LABEL
  return long ? GRADE_LABELS[grade] : `${grade}级`
}

export function GradeBadge({ grade, long = false }: { grade: Grade | null; long?: boolean }) {
  return (
    <Text className={`grade grade--${grade ?? 'none'}`} data-grade={grade ?? 'none'}>
      {gradeText(grade, long)}
    </Text>
  )
}
