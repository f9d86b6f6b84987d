// 安置点 of the street's villages: where families go when their house is not safe in a
// storm. The storm warning sent to farmers names the first one of their village.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Me, ShelterView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useMe } from '../../hooks/useMe'
import { useResult } from '../../hooks/useResult'
import { confirmThen, useFormSlot } from '../../hooks/useFormSlot'
import { listShelters, removeShelter } from '../../services/shelter'
import { callPhone } from '../../services/phone-call'
import { canCall } from '../../services/access'
import { useActiveRole } from '../../hooks/useActiveRole'
import { ShelterForm } from './ShelterForm'
import '../../components/street.css'
import { Badge } from '../../components/Badge'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'

function ShelterCard({ s, canEdit, onEdit, onRemoved }: { s: ShelterView; canEdit: boolean; onEdit: () => void; onRemoved: () => void }) {
  const remove = () => confirmThen({ title: '删除这个安置点？', content: `${s.villageName} ${s.name}`, confirmText: '删除' }, () => removeShelter(s.id), onRemoved)
  return (
    <Card data-testid="shelter-item">
      <View className="st-card-head">
        <Text className="st-card-head__title">{s.name}</Text>
        <Badge tone="info">{s.villageName}</Badge>
      </View>
      <Text className="st-line">地址：{s.address}</Text>
      <Text className="st-line">
        联系：{s.contact} {s.phone}
        {s.capacity ? ` · 可住 ${s.capacity} 人` : ''}
      </Text>
      <View className="st-actions">
        <Button size="large" type="primary" fill="outline" onClick={() => callPhone(s.phone)}>
          📞 打电话
        </Button>
        {canEdit && (
          <>
            <Button size="large" fill="outline" data-testid="shelter-edit" onClick={onEdit}>
              修改
            </Button>
            <Button size="large" fill="outline" type="danger" onClick={remove}>
              删除
            </Button>
          </>
        )}
      </View>
    </Card>
  )
}

function Shelters({ me }: { me: Me }) {
  const role = useActiveRole()
  const canEdit = canCall('shelter.save', role)
  const list = useResult(() => listShelters(), [])
  const form = useFormSlot<ShelterView>(list.reload)
  return (
    <View>
      {canEdit && !form.open && (
        <Button block size="large" type="primary" data-testid="shelter-add" onClick={form.add}>
          ＋ 添加安置点
        </Button>
      )}
      {form.open && <ShelterForm key={form.open.editing?.id ?? 'new'} villages={me.villages} editing={form.open.editing} onSaved={form.saved} onCancel={form.close} />}
      <AsyncView state={list} onRetry={list.reload} isEmpty={(rows: ShelterView[]) => rows.length === 0} emptyText="还没有安置点。遇到暴雨等预警时，通知里会告诉农户去哪里。">
        {(rows) => (
          <View data-testid="shelter-list">
            {rows.map((s) => (
              <ShelterCard key={s.id} s={s} canEdit={canEdit} onEdit={() => form.edit(s)} onRemoved={list.reload} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}

export function SheltersScreen() {
  const me = useMe()
  return (
    <View className="page st-page" data-testid="shelters-screen">
      <PageTitle>安置点</PageTitle>
      <Text className="st-line">极端天气时，住在危房里或房子有危险的农户到这里临时安置。预警通知会告诉农户本村的安置点。</Text>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <Shelters me={user} />}
      </AsyncView>
    </View>
  )
}
