// 登记房屋 at the first visit of a newly listed household: the house's build, who lives
// in it, the site, the phone's position and stamped photos. Saved on the phone first and
// sent by the outbox, so it works with no signal and survives closing the app.
import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { AsyncView } from '../../../components/AsyncView'
import { useResult } from '../../../hooks/useResult'
import { getHousehold } from '../../../services/household'
import { saveHouseRegistration } from '../../../services/house'
import { loadMeOfflineFirst, unsent, useOwnQueue } from '../../../services/offline/outbox'
import type { TakenPhoto } from '../../../services/photos'
import { ROUTES } from '../../../routes'
import { FormError } from '../../../components/form/Field'
import { SavedCard } from '../SavedCard'
import { shanghaiIso } from '../../../format/time'
import { newId } from '../../../services/ids'
import { GpsStatus } from '../../../components/evidence/GpsStatus'
import { PhotoPicker } from '../../../components/evidence/PhotoPicker'
import { useFix } from '../../../hooks/useFix'
import { HouseFields } from './HouseFields'
import { EMPTY_HOUSE_FORM, checkHouseForm } from './house-form'
import { useHouseFields } from './useHouseFields'
import { Card } from '../../../components/Card'
import { PageTitle } from '../../../components/PageTitle'
import '../../../components/form/field-parts.css'
import '../field.css'

const MAX_PHOTOS = 9

function Saved({ itemId }: { itemId: string }) {
  const note = <Text className="field-lead">上传后这栋房屋就在本月巡查计划里，记得巡查一次。</Text>
  return (
    <SavedCard itemId={itemId} testId="house-saved" titles={{ synced: '房屋已登记并上传', saved: '房屋登记已保存' }} note={note}>
      <Button block type="primary" size="large" data-testid="back-to-plan" onClick={() => void Taro.redirectTo({ url: ROUTES.inspectorPlan })}>
        回到巡查计划
      </Button>
    </SavedCard>
  )
}

function RegisterForm({ householdId, owner, title, address }: { householdId: string; owner: { userId: string; name: string }; title: string; address: string }) {
  // Made once when the form opens: the server dedupes every resend on it.
  const [houseId] = useState(() => newId('ho'))
  const { values, missing, onChange, setTried } = useHouseFields(() => ({ ...EMPTY_HOUSE_FORM, address }), () => setError(''))
  const [photos, setPhotos] = useState<TakenPhoto[]>([])
  const [error, setError] = useState('')
  const [saving, setSaving] = useState(false)
  const [savedId, setSavedId] = useState<string | null>(null)
  const gps = useFix()
  const fixRef = useRef(gps.fix)
  fixRef.current = gps.fix
  const waiting = unsent(useOwnQueue(owner.userId)).filter((i) => i.kind === 'houseRegister' && i.input.householdId === householdId).length

  if (savedId) return <Saved itemId={savedId} />

  const save = async () => {
    const checked = checkHouseForm(values)
    if (!checked.ok) {
      setTried(true)
      return setError(checked.message)
    }
    if (photos.length === 0) return setError('请至少拍 1 张房屋照片')
    setError('')
    setSaving(true)
    const fix = gps.fix
    const res = await saveHouseRegistration({
      ownerId: owner.userId,
      title: `${title} 登记房屋`.trim(),
      input: { houseId, householdId, ...checked.value, gps: fix ? { lat: fix.lat, lng: fix.lng, accuracy: fix.accuracy } : null, registeredAt: shanghaiIso(new Date()) },
      photos,
    })
    setSaving(false)
    if (res.ok) {
      setSavedId(res.data.id)
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    } else setError(res.message)
  }

  return (
    <View data-testid="house-register-form" data-house-id={houseId}>
      {waiting > 0 && (
        <Text className="notice notice--warn plan-unregistered" data-testid="house-register-waiting">
          这户已有 {waiting} 栋房屋登记保存在手机上，还没上传。只有另一栋房屋才需要再登记。
        </Text>
      )}
      <HouseFields values={values} missing={missing} onChange={onChange} />
      <Card className="field-section">
        <Text className="card-title">房屋照片（至少 1 张，拍房屋正面）</Text>
        <PhotoPicker photos={photos} onChange={setPhotos} max={MAX_PHOTOS} stampInfo={() => ({ who: `巡查员 ${owner.name}`, fix: fixRef.current })} />
      </Card>
      <Card className="field-section">
        <Text className="card-title">位置</Text>
        <GpsStatus state={gps} onRetry={gps.retry} />
        {gps.status === 'none' && <Text className="field-hint">定不了位也能登记，记录上会注明“无定位”。</Text>}
      </Card>
      <FormError message={error} />
      <Button block type="primary" size="large" loading={saving} disabled={saving} data-testid="house-register-submit" onClick={() => void save()}>
        保存房屋登记
      </Button>
      <Text className="field-hint field-hint--center">没有信号也能保存，有信号后自动上传</Text>
    </View>
  )
}

export function HouseRegisterScreen({ params }: { params: Record<string, string | undefined> }) {
  const householdId = params.householdId ?? ''
  const me = useResult(loadMeOfflineFirst, [])
  // Who the household is, when there is a network; the form works without it.
  const household = useResult(() => (householdId ? getHousehold(householdId) : Promise.resolve({ ok: false as const, code: 'NOT_FOUND' as const, message: '' })), [householdId])
  if (!householdId) {
    return (
      <View className="page">
        <Text className="notice notice--strong notice--danger form-error">没有指定哪一户，请从巡查计划或户的页面进入。</Text>
      </View>
    )
  }
  if (household.status === 'loading') return <View className="page" />
  const hh = household.status === 'ok' ? household.data : null
  return (
    <View className="page">
      <PageTitle space="s">登记房屋</PageTitle>
      <Text className="field-lead" data-testid="house-register-who">
        {hh ? `${hh.headName}（${hh.villageName} ${hh.group}）` : '这一户'}
        {hh && hh.houses.filter((h) => !h.retiredAt).length > 0 ? `，已登记 ${hh.houses.filter((h) => !h.retiredAt).length} 栋，这是另一栋` : ''}
      </Text>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <RegisterForm householdId={householdId} owner={{ userId: user.userId, name: user.name }} title={hh?.headNameMasked ?? ''} address={hh?.address ?? ''} />}
      </AsyncView>
    </View>
  )
}
