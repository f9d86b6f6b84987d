// What was done about the house: emergency measures, the renovation chain with its money
// (kept in fen, shown in yuan), and how the case was closed.
import { Text } from '@tarojs/components'
import { HOUSEHOLD_LEFT_LABEL, HOUSEHOLD_LEFT_ROUTE, type CaseDetail } from '@domain'
import { dayText, timeText } from '../../format/time'
import { yuanText } from '../../format/numbers'
import { APPLIED_BY_LABELS, LIVING_NOW_LABELS, RENOVATION_METHOD_LABELS, REVIEW_RESULT_LABELS, closeRouteText } from './labels'
import { Card } from '../../components/Card'
import { Kv } from '../../components/Kv'

function Row({ label, value, danger = false, testId }: { label: string; value: string; danger?: boolean; testId?: string }) {
  if (!value) return null
  return (
    <Kv label={label} danger={danger} data-testid={testId}>{value}</Kv>
  )
}

const yesNo = (v: boolean) => (v ? '已设' : '没有')
const label = (labels: Record<string, string>, code: string | null) => (code ? labels[code] ?? code : '')

export function EmergencyView({ emergency: e }: { emergency: NonNullable<CaseDetail['emergency']> }) {
  return (
    <Card data-testid="case-emergency" data-evacuated={e.evacuated}>
      <Text className="card-title">应急处置</Text>
      <Row label="人员撤离" value={e.evacuated ? `已撤离（${dayText(e.evacuatedOn)}）` : '还没有撤离'} danger={!e.evacuated} />
      <Row label="现在住在" value={label(LIVING_NOW_LABELS, e.livingNow)} danger={e.livingNow === 'stillInside'} />
      <Row label="警示标志" value={yesNo(e.signPosted)} />
      <Row label="隔离围栏" value={yesNo(e.fenced)} />
    </Card>
  )
}

type Review = { date: string; result: string; note: string } | null
const reviewText = (r: Review) => (r ? `${dayText(r.date)} ${label(REVIEW_RESULT_LABELS, r.result)}${r.note ? `（${r.note}）` : ''}` : '')

export function RenovationView({ renovation: r }: { renovation: NonNullable<CaseDetail['renovation']> }) {
  return (
    <Card data-testid="case-renovation">
      <Text className="card-title">危房改造</Text>
      <Row label="申请" value={r.appliedOn ? `${label(APPLIED_BY_LABELS, r.appliedBy)} ${dayText(r.appliedOn)}` : ''} />
      <Row label="村评议" value={reviewText(r.villageReview)} />
      <Row label="街道审核" value={reviewText(r.streetReview)} />
      <Row label="区级审批" value={reviewText(r.districtApproval)} />
      <Row label="改造方式" value={label(RENOVATION_METHOD_LABELS, r.method)} />
      <Row label="农户自筹" value={yuanText(r.ownFundsFen)} testId="case-own-funds-value" />
      <Row label="政府补助" value={yuanText(r.subsidyFen)} testId="case-subsidy-value" />
      <Row label="开工" value={dayText(r.startedOn)} />
      <Row label="竣工验收" value={dayText(r.acceptedOn)} />
      <Row label="补助拨付" value={dayText(r.subsidyPaidOn)} />
    </Card>
  )
}

export function ClosedView({ detail: c }: { detail: CaseDetail }) {
  return (
    <Card data-testid="case-closed" data-route={c.closeRoute ?? ''}>
      <Text className="card-title">销号</Text>
      <Row label="销号方式" value={closeRouteText(c.closeRoute)} />
      <Row label="原因" value={c.closeRoute === HOUSEHOLD_LEFT_ROUTE ? `${HOUSEHOLD_LEFT_LABEL}，案件关闭：${c.closeReason ?? ''}` : (c.closeReason ?? '')} />
      <Row label="销号时间" value={timeText(c.closedAt)} />
    </Card>
  )
}
