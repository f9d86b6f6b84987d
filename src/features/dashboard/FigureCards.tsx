// The big figures, the most urgent first: houses people still live in although they are
// C/D (red), then patrol coverage, overdue items, open hazards by stage, C/D houses and
// renovation. Every figure opens the list behind it.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { CASE_STAGES, CASE_STAGE_LABELS, type VillageFigures } from '@domain'
import type { DashboardLinks } from './links'
import { coverage, dangerous, overdue } from './figures'
import './dashboard.css'

const go = (url: string) => void Taro.navigateTo({ url })

interface FigureProps {
  label: string
  value: string | number
  unit?: string
  sub?: string
  tone?: 'danger' | 'warn' | 'ok' | 'plain'
  url: string
  testId: string
  wide?: boolean
}

function Figure({ label, value, unit, sub, tone = 'plain', url, testId, wide = false }: FigureProps) {
  return (
    <View className={`db-fig db-fig--${tone}${wide ? ' db-fig--wide' : ''}`} data-testid={testId} data-value={value} onClick={() => go(url)}>
      <Text className="db-fig__label">{label}</Text>
      <View className="db-fig__row">
        <Text className="db-fig__value">{value}</Text>
        {unit && <Text className="db-fig__unit">{unit}</Text>}
      </View>
      {sub && <Text className="db-fig__sub">{sub} ›</Text>}
    </View>
  )
}

export function CriticalFigure({ totals, links }: { totals: VillageFigures; links: DashboardLinks }) {
  const n = totals.occupiedDangerous
  return (
    <View className={`db-critical${n > 0 ? '' : ' db-critical--clear'}`} data-testid="fig-occupied-dangerous" data-value={n} onClick={() => go(links.critical)}>
      <Text className="db-critical__num">{n}</Text>
      <View className="db-critical__text">
        <Text className="db-critical__title">{n > 0 ? '栋危房仍有人居住' : '没有人住在 C/D 级危房里'}</Text>
        <Text className="db-critical__sub">{n > 0 ? '请立即组织撤离 · 查看名单 ›' : '查看危房名单 ›'}</Text>
      </View>
    </View>
  )
}

export function FigureCards({ totals: t, links, villageId }: { totals: VillageFigures; links: DashboardLinks; villageId?: string }) {
  const stages = CASE_STAGES.filter((s) => s !== 'closed' && (t.casesByStage[s] ?? 0) > 0)
  const late = overdue(t)
  return (
    <View>
      <View className="db-figs">
        <Figure label="本月巡查完成率" value={coverage(t)} unit="%" sub={`已巡 ${t.patrolledThisMonth} / ${t.houses} 栋${t.unregistered ? `，另 ${t.unregistered} 户待登记房屋` : ''}`} tone={coverage(t) >= 100 ? 'ok' : 'plain'} url={links.coverage} testId="fig-coverage" />
        <View className={`db-fig db-fig--${late > 0 ? 'danger' : 'plain'}`} data-testid="fig-overdue" data-value={late}>
          <Text className="db-fig__label">逾期事项</Text>
          <View className="db-fig__row">
            <Text className="db-fig__value">{late}</Text>
            <Text className="db-fig__unit">项</Text>
          </View>
          <View className="db-fig__links">
            <Text className="db-fig__link" data-testid="fig-overdue-cases" onClick={() => go(links.cases({ stage: 'open', overdue: true, villageId }))}>
              隐患 {t.overdueCases} ›
            </Text>
            <Text className="db-fig__link" data-testid="fig-overdue-tasks" onClick={() => go(links.overdueTasks(villageId))}>
              任务 {t.overdueTasks} ›
            </Text>
          </View>
        </View>
      </View>
      <View className="db-fig db-fig--wide db-fig--warn" data-testid="fig-open-cases" data-value={t.openCases}>
        <View className="db-fig__head" onClick={() => go(links.cases({ stage: 'open', villageId }))}>
          <Text className="db-fig__label">未办结隐患</Text>
          <View className="db-fig__row">
            <Text className="db-fig__value">{t.openCases}</Text>
            <Text className="db-fig__unit">件 ›</Text>
          </View>
        </View>
        {stages.length > 0 && (
          <View className="db-stages">
            {stages.map((s) => (
              <View key={s} className="db-stage" data-testid={`fig-stage-${s}`} onClick={() => go(links.cases({ stage: s, villageId }))}>
                <Text className="db-stage__num">{t.casesByStage[s]}</Text>
                <Text className="db-stage__label">{CASE_STAGE_LABELS[s]}</Text>
              </View>
            ))}
          </View>
        )}
      </View>
      <View className="db-figs">
        <View className={`db-fig db-fig--${dangerous(t) > 0 ? 'warn' : 'plain'}`} data-testid="fig-dangerous" data-value={dangerous(t)}>
          <Text className="db-fig__label">C/D级危房</Text>
          <View className="db-fig__row">
            <Text className="db-fig__value">{dangerous(t)}</Text>
            <Text className="db-fig__unit">栋</Text>
          </View>
          <View className="db-fig__links">
            <Text className="db-fig__link" data-testid="fig-grade-C" onClick={() => go(links.households({ grade: 'C', villageId }))}>
              C级 {t.byGrade.C} ›
            </Text>
            <Text className="db-fig__link" data-testid="fig-grade-D" onClick={() => go(links.households({ grade: 'D', villageId }))}>
              D级 {t.byGrade.D} ›
            </Text>
          </View>
        </View>
        <View className="db-fig" data-testid="fig-renovation">
          <Text className="db-fig__label">危房改造</Text>
          <View className="db-fig__links db-fig__links--column">
            <Text className="db-fig__link db-fig__link--big" data-testid="fig-renovating" onClick={() => go(links.cases({ stage: 'renovating', villageId }))}>
              改造中 {t.inRenovation} ›
            </Text>
            <Text className="db-fig__link db-fig__link--big" data-testid="fig-renovated" onClick={() => go(links.cases({ stage: 'closed', villageId }))}>
              已改造 {t.renovated} ›
            </Text>
          </View>
        </View>
      </View>
    </View>
  )
}
