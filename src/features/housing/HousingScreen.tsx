// 安置房源: the street's homes for families who cannot rebuild (公租房, 闲置公房, 租赁房源),
// how many households each takes and who lives there now. Closing a case by relocation
// chooses one of them.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { HOUSING_KIND_LABELS, type HousingOptionView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { confirmThen, useFormSlot } from '../../hooks/useFormSlot'
import { dayText } from '../../format/time'
import { canCall } from '../../services/access'
import { listHousing, moveOutOfHousing, removeHousing } from '../../services/housing'
import { useSession } from '../../services/session'
import { HousingForm } from './HousingForm'
import '../../components/street.css'

function OptionCard({ o, canEdit, onEdit, onChanged }: { o: HousingOptionView; canEdit: boolean; onEdit: () => void; onChanged: () => void }) {
  const act = (title: string, content: string, run: () => Promise<{ ok: boolean; message?: string }>) => confirmThen({ title, content, confirmText: '确定' }, run, onChanged)
  return (
    <View className="card" data-testid="housing-item" data-room-left={o.roomLeft}>
      <View className="st-card-head">
        <Text className="st-card-head__title">{o.name}</Text>
        <Text className="st-badge st-badge--info">{HOUSING_KIND_LABELS[o.kind]}</Text>
      </View>
      <Text className="st-line">地址：{o.address}</Text>
      <Text className={`st-line${o.roomLeft === 0 ? ' st-danger' : ''}`} data-testid="housing-room">
        可住 {o.capacity} 户，已住 {o.occupants.length} 户{o.roomLeft === 0 ? '，已住满' : `，还可住 ${o.roomLeft} 户`}
      </Text>
      {o.note && <Text className="st-line">说明：{o.note}</Text>}
      {o.occupants.map((p) => (
        <View key={p.householdId} className="st-card-head" data-testid="housing-occupant">
          <Text className="st-line">
            现住：{p.villageName} {p.headNameMasked}（{dayText(p.since)} 起）
          </Text>
          {canEdit && (
            <Button size="small" fill="outline" data-testid="housing-move-out" onClick={() => act('登记搬出？', `${p.villageName} ${p.headNameMasked} 搬出后，这里空出 1 户`, () => moveOutOfHousing(o.id, p.householdId))}>
              搬出
            </Button>
          )}
        </View>
      ))}
      {canEdit && (
        <View className="st-actions">
          <Button size="large" fill="outline" data-testid="housing-edit" onClick={onEdit}>
            修改
          </Button>
          <Button size="large" fill="outline" type="danger" onClick={() => act('删除这个房源？', o.name, () => removeHousing(o.id))}>
            删除
          </Button>
        </View>
      )}
    </View>
  )
}

export function HousingScreen() {
  const { me, activeRole } = useSession()
  const canEdit = canCall('housing.add', activeRole ?? me?.roles[0] ?? null)
  const list = useResult(() => listHousing(), [])
  const form = useFormSlot<HousingOptionView>(list.reload)
  return (
    <View className="page st-page" data-testid="housing-screen">
      <Text className="st-title">安置房源</Text>
      <Text className="st-line">自己没有能力改造的户，可以住进公租房、闲置公房或租赁房源。案件按搬迁销号时，从这里选房源，已住户数会随之更新。</Text>
      {canEdit && !form.open && (
        <Button block size="large" type="primary" data-testid="housing-add" onClick={form.add}>
          ＋ 添加房源
        </Button>
      )}
      {form.open && <HousingForm key={form.open.editing?.id ?? 'new'} editing={form.open.editing} onSaved={form.saved} onCancel={form.close} />}
      <AsyncView state={list} onRetry={list.reload} isEmpty={(rows: HousingOptionView[]) => rows.length === 0} emptyText="还没有登记安置房源。">
        {(rows) => (
          <View data-testid="housing-list">
            {rows.map((o) => (
              <OptionCard key={o.id} o={o} canEdit={canEdit} onEdit={() => form.edit(o)} onChanged={list.reload} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
