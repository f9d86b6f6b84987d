// One hazard case for the people who work on it (inspectors, street staff, appraisers,
// leaders): where it stands, what the caller may do now, its steps still on the phone,
// and everything done so far.
import { useEffect, useRef } from 'react'
import { View } from '@tarojs/components'
import { AsyncView } from '../../components/AsyncView'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { AppraisalView } from './AppraisalView'
import { CaseActions } from './CaseActions'
import { CaseHeader } from './CaseHeader'
import { CaseTimeline } from './CaseTimeline'
import type { RecordKind } from './forms/RecordForm'
import { FarmerReportsView } from './FarmerReportsView'
import { ClosedView, EmergencyView, RenovationView } from './MeasuresView'
import { SupervisionSection } from './SupervisionSection'
import { useCase } from './useCase'
import { QueuedSteps, caseStepsOnPhone } from './QueuedSteps'
import { useQueueItems } from '../../services/offline/outbox'
import { useSession } from '../../services/session'
import './cases.css'

export function CaseScreen({ caseId, householdPath, startWith }: { caseId: string | undefined; householdPath?: string; startWith?: RecordKind }) {
  const { state, reload, show } = useCase(caseId)
  // Back from the appraisal form (or anywhere): show the case as it is now.
  useReloadOnShow(() => void reload(true))
  const { me } = useSession()
  // Before the account is confirmed (opened with no signal), every record on this phone counts.
  const own = useQueueItems().filter((i) => !me || i.ownerId === me.userId)
  const onPhone = caseId ? caseStepsOnPhone(own, caseId) : []
  // A step of this case just reached the server: show the case with it.
  const uploaded = own.filter((i) => (i.kind === 'caseMove' || i.kind === 'caseRecord') && i.input.caseId === caseId && i.state === 'synced').length
  const uploadedBefore = useRef(uploaded)
  useEffect(() => {
    if (uploaded > uploadedBefore.current) void reload(true)
    uploadedBefore.current = uploaded
  }, [uploaded, reload])
  return (
    <View className="page">
      <AsyncView state={state} onRetry={() => void reload()}>
        {(c) => (
          <View data-testid="case-page" data-case-id={c.id}>
            <CaseHeader detail={c} householdPath={householdPath} />
            <QueuedSteps items={onPhone} />
            <CaseActions detail={c} onChanged={show} onConflict={() => void reload(true)} startWith={startWith} moveWaiting={onPhone.some((i) => i.kind === 'caseMove')} />
            <FarmerReportsView reports={c.reports} />
            {c.appraisal && <AppraisalView appraisal={c.appraisal} />}
            {c.emergency && <EmergencyView emergency={c.emergency} />}
            {c.renovation && <RenovationView renovation={c.renovation} />}
            <SupervisionSection detail={c} onRecorded={() => void reload(true)} />
            {c.stage === 'closed' && <ClosedView detail={c} />}
            <CaseTimeline events={c.timeline} />
          </View>
        )}
      </AsyncView>
    </View>
  )
}
