// 修改房屋信息 (inspector: houses of his village; street staff: any house of the street),
// marking it demolished or empty, and its change history. An edit quotes the revision it
// started from: when someone changed the house meanwhile, the form keeps what was typed,
// shows the newest record and asks to check and save again.
import { useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { HOUSE_RETIRE_REASON_LABELS, type HouseView } from '@domain'
import { AsyncView } from '../../../components/AsyncView'
import { useResult } from '../../../hooks/useResult'
import { editHouse, getHouse } from '../../../services/house'
import { uploadFile } from '../../../services/files'
import type { TakenPhoto } from '../../../services/photos'
import { photoFacts } from '../../../services/photo-facts'
import { session } from '../../../services/session'
import { PhotoPicker } from '../../../components/evidence/PhotoPicker'
import { stalenessOf } from '../../../services/reads'
import { FormError } from '../../../components/form/Field'
import { GpsStatus } from '../../../components/evidence/GpsStatus'
import { useFix } from '../../../hooks/useFix'
import { dayText } from '../../../format/time'
import { HouseFields } from './HouseFields'
import { HouseHistoryList } from '../../../components/HouseHistoryList'
import { HouseRetireCard } from './HouseRetireCard'
import { checkHouseForm, type HouseFormValues } from './house-form'
import { useHouseFields } from './useHouseFields'
import { Card } from '../../../components/Card'
import { PageTitle } from '../../../components/PageTitle'
import '../field.css'
import './houses.css'

// Areas from older lists may carry two decimals; the form shows one, and leaves the stored
// area alone unless the person changes it.
const areaShown = (h: HouseView) => String(Math.round(h.floorAreaCm2 / 1000) / 10)

const formOf = (h: HouseView): HouseFormValues => ({
  structure: h.structure,
  floors: String(h.floors),
  yearBuilt: String(h.yearBuilt),
  floorArea: areaShown(h),
  address: h.address,
  occupancy: h.occupancy,
  siteHazards: h.siteHazards,
})

function EditForm({ start, onSaved }: { start: HouseView; onSaved: () => void }) {
  const [house, setHouse] = useState(start)
  const { values, missing, onChange, setTried } = useHouseFields(() => formOf(start), () => setError(''))
  const [useHere, setUseHere] = useState(false)
  const [error, setError] = useState('')
  const [notice, setNotice] = useState('')
  const [busy, setBusy] = useState(false)
  const [photos, setPhotos] = useState<TakenPhoto[]>([])
  // Photos already uploaded keep their file id, so a second try sends only the rest.
  const uploaded = useRef(new Map<string, string>())
  const gps = useFix()
  const fixRef = useRef(gps.fix)
  fixRef.current = gps.fix
  const me = session.get().me

  if (house.retiredAt) {
    return (
      <Text className="notice notice--warn hs-retired" data-testid="house-retired">
        {dayText(house.retiredAt)}已标记不再监测：{house.retiredReason ? HOUSE_RETIRE_REASON_LABELS[house.retiredReason] : ''} {house.retiredNote}
      </Text>
    )
  }

  const save = async () => {
    const checked = checkHouseForm(values)
    if (!checked.ok) {
      setTried(true)
      return setError(checked.message)
    }
    setBusy(true)
    for (const [i, p] of photos.entries()) {
      if (uploaded.current.has(p.key)) continue
      const up = await uploadFile(me?.userId ?? '', p.data, `house-${i + 1}.jpg`)
      if (!up.ok) {
        setBusy(false)
        return setError(`照片没有传上去：${up.message}`)
      }
      uploaded.current.set(p.key, up.data.fileId)
    }
    const addPhotos = photos.map((p) => ({ fileId: uploaded.current.get(p.key)!, ...photoFacts(p) }))
    const fix = useHere ? gps.fix : null
    const { floorArea, ...rest } = checked.value
    const areaChanged = values.floorArea.trim() !== areaShown(house)
    const res = await editHouse({ houseId: house.id, expectRev: house.rev, ...rest, ...(areaChanged ? { floorArea } : {}), addPhotos, ...(fix ? { gps: { lat: fix.lat, lng: fix.lng, accuracy: fix.accuracy } } : {}) })
    setBusy(false)
    if (!res.ok) {
      setNotice('')
      setError(res.message)
      // Someone else saved first: take their revision, keep what this person typed.
      if (res.code === 'CONFLICT') {
        // Their revision, never the copy kept from before it (weak signal).
        const first = await getHouse(house.id)
        const fresh = (await stalenessOf(first)?.fresh) ?? first
        if (fresh.ok) setHouse(fresh.data.house)
      }
      return
    }
    setHouse(res.data)
    setError('')
    setUseHere(false)
    setPhotos([])
    uploaded.current.clear()
    setNotice('已保存')
    onSaved()
  }

  return (
    <View data-testid="house-edit-form" data-rev={house.rev}>
      <HouseFields values={values} missing={missing} onChange={onChange} />
      <Card className="field-section">
        <Text className="card-title">补拍房屋照片（选填，已有 {house.photoCount} 张）</Text>
        <PhotoPicker photos={photos} onChange={setPhotos} max={9} stampInfo={() => ({ who: me?.name ?? '', fix: fixRef.current })} />
      </Card>
      <Card className="field-section">
        <Text className="card-title">位置</Text>
        <Text className="field-lead" data-testid="house-gps">
          {house.noGps || house.lat === null ? '登记时无定位' : `已记录位置${house.gpsAccuracy !== null ? `（误差约 ${house.gpsAccuracy} 米）` : ''}`}
        </Text>
        <GpsStatus state={gps} onRetry={gps.retry} />
        {gps.fix && (
          <Button block fill={useHere ? 'solid' : 'outline'} type="primary" size="large" data-testid="house-use-here" onClick={() => setUseHere(!useHere)}>
            {useHere ? '✓ 保存时改用现在的位置' : '我在房屋现场，改用现在的位置'}
          </Button>
        )}
      </Card>
      <FormError message={error} />
      {notice && (
        <Text className="field-lead" data-testid="house-edit-saved">
          {notice}
        </Text>
      )}
      <View className="hs-actions">
        <Button block type="primary" size="large" loading={busy} disabled={busy} data-testid="house-edit-submit" onClick={() => void save()}>
          保存修改
        </Button>
        <HouseRetireCard
          house={house}
          onDone={(h) => {
            setHouse(h)
            onSaved()
          }}
        />
      </View>
    </View>
  )
}

export function HouseEditScreen({ houseId }: { houseId: string | undefined }) {
  const detail = useResult(() => (houseId ? getHouse(houseId) : Promise.resolve({ ok: false as const, code: 'NOT_FOUND' as const, message: '没有指定房屋' })), [houseId])
  const [version, setVersion] = useState(0)
  return (
    <View className="page">
      <PageTitle space="s">修改房屋信息</PageTitle>
      <AsyncView state={detail} onRetry={detail.reload}>
        {({ house, household }) => (
          <View>
            <Text className="field-lead">
              {household.headNameMasked}（{household.villageName} {household.group}）
            </Text>
            <EditForm start={house} onSaved={() => setVersion((v) => v + 1)} />
            <HouseHistoryList houseId={house.id} version={version} />
          </View>
        )}
      </AsyncView>
    </View>
  )
}
