// The damaged houses reported for a disaster: damage grade, people affected, 重大紧急,
// when, and the hazard case each report opened. Names come from the village map data.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { DisasterEventView, MapHouse } from '@domain'
import { useResult } from '../../hooks/useResult'
import { mapHouses } from '../../services/map'
import { shortTime } from '../../format/time'
import { Card } from '../../components/Card'
import './disasters.css'

/** Houses of the villages that reported, to name each report's house. */
async function housesOf(villageIds: string[]) {
  const found = new Map<string, MapHouse>()
  for (const v of villageIds) {
    const res = await mapHouses(v)
    if (res.ok) for (const h of res.data.houses) found.set(h.houseId, h)
  }
  return { ok: true as const, data: found }
}

export function ReportList({ event, casePath }: { event: DisasterEventView; casePath: string }) {
  const villages = [...new Set(event.reports.map((r) => r.villageId))]
  const houses = useResult(() => housesOf(villages), [villages.join(',')])
  const known = houses.status === 'ok' ? houses.data : new Map<string, MapHouse>()
  const villageName = new Map(event.villages.map((v) => [v.villageId, v.villageName]))
  if (event.reports.length === 0) return <Text className="ds-note">还没有上报受损房屋。</Text>
  return (
    <View data-testid="disaster-reports">
      {event.reports.map((r) => {
        const h = known.get(r.houseId)
        return (
          <Card
            key={r.id}
            className={`ds-report ds-report--${r.damage}`}
            data-testid="disaster-report-item"
            data-damage={r.damage}
            onClick={r.caseId ? () => void Taro.navigateTo({ url: `${casePath}?id=${encodeURIComponent(r.caseId!)}` }) : undefined}
          >
            <View className="ds-report__head">
              <Text className="ds-report__name">{h ? h.headNameMasked : '受损房屋'}</Text>
              <Text className={`badge ds-damage ds-damage--${r.damage}`}>{r.damageLabel}</Text>
            </View>
            <Text className="ds-report__line">
              {villageName.get(r.villageId)}
              {h ? ` · ${h.address}` : ''}
            </Text>
            <Text className="ds-report__line">
              受影响 {r.peopleAffected} 人 · {shortTime(r.reportedAt)} 上报
            </Text>
            {r.major && <Text className="ds-major">重大紧急，已通知街道和领导</Text>}
            {r.late && (
              <Text className="ds-major" data-testid="disaster-report-late">
                逾期上报（期限 {event.dueDate}），已告知街道和领导
              </Text>
            )}
            {r.caseId && <Text className="ds-report__more">查看隐患处理 ›</Text>}
          </Card>
        )
      })}
    </View>
  )
}
