// 自查: the five questions one per screen; all "没有" saves at once, any "有" asks for a
// photo first. 我发现房子有问题 (problem) skips the questions: photo or words, then send. The report goes through the outbox like a patrol, so it is never lost to
// a weak signal.
import { useState, useEffect } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { PHOTO_STAND_IN_ID, SELF_CHECK_QUESTIONS, anyHazard, contracts, summarizeIssues, toFieldIssues, type Me, type SelfCheckAnswers } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { loadMeOfflineFirst } from '../../services/offline/outbox'
import type { TakenPhoto } from '../../services/photos'
import { photoFacts } from '../../services/photo-facts'
import { knownToHaveNoHouse, myKnownHouses, saveSelfCheck, type MyHouse } from '../../services/selfcheck'
import { askConsent, preloadConsentTemplates } from '../../services/notify'
import { shanghaiIso } from '../../format/time'
import { newId } from '../../services/ids'
import { HazardStep } from './HazardStep'
import { QuestionStep } from './QuestionStep'
import { SelfCheckDone } from './SelfCheckDone'
import { QUESTION_SHORT } from './words'
import { Card } from '../../components/Card'
import './selfcheck.css'

type Answers = Partial<SelfCheckAnswers>
const complete = (a: Answers): a is SelfCheckAnswers => SELF_CHECK_QUESTIONS.every((q) => typeof a[q.id] === 'boolean')

const NONE: SelfCheckAnswers = { cracks: false, leaning: false, roof: false, foundation: false, slope: false }

/** house null: his household has no registered house yet; the report is about the household. */
function SelfCheck({ me, house, problem }: { me: Me; house: MyHouse | null; problem: boolean }) {
  const [reportId] = useState(() => newId('sc'))
  const [answers, setAnswers] = useState<Answers>(problem ? NONE : {})
  const [step, setStep] = useState(problem ? SELF_CHECK_QUESTIONS.length : 0)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState('')
  const [savedId, setSavedId] = useState<string | null>(null)
  useEffect(() => void preloadConsentTemplates(), [])

  const save = async (all: SelfCheckAnswers, photos: TakenPhoto[], description: string, noPhoto = false) => {
    const input = { reportId, houseId: house?.id ?? null, answers: all, description: description.trim(), checkedAt: shanghaiIso(new Date()), problem, noPhoto }
    const parsed = contracts['selfcheck.submit'].input.safeParse({ ...input, photos: photos.map((p) => ({ fileId: PHOTO_STAND_IN_ID, ...photoFacts(p) })) })
    if (!parsed.success) return setError(summarizeIssues(toFieldIssues(parsed.error)))
    // Still inside the tap: ask (once) to be told by WeChat how the report is handled.
    if (problem || anyHazard(all)) void askConsent(['caseUpdate'])
    setSaving(true)
    const res = await saveSelfCheck({ ownerId: me.userId, title: house ? `房屋自查 · ${house.address}` : '报告房子的问题', input, photos })
    setSaving(false)
    if (res.ok) setSavedId(res.data.id)
    else setError(res.message)
  }

  const answer = (yes: boolean) => {
    const q = SELF_CHECK_QUESTIONS[step]!
    const next = { ...answers, [q.id]: yes }
    setAnswers(next)
    setStep(step + 1)
    // Nothing wrong: saved straight away, no further tap.
    if (step + 1 === SELF_CHECK_QUESTIONS.length && complete(next) && !anyHazard(next)) void save(next, [], '')
  }

  const hazard = problem || (complete(answers) && anyHazard(answers))
  if (savedId) return <SelfCheckDone itemId={savedId} hazard={hazard} />
  const question = SELF_CHECK_QUESTIONS[step]
  if (question) return <QuestionStep question={question} index={step} total={SELF_CHECK_QUESTIONS.length} onAnswer={answer} onBack={step > 0 ? () => setStep(step - 1) : null} />
  if (!complete(answers)) return null
  if (!hazard) {
    return (
      <Card className="sc-done">
        <Text className="sc-done__title">{saving ? '正在保存…' : error}</Text>
        {error && (
          <Button block type="primary" size="large" onClick={() => void save(answers, [], '')}>
            再试一次
          </Button>
        )}
      </Card>
    )
  }
  const problems = SELF_CHECK_QUESTIONS.filter((q) => answers[q.id]).map((q) => QUESTION_SHORT[q.id])
  return <HazardStep problems={problems} who={`农户 ${me.name}`} saving={saving} error={error} onSubmit={(photos, d, noPhoto) => void save(answers, photos, d, noPhoto)} />
}

function HouseChoice({ houses, onPick }: { houses: MyHouse[]; onPick: (h: MyHouse) => void }) {
  return (
    <Card data-testid="selfcheck-houses">
      <Text className="sc-hazard__title">检查哪一栋房屋？</Text>
      {houses.map((h, i) => (
        <Button key={h.id} block size="large" className="sc-house" data-testid={`selfcheck-house-${h.id}`} onClick={() => onPick(h)}>
          第 {i + 1} 栋：{h.address}
        </Button>
      ))}
    </Card>
  )
}

export function SelfCheckScreen({ houseId, problem = false }: { houseId: string | undefined; problem?: boolean }) {
  const me = useResult(loadMeOfflineFirst, [])
  const houses = myKnownHouses()
  const [picked, setPicked] = useState<MyHouse | null>(() => houses.find((h) => h.id === houseId) ?? (houses.length === 1 ? houses[0]! : null) ?? (houseId ? { id: houseId, address: '' } : null))
  return (
    <View className="page sc-page">
      <Text className="sc-title">{problem ? '报告房子的问题' : '房屋自查'}</Text>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) =>
          picked ? (
            <SelfCheck me={user} house={picked} problem={problem} />
          ) : problem && knownToHaveNoHouse() ? (
            <SelfCheck me={user} house={null} problem />
          ) : houses.length > 0 ? (
            <HouseChoice houses={houses} onPick={setPicked} />
          ) : (
            <Text className="sc-text">请先打开“我家的房屋”，看到房屋后再来自查。</Text>
          )
        }
      </AsyncView>
    </View>
  )
}
