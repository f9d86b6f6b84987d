// Who to invite, as what: a village inspector (for one village), a street role (for the
// user's street) or 区住建局 staff (for the district: street staff only for the district's
// first account, then the district invites its own). The invitation carries exactly that grant.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { ROLE_LABELS, type Me, type RoleGrant } from '@domain'
import { VillagePicker } from '../../components/VillagePicker'
import { Card } from '../../components/Card'
import { useActiveRole } from '../../hooks/useActiveRole'

type InvitedRole = Exclude<RoleGrant['role'], 'farmer'>

const STREET_OPTIONS: InvitedRole[] = ['inspector', 'staff', 'appraiser', 'leader', 'district']

export function StaffInviteForm({ me, busy, onCreate }: { me: Me; busy: boolean; onCreate: (name: string, grants: RoleGrant[]) => void }) {
  const active = useActiveRole()
  // District staff invite only their colleagues, for their own district.
  const ownDistrict = me.grants.find((g) => g.role === 'district')?.orgId
  const asDistrict = active === 'district' && !!ownDistrict
  const options: InvitedRole[] = asDistrict ? ['district'] : STREET_OPTIONS
  const [name, setName] = useState('')
  const [role, setRole] = useState<InvitedRole>(asDistrict ? 'district' : 'inspector')
  const [villageId, setVillageId] = useState<string | undefined>(me.villages.length === 1 ? me.villages[0]!.id : undefined)
  const trimmed = name.trim()
  const districtId = asDistrict ? ownDistrict : (me.street?.parentId ?? undefined)
  const orgId = role === 'inspector' ? villageId : role === 'district' ? districtId : me.street?.id
  const nameError = trimmed.length > 20 ? '姓名最多 20 个字' : ''

  return (
    <Card data-testid="invite-form">
      <View className="st-field">
        <Text className="st-field__label">被邀请人姓名</Text>
        <View className="st-input-wrap" data-testid="invite-name">
          <Input value={name} maxLength={20} placeholder="例如：张明" onChange={setName} />
        </View>
        {nameError && <Text className="st-field__error">{nameError}</Text>}
      </View>
      <View className="st-field">
        <Text className="st-field__label">身份</Text>
        <View className="st-choices st-choices--grid">
          {options.map((r) => (
            <Button key={r} block type={role === r ? 'primary' : 'default'} data-testid={`invite-role-${r}`} onClick={() => setRole(r)}>
              {r === 'staff' ? '建管办' : ROLE_LABELS[r]}
            </Button>
          ))}
        </View>
      </View>
      <View className="st-field">
        {role === 'inspector' ? (
          <View>
            <Text className="st-field__label">负责的村（社区）</Text>
            <VillagePicker villages={me.villages} value={villageId} onChange={setVillageId} allowAll={false} testId="invite-village" />
          </View>
        ) : role === 'district' ? (
          <Text className="st-line">所属：本区住建局{asDistrict ? '' : '（区住建局还没有账号时，可由街道邀请第一位）'}</Text>
        ) : (
          <Text className="st-line">所属：{me.street?.name ?? '本街道'}</Text>
        )}
      </View>
      <Button
        block
        size="large"
        type="primary"
        loading={busy}
        disabled={busy || !trimmed || !!nameError || !orgId}
        data-testid="invite-create"
        onClick={() => orgId && onCreate(trimmed, [{ role, orgId }])}
      >
        生成邀请码
      </Button>
    </Card>
  )
}
