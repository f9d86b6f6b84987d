// The appraisal form on its own page, under the case it is for. After a CONFLICT the
// case above is refreshed and the form below keeps everything entered.
import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { CaseDetail } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { ROUTES } from '../../routes'
import { AppraisalForm } from './AppraisalForm'
import { CaseHeader } from './CaseHeader'
import { OneTapMove } from './forms/OneTapMove'
import { useCase } from './useCase'
import { PageTitle } from '../../components/PageTitle'
import './cases.css'

function backToCase(caseId: string): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.redirectTo({ url: `${ROUTES.streetCase}?id=${encodeURIComponent(caseId)}` })
}

export function AppraisalScreen({ caseId }: { caseId: string | undefined }) {
  const { state, reload, show } = useCase(caseId)
  // Once shown the form stays, even if a refresh says the step is no longer possible:
  // what was entered is never thrown away; the server has the last word.
  const formShown = useRef(false)
  const [submitted, setSubmitted] = useState(false)
  const done = (detail: CaseDetail) => {
    setSubmitted(true)
    show(detail)
    void Taro.showToast({ title: '鉴定结论已提交', icon: 'success' })
    setTimeout(() => backToCase(detail.id), 800)
  }
  return (
    <View className="page">
      <PageTitle>房屋安全性鉴定</PageTitle>
      <AsyncView state={state} onRetry={() => void reload()}>
        {(c) => {
          const possible = c.actions.includes('submitAppraisal')
          formShown.current ||= possible
          return (
            <View data-testid="appraisal-page" data-case-id={c.id}>
              <CaseHeader detail={c} />
              {submitted && (
                <Text className="case-done" data-testid="appraisal-submitted">
                  鉴定结论已提交，正在回到案件页…
                </Text>
              )}
              {/* Straight from his queue: start the appraisal here, and the form opens below. */}
              {!possible && !submitted && c.actions.includes('startAppraisal') && <OneTapMove label="开始鉴定" detail={c} onDone={show} onConflict={() => void reload(true)} />}
              {!possible && !submitted && !c.actions.includes('startAppraisal') && (
                <Text className="notice notice--strong notice--danger case-stale" data-testid="case-stale">
                  这个案件现在是“{c.stageLabel}”，不需要您提交鉴定结论。
                </Text>
              )}
              {formShown.current && !submitted && <AppraisalForm detail={c} onDone={done} onConflict={() => void reload(true)} />}
            </View>
          )
        }}
      </AsyncView>
    </View>
  )
}
