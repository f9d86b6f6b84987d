// One self-check question per screen: a picture, the question in large words, and two
// huge buttons. Elderly users answer with one tap each.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { SelfCheckQuestion } from '@domain'
import { QUESTION_PICTURES } from './words'
import './selfcheck.css'

interface Props {
  question: SelfCheckQuestion
  index: number
  total: number
  onAnswer: (yes: boolean) => void
  onBack: (() => void) | null
}

export function QuestionStep({ question, index, total, onAnswer, onBack }: Props) {
  const picture = QUESTION_PICTURES[question.id]
  return (
    <View className="sc-question" data-testid="selfcheck-question" data-question={question.id}>
      <Text className="sc-progress">
        第 {index + 1} 题，共 {total} 题
      </Text>
      <View className="sc-picture" data-picture={question.picture}>
        <Text className="sc-picture__emoji">{picture.emoji}</Text>
        <Text className="sc-picture__caption">{picture.caption}</Text>
      </View>
      <Text className="sc-text">{question.text}</Text>
      <View className="sc-answers">
        <Button block size="large" type="danger" className="sc-answer" data-testid="answer-yes" onClick={() => onAnswer(true)}>
          有
        </Button>
        <Button block size="large" type="success" className="sc-answer" data-testid="answer-no" onClick={() => onAnswer(false)}>
          没有
        </Button>
      </View>
      {onBack && (
        <Text className="sc-back" data-testid="answer-back" onClick={onBack}>
          ‹ 上一题
        </Text>
      )}
    </View>
  )
}
