// The street's audit log for street staff: who did what and when, newest first, filtered by
// person, action and date, a page at a time.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { AUDIT_ACTION_LABELS, type AuditEntryView } from '@domain'
import { PagedList } from '../../components/PagedList'
import { usePaged } from '../../hooks/usePaged'
import { useResult } from '../../hooks/useResult'
import { listAudit } from '../../services/audit'
import { timeText } from '../../format/time'
import { ChoiceFilter, DateFilter } from './AuditFilter'
import '../../components/street.css'
import './accountability.css'

const ACTIONS = [{ value: '', label: '全部操作' }, ...Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }))]

function Entry({ e }: { e: AuditEntryView }) {
  return (
    <View className="card" data-testid="audit-entry" data-actor-id={e.actorId} data-action={e.action}>
      <View className="au-entry__head">
        <Text className="au-entry__action">{e.actionLabel}</Text>
        <Text className="au-entry__who">{e.actorName}</Text>
      </View>
      <Text className="au-entry__line">{timeText(e.at)}</Text>
      <Text className="au-entry__line">对象：{e.subjectId}</Text>
      {e.detail && <Text className="au-entry__line">{e.detail}</Text>}
    </View>
  )
}

export function AuditScreen() {
  const [actorId, setActorId] = useState('')
  const [action, setAction] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const people = useResult(() => listAudit({ page: 1, pageSize: 1 }), [])
  const query = { actorId: actorId || undefined, action: action || undefined, from: from || undefined, to: to || undefined }
  const list = usePaged((page) => listAudit({ ...query, page, pageSize: 20 }), JSON.stringify(query))
  const personOptions = [{ value: '', label: '全部人员' }, ...(people.status === 'ok' ? people.data.people.map((p) => ({ value: p.id, label: p.name })) : [])]
  return (
    <View className="page st-page" data-testid="audit-screen">
      <Text className="st-title">操作记录</Text>
      <View className="au-filters">
        <ChoiceFilter label="人员" value={actorId} options={personOptions} onChange={setActorId} testId="audit-person" />
        <ChoiceFilter label="操作" value={action} options={ACTIONS} onChange={setAction} testId="audit-action" />
        <DateFilter label="从" value={from} onChange={setFrom} testId="audit-from" />
        <DateFilter label="到" value={to} onChange={setTo} testId="audit-to" />
      </View>
      <PagedList list={list} render={(e) => <Entry key={e.id} e={e} />} totalText={(n) => `共 ${n} 条`} emptyText="没有符合条件的记录" testId="audit-list" />
    </View>
  )
}
