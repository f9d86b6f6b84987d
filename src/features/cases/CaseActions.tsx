// What the caller may do with the case now: one big button per action the server lists
// (and the records inspectors and staff may add). A button opens its form below; the
// form stays open, with what was typed, while the case above it is refreshed.
import { useState, type ComponentType } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { CASE_STAGE_LABELS, TRANSITIONS, type CaseAction, type CaseDetail, type Role } from '@domain'
import { useSession } from '../../services/session'
import { ROUTES } from '../../routes'
import { AcceptForm } from './forms/AcceptForm'
import { AssignForm } from './forms/AssignForm'
import { CloseOutForm } from './forms/CloseOutForm'
import { CloseSafeForm } from './forms/CloseSafeForm'
import { EmergencyForm } from './forms/EmergencyForm'
import type { CaseFormProps } from './forms/FormCard'
import { NoteMoveForm } from './forms/NoteMoveForm'
import { OneTapMove } from './forms/OneTapMove'
import { PlanForm } from './forms/PlanForm'
import { RECORD_TITLES, RecordForm, type RecordKind } from './forms/RecordForm'
import { StartRenovationForm } from './forms/StartRenovationForm'
import { Card } from '../../components/Card'

type FormKey = Exclude<CaseAction, 'startAppraisal' | 'submitAppraisal'> | `record-${RecordKind}`

const RECORD_ROLES: Role[] = ['inspector', 'staff']

function recordKinds(detail: CaseDetail, roles: Role[]): RecordKind[] {
  if (detail.stage === 'closed' || !roles.some((r) => RECORD_ROLES.includes(r))) return []
  // 撤离, 警示标志 and 隔离围栏 may be recorded at once, before any appraisal (seed 五).
  const e = detail.emergency
  return [
    ...(detail.stage === 'renovating' ? (['progress'] as const) : []),
    ...(detail.occupancy === 'occupied' ? (['evacuation'] as const) : []),
    ...(e?.signPosted ? [] : (['warningSign'] as const)),
    ...(e?.fenced ? [] : (['fence'] as const)),
    'note',
  ]
}

/** The form of each step with one of its own; the note moves share one, the records another. */
const STEP_FORMS: Partial<Record<FormKey, ComponentType<CaseFormProps>>> = {
  assignAppraisal: AssignForm,
  closeSafe: CloseSafeForm,
  startEmergency: EmergencyForm,
  planRenovation: PlanForm,
  startRenovation: StartRenovationForm,
  acceptRenovation: AcceptForm,
  closeOut: CloseOutForm,
}

function CaseForm({ formKey, ...props }: CaseFormProps & { formKey: FormKey }) {
  if (formKey === 'verify' || formKey === 'dismiss' || formKey === 'reportToStreet') return <NoteMoveForm action={formKey} {...props} />
  const StepForm = STEP_FORMS[formKey]
  return StepForm ? <StepForm {...props} /> : <RecordForm kind={formKey.replace('record-', '') as RecordKind} {...props} />
}

interface Props {
  detail: CaseDetail
  onChanged: (detail: CaseDetail) => void
  onConflict: () => void
  /** A record form to open at once (the critical list's 记录撤离). */
  startWith?: RecordKind
  /** A move of this case waits on the phone: the next one waits until it is sent. */
  moveWaiting?: boolean
}

export function CaseActions({ detail, onChanged, onConflict, startWith, moveWaiting = false }: Props) {
  const { me } = useSession()
  const records = recordKinds(detail, me?.roles ?? [])
  const [open, setOpen] = useState<FormKey | null>(startWith && records.includes(startWith) ? `record-${startWith}` : null)
  const done = (next: CaseDetail) => {
    setOpen(null)
    onChanged(next)
    void Taro.showToast({ title: '已提交', icon: 'success' })
  }
  const queued = () => {
    setOpen(null)
    void Taro.showToast({ title: '已保存在手机上，有信号后自动上传', icon: 'none', duration: 3000 })
  }
  const actions = moveWaiting ? [] : detail.actions
  if (actions.length === 0 && records.length === 0) return null

  if (open) {
    const stillPossible = open.startsWith('record-') ? records.includes(open.replace('record-', '') as RecordKind) : detail.actions.includes(open as CaseAction)
    return (
      <View data-testid="case-actions" data-open={open}>
        {!stillPossible && (
          <Text className="notice notice--strong notice--danger case-stale" data-testid="case-stale">
            案件现在是“{CASE_STAGE_LABELS[detail.stage]}”，这一步可能已经不用做了，请看上面的最新情况。
          </Text>
        )}
        <CaseForm formKey={open} detail={detail} onDone={done} onConflict={onConflict} onQueued={queued} onCancel={() => setOpen(null)} />
      </View>
    )
  }

  return (
    <Card className="case-actions" data-testid="case-actions">
      <Text className="card-title">现在可以做</Text>
      {actions.map((a) => {
        if (a === 'startAppraisal') return <OneTapMove key={a} label={TRANSITIONS[a].label} detail={detail} onDone={done} onConflict={onConflict} />
        const openIt = () => (a === 'submitAppraisal' ? void Taro.navigateTo({ url: `${ROUTES.streetAppraisal}?caseId=${encodeURIComponent(detail.id)}` }) : setOpen(a))
        return (
          <Button key={a} block size="large" type={a === 'dismiss' ? 'default' : 'primary'} data-testid={`case-action-${a}`} onClick={openIt}>
            {TRANSITIONS[a].label}
          </Button>
        )
      })}
      {records.map((k) => (
        <Button key={k} block size="large" fill="outline" type="primary" data-testid={`case-record-${k}`} onClick={() => setOpen(`record-${k}`)}>
          {RECORD_TITLES[k]}
        </Button>
      ))}
    </Card>
  )
}
