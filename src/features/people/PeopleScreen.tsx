// 人员与权限: the street's workers (or the farmers bound in one village) with their roles, and
// buttons to revoke one grant, disable or enable an account, or unbind a farmer. Every
// button asks first, in plain words; the change takes effect at the person's next tap.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Dialog } from '@nutui/nutui-react-taro'
import type { Me, PersonView, Result } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useMe } from '../../hooks/useMe'
import { useResult } from '../../hooks/useResult'
import { listPeople, revokeGrant, setDisabled, unbindFarmer } from '../../services/people'
import { VillagePicker } from '../../components/VillagePicker'
import { disableText, enableText, revokeGrantText, unbindText, type Confirmation } from '../../format/confirm-texts'
import { PersonCard, type PersonActions } from './PersonCard'
import '../../components/street.css'
import { PageTitle } from '../../components/PageTitle'
import { Tabs } from '../../components/Tabs'
import './people.css'

interface Pending extends Confirmation {
  run: () => Promise<Result<PersonView>>
  done: string
}

function People({ me }: { me: Me }) {
  const [tab, setTab] = useState<'workers' | 'farmers'>('workers')
  const [villageId, setVillageId] = useState<string | undefined>(undefined)
  const list = useResult(() => (tab === 'farmers' && !villageId ? Promise.resolve({ ok: true as const, data: [] }) : listPeople(tab === 'farmers' ? villageId : undefined)), [tab, villageId])
  const [pending, setPending] = useState<Pending | null>(null)
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null)

  const confirm = async () => {
    const p = pending
    setPending(null)
    if (!p) return
    const res = await p.run()
    setNotice(res.ok ? { ok: true, text: p.done } : { ok: false, text: res.message })
    list.reload()
  }
  const actions: PersonActions = {
    onRevoke: (p, g) => g.role !== 'farmer' && g.role !== 'district' && setPending({ ...revokeGrantText(p, g), run: () => revokeGrant(p.userId, g.role as Exclude<typeof g.role, 'farmer' | 'district'>, g.orgId), done: `已撤销 ${p.name} 的这项权限` }),
    onDisable: (p, disabled) =>
      setPending({ ...(disabled ? disableText(p) : enableText(p)), run: () => setDisabled(p.userId, disabled), done: disabled ? `已停用 ${p.name} 的账号` : `已恢复 ${p.name} 的账号` }),
    onUnbind: (p) => setPending({ ...unbindText(p), run: () => unbindFarmer(p.userId), done: `已解除 ${p.name} 的农户绑定` }),
  }

  return (
    <View>
      <Tabs items={[{ key: 'workers', label: '工作人员', testId: 'people-tab-workers' }, { key: 'farmers', label: '已绑定的农户', testId: 'people-tab-farmers' }]} value={tab} onChange={setTab} />
      {tab === 'farmers' && <VillagePicker villages={me.villages} value={villageId} onChange={setVillageId} allowAll={false} testId="people-village" />}
      {notice && (
        <Text className={`notice ${notice.ok ? 'notice--ok' : 'notice--danger'} st-notice`} data-testid="people-notice">
          {notice.text}
        </Text>
      )}
      <AsyncView state={list} onRetry={list.reload} isEmpty={(l) => l.length === 0} emptyText={tab === 'farmers' && !villageId ? '请先选择村（社区）' : '没有人员'}>
        {(people) => (
          <View data-testid="people-list">
            {people.map((p) => (
              <PersonCard key={p.userId} person={p} actions={actions} />
            ))}
          </View>
        )}
      </AsyncView>
      <Dialog
        visible={pending !== null}
        title={pending?.title ?? ''}
        content={pending?.content ?? ''}
        confirmText={pending?.confirmText ?? '确定'}
        cancelText="不了"
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
    </View>
  )
}

export function PeopleScreen() {
  const me = useMe()
  return (
    <View className="page st-page">
      <PageTitle>人员与权限</PageTitle>
      <Text className="st-line st-block">这里可以撤销本街道人员的权限、停用账号、解除农户绑定。没用过的邀请码请到“邀请”页作废。</Text>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <People me={user} />}
      </AsyncView>
    </View>
  )
}
