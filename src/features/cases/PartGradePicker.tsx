// One part of the house with the guideline's four levels as big choices, each with the
// guideline's words, so every appraiser grades the same way.
import { View, Text } from '@tarojs/components'
import { APPRAISAL_PART_LABELS, PART_GRADES, PART_GRADE_DESCRIPTIONS, type AppraisalPart, type PartGrade } from '@domain'
import { Choices } from './FormParts'

interface Props {
  part: AppraisalPart
  index: number
  value: PartGrade | undefined
  onChange: (grade: PartGrade) => void
}

export function PartGradePicker({ part, index, value, onChange }: Props) {
  const words = PART_GRADE_DESCRIPTIONS[part]
  return (
    <View className={`case-part${value ? '' : ' case-part--empty'}`} data-testid={`appraisal-part-${part}`} data-value={value ?? ''}>
      <Text className="case-part__label">
        {index + 1}. {APPRAISAL_PART_LABELS[part]}
      </Text>
      <Choices
        choices={PART_GRADES.map((g) => ({ value: g, label: `${g} 级`, detail: words[g] }))}
        value={value ?? null}
        onChange={onChange}
        testId={`appraisal-${part}`}
        danger={(g) => g === 'c' || g === 'd'}
      />
    </View>
  )
}
