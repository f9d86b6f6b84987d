// A household as its people read it: head of household (masked ID and phone), why it is
// monitored, and each of its houses. Shared by the farmer's page and the staff detail;
// the staff detail adds the full numbers for the roles that may see them (audited), the
// farmer's binding code and the change history.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { REVEAL_ROLES, type HouseholdDetail, type Role } from '@domain'
import { GradeBadge } from '../../components/GradeBadge'
import { FarmerInviteButton } from '../../components/invites/FarmerInviteButton'
import { HouseholdHistory } from '../../components/ledger/HouseholdHistory'
import { RevealValue } from '../../components/ledger/RevealValue'
import { canCall } from '../../services/access'
import { ROUTES } from '../../routes'
import { useActiveRole } from '../../hooks/useActiveRole'
import { CategoryTags } from '../../components/CategoryTags'
import { HouseCard, type Audience } from './HouseCard'
import { HouseholdPatrols } from './HouseholdPatrols'
import { HouseholdArchiveButton } from './HouseholdArchiveButton'
import { dayText } from '../../format/time'
import { Card } from '../../components/Card'
import { Kv } from '../../components/Kv'
import './households.css'

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Kv label={label}>{value}</Kv>
  )
}

const mayReveal = (field: keyof typeof REVEAL_ROLES, role: Role | null) => !!role && REVEAL_ROLES[field].includes(role)

export function HouseholdDetailView({ household: hh, audience = 'staff' }: { household: HouseholdDetail; audience?: Audience }) {
  const role = useActiveRole()
  const staffView = audience === 'staff'
  return (
    <View data-testid="household-detail" data-household-id={hh.id}>
      <Card>
        <View className="detail-head">
          <Text className="detail-head__name">{hh.headName}</Text>
          <GradeBadge grade={hh.worstGrade} />
        </View>
        {hh.fileNo && <Row label="档案编号" value={hh.fileNo} />}
        <Row label="村（社区）" value={`${hh.villageName} ${hh.group}`} />
        <Row label="住址" value={hh.address} />
        <RevealValue householdId={hh.id} field="idNumber" label="身份证号" masked={hh.idNumberMasked} canReveal={staffView && mayReveal('idNumber', role)} />
        <RevealValue householdId={hh.id} field="phone" label="联系电话" masked={hh.phoneMasked} canReveal={staffView && mayReveal('phone', role)} />
        <Row label="家庭人口" value={`${hh.members} 人`} />
        <Row label="纳入监测" value={dayText(hh.listedSince)} />
        <Row label="名单来源" value={hh.sourceDept} />
        {hh.removedAt && <Row label="退出监测" value={`${dayText(hh.removedAt)} ${hh.removedReason ?? ''}`.trim()} />}
        {staffView && (
          <View className="detail-cats">
            <Text className="kv__label">监测类别</Text>
            <CategoryTags categories={hh.categories} />
          </View>
        )}
      </Card>
      <Text className="section-title">房屋（{hh.houses.length} 栋）</Text>
      {hh.houses.length === 0 ? (
        <Card>
          <Text className="muted">暂无房屋信息</Text>
        </Card>
      ) : (
        hh.houses.map((h, i) => (
          <View key={h.id}>
            <HouseCard house={h} index={i} audience={audience} onOpen={staffView ? () => void Taro.navigateTo({ url: `${ROUTES.inspectorHouse}?houseId=${encodeURIComponent(h.id)}` }) : undefined} />
            {staffView && !h.retiredAt && canCall('house.edit', role) && (
              <Button block fill="outline" type="primary" size="large" data-testid="household-house-edit" data-house-id={h.id} onClick={() => void Taro.navigateTo({ url: `${role === 'inspector' ? ROUTES.inspectorHouseEdit : ROUTES.streetHouseEdit}?houseId=${encodeURIComponent(h.id)}` })}>
                修改第 {i + 1} 栋房屋信息
              </Button>
            )}
          </View>
        ))
      )}
      {staffView && hh.status === 'monitored' && canCall('house.register', role) && (
        <Button block type="primary" size="large" data-testid="household-house-register" onClick={() => void Taro.navigateTo({ url: `${ROUTES.inspectorHouseRegister}?householdId=${encodeURIComponent(hh.id)}` })}>
          {hh.houses.some((h) => !h.retiredAt) ? '再登记一栋房屋' : '登记房屋'}
        </Button>
      )}
      {staffView && hh.status === 'monitored' && canCall('invite.create', role) && (
        <View>
          <Text className="section-title st-block">农户绑定</Text>
          {hh.farmerBound ? (
            <View className="card">
              <Text className="st-line" data-testid="household-farmer-bound">
                这户的农户已经绑定微信，不用再生成绑定二维码
              </Text>
            </View>
          ) : (
            <FarmerInviteButton householdId={hh.id} />
          )}
        </View>
      )}
      {staffView && canCall('household.patrols', role) && <HouseholdPatrols household={hh} />}
      {staffView && canCall('household.archive', role) && <HouseholdArchiveButton householdId={hh.id} />}
      {staffView && <HouseholdHistory householdId={hh.id} />}
    </View>
  )
}
