// The appraisal by 《农村住房安全性鉴定技术导则》: each part a/b/c/d, the grade the rule
// proposes (computed here with the server's own rule), the final grade — the proposal
// unless the appraiser chooses otherwise and says why —, advice, photos and the report.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { APPRAISAL_PARTS, GRADES, GRADE_LABELS, proposeGrade, type AppraisalPart, type CaseDetail, type Grade, type PartGrade } from '@domain'
import { GradeBadge } from '../../components/GradeBadge'
import { Choices, Field, FormButtons, FormErrorText, NoteField } from './FormParts'
import { PartGradePicker } from './PartGradePicker'
import { PhotoField } from '../../components/evidence/PhotoField'
import { ReportFileField } from './ReportFileField'
import { uploadPending, type PickedFile } from '../../services/offline/uploads'
import { notReady, ready, useCaseSubmit } from './useCaseSubmit'
import { Card } from '../../components/Card'

type Findings = Partial<Record<AppraisalPart, PartGrade>>

const complete = (f: Findings): f is Record<AppraisalPart, PartGrade> => APPRAISAL_PARTS.every((p) => f[p] !== undefined)

interface Props {
  detail: CaseDetail
  onDone: (detail: CaseDetail) => void
  onConflict: () => void
}

export function AppraisalForm(props: Props) {
  const [findings, setFindings] = useState<Findings>({})
  const [chosenGrade, setChosenGrade] = useState<Grade | null>(null)
  const [overrideReason, setOverrideReason] = useState('')
  const [advice, setAdvice] = useState('')
  const [photos, setPhotos] = useState<PickedFile[]>([])
  const [report, setReport] = useState<PickedFile | null>(null)
  const submit = useCaseSubmit(props)

  const proposal = complete(findings) ? proposeGrade(findings) : null
  const grade = chosenGrade ?? proposal?.grade ?? null
  const overriding = !!proposal && !!grade && grade !== proposal.grade
  const left = APPRAISAL_PARTS.filter((p) => !findings[p]).length
  const setPart = (p: AppraisalPart, g: PartGrade) => setFindings((f) => ({ ...f, [p]: g }))
  const restA = () => setFindings((f) => Object.fromEntries(APPRAISAL_PARTS.map((p) => [p, f[p] ?? 'a'])))

  const send = () =>
    submit.move(async () => {
      if (!complete(findings)) return notReady(`还有 ${left} 项没有选择等级`)
      if (!grade) return notReady('请选择最终等级')
      if (overriding && !overrideReason.trim()) return notReady(`规则建议为 ${proposal!.grade} 级，改为 ${grade} 级请写明改判理由`)
      if (!advice.trim()) return notReady('请填写处理建议')
      if (photos.length === 0) return notReady('请至少拍 1 张现场照片')
      const up = await uploadPending(photos)
      setPhotos(up.files)
      if (!up.ok) return notReady(up.message)
      let reportFileId: string | undefined
      if (report) {
        const upReport = await uploadPending([report])
        setReport(upReport.files[0] ?? null)
        if (!upReport.ok) return notReady(`鉴定报告没有传上去：${upReport.message}`)
        reportFileId = upReport.files[0]?.fileId
      }
      return ready({
        action: 'submitAppraisal' as const,
        findings,
        grade,
        overrideReason: overriding ? overrideReason.trim() : '',
        advice: advice.trim(),
        photos: up.files.map((f) => f.fileId!),
        ...(reportFileId ? { reportFileId } : {}),
      })
    })

  return (
    <View data-testid="appraisal-form">
      <Card>
        <View className="case-form__head">
          <Text className="case-form__title">一、逐项检查</Text>
          <Button size="small" fill="outline" type="primary" data-testid="appraisal-rest-a" onClick={restA}>
            其余都是 a 级
          </Button>
        </View>
        {APPRAISAL_PARTS.map((p, i) => (
          <PartGradePicker key={p} part={p} index={i} value={findings[p]} onChange={(g) => setPart(p, g)} />
        ))}
      </Card>

      <Card data-testid="appraisal-proposal" data-grade={proposal?.grade ?? ''} data-rule={proposal?.rule ?? ''}>
        <Text className="case-form__title">二、鉴定等级</Text>
        {proposal ? (
          <View className={`case-proposal case-proposal--${proposal.grade}`}>
            <View className="case-proposal__head">
              <Text className="case-proposal__label">按导则建议</Text>
              <GradeBadge grade={proposal.grade} long />
            </View>
            <Text className="case-proposal__reason" data-testid="appraisal-proposal-reason">
              {proposal.reason}
            </Text>
          </View>
        ) : (
          <Text className="case-field__hint">还有 {left} 项没选，选完后这里给出建议等级。</Text>
        )}
        <Field label="最终等级" testId="appraisal-grade">
          <Choices
            choices={GRADES.map((g) => ({ value: g, label: `${g} 级`, detail: GRADE_LABELS[g].replace(/^.级/, '').replace(/[（）]/g, '') }))}
            value={grade}
            onChange={setChosenGrade}
            testId="appraisal-grade-option"
            columns={4}
            danger={(g) => g === 'C' || g === 'D'}
          />
        </Field>
        {overriding && (
          <NoteField label={`改判理由（必须填写：规则建议 ${proposal!.grade} 级）`} value={overrideReason} onChange={setOverrideReason} testId="appraisal-override-reason" placeholder="写明为什么不按规则建议定级" />
        )}
      </Card>

      <Card>
        <Text className="case-form__title">三、处理建议和证据</Text>
        <NoteField label="处理建议" value={advice} onChange={setAdvice} testId="appraisal-advice" placeholder="例如：整栋危房，立即撤离，拆除重建" />
        <PhotoField inCard label="现场照片（至少 1 张）" photos={photos} onChange={setPhotos} testId="appraisal-photos" />
        <ReportFileField file={report} onChange={setReport} testId="appraisal-report" />
      </Card>

      <FormErrorText error={submit.error} />
      <FormButtons label="提交鉴定结论" busy={submit.busy} onSubmit={() => void send()} />
    </View>
  )
}
