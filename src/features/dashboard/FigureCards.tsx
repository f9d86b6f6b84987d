// The big figures, the most urgent first: houses people still live in although they are
// C/D or 疑似危房 (red), then patrol coverage, overdue items, open hazards by stage, C/D
// households and renovation. Every figure opens exactly the rows it counts, in its unit.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { CASE_STAGE_LABELS, openStageRows, renovationRows, type VillageFigures } from '@domain'
import { UNIT, criticalWords, figureAttrs } from '../../format/figures'
import type { DashboardLinks } from './links'
import { coverage, overdue } from './figures'
import './dashboard.css'

const go = (url: string) => void Taro.navigateTo({ url })

export function CriticalFigure({ totals, links }: { totals: VillageFigures; links: DashboardLinks }) {
  const n = totals.occupiedDangerous + totals.occupiedSuspected
  const words = criticalWords(n, null, totals.occupiedSuspected)
  return (
    <View className={`db-critical${n > 0 ? '' : ' db-critical--clear'}`} data-testid="fig-occupied-dangerous" data-value={n} {...figureAttrs('critical', n, UNIT.house)} onClick={() => go(links.critical)}>
      <Text className="db-critical__num">{n}</Text>
      <View className="db-critical__text">
        <Text className="db-critical__title">{words.title}</Text>
        <Text className="db-critical__sub">{n > 0 ? `${words.sub} · 查看名单 ›` : '查看危房名单 ›'}</Text>
      </View>
    </View>
  )
}

function Coverage({ t, links }: { t: VillageFigures; links: DashboardLinks }) {
  const pct = coverage(t)
  return (
    <View className={`db-fig db-fig--${pct >= 100 ? 'ok' : 'plain'}`} data-testid="fig-coverage" data-value={pct} {...figureAttrs('coverage', t.patrolledThisMonth, UNIT.house)} onClick={() => go(links.coverage)}>
      <Text className="db-fig__label">本月巡查完成率</Text>
      <View className="db-fig__row">
        <Text className="db-fig__value">{pct}</Text>
        <Text className="db-fig__unit">%</Text>
      </View>
      <Text className="db-fig__sub">
        已巡 {t.patrolledThisMonth} / {t.houses} 栋{t.unregistered ? `，另 ${t.unregistered} 户待登记房屋` : ''} ›
      </Text>
    </View>
  )
}

function Overdue({ t, links, villageId }: { t: VillageFigures; links: DashboardLinks; villageId?: string }) {
  const late = overdue(t)
  return (
    <View className={`db-fig db-fig--${late > 0 ? 'danger' : 'plain'}`} data-testid="fig-overdue" data-value={late}>
      <Text className="db-fig__label">逾期事项</Text>
      <View className="db-fig__row">
        <Text className="db-fig__value">{late}</Text>
        <Text className="db-fig__unit">项</Text>
      </View>
      <View className="db-fig__links">
        <Text className="db-fig__link" data-testid="fig-overdue-cases" {...figureAttrs('overdue-cases', t.overdueCases, UNIT.case)} onClick={() => go(links.cases({ stage: 'open', overdue: true, villageId }))}>
          隐患 {t.overdueCases} 件 ›
        </Text>
        <Text className="db-fig__link" data-testid="fig-overdue-tasks" {...figureAttrs('overdue-tasks', t.overdueTasks, UNIT.task)} onClick={() => go(links.overdueTasks(villageId))}>
          任务 {t.overdueTasks} 项 ›
        </Text>
      </View>
    </View>
  )
}

function OpenCases({ t, links, villageId }: { t: VillageFigures; links: DashboardLinks; villageId?: string }) {
  const stages = openStageRows(t.casesByStage)
  return (
    <View className="db-fig db-fig--wide db-fig--warn" data-testid="fig-open-cases" data-value={t.openCases}>
      <View className="db-fig__head" {...figureAttrs('open-cases', t.openCases, UNIT.case)} onClick={() => go(links.cases({ stage: 'open', villageId }))}>
        <Text className="db-fig__label">未办结隐患</Text>
        <View className="db-fig__row">
          <Text className="db-fig__value">{t.openCases}</Text>
          <Text className="db-fig__unit">件 ›</Text>
        </View>
      </View>
      {stages.length > 0 && (
        <View className="db-stages">
          {stages.map(({ stage, count }) => (
            <View key={stage} className="fig-tile db-stage" data-testid={`fig-stage-${stage}`} {...figureAttrs(`stage-${stage}`, count, UNIT.case)} onClick={() => go(links.cases({ stage, villageId }))}>
              <Text className="db-stage__num">{count}</Text>
              <Text className="db-stage__label">{CASE_STAGE_LABELS[stage]}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}

/** Households by their worst grade, as the household list filters them. */
function Dangerous({ t, links, villageId }: { t: VillageFigures; links: DashboardLinks; villageId?: string }) {
  const { C, D } = t.householdsByGrade
  return (
    <View className={`db-fig db-fig--${C + D > 0 ? 'warn' : 'plain'}`} data-testid="fig-dangerous" data-value={C + D}>
      <Text className="db-fig__label">C/D级危房户</Text>
      <View className="db-fig__row">
        <Text className="db-fig__value">{C + D}</Text>
        <Text className="db-fig__unit">户</Text>
      </View>
      <View className="db-fig__links">
        <Text className="db-fig__link" data-testid="fig-grade-C" {...figureAttrs('grade-C', C, UNIT.household)} onClick={() => go(links.households({ grade: 'C', villageId }))}>
          C级 {C} 户 ›
        </Text>
        <Text className="db-fig__link" data-testid="fig-grade-D" {...figureAttrs('grade-D', D, UNIT.household)} onClick={() => go(links.households({ grade: 'D', villageId }))}>
          D级 {D} 户 ›
        </Text>
      </View>
    </View>
  )
}

/** 危房改造: each renovation stage as the stage row counts it, then 已改造 (closed as renovated). */
function Renovation({ t, links, villageId }: { t: VillageFigures; links: DashboardLinks; villageId?: string }) {
  return (
    <View className="db-fig" data-testid="fig-renovation">
      <Text className="db-fig__label">危房改造</Text>
      <View className="db-fig__links db-fig__links--column">
        {renovationRows(t.casesByStage).map(({ stage, count }) => (
          <Text key={stage} className="db-fig__link" data-testid={`fig-renovation-${stage}`} {...figureAttrs(`renovation-${stage}`, count, UNIT.case)} onClick={() => go(links.cases({ stage, villageId }))}>
            {CASE_STAGE_LABELS[stage]} {count} 件 ›
          </Text>
        ))}
        <Text className="db-fig__link db-fig__link--big" data-testid="fig-renovated" {...figureAttrs('renovated', t.renovated, UNIT.case)} onClick={() => go(links.cases({ renovated: true, villageId }))}>
          已改造 {t.renovated} 件 ›
        </Text>
      </View>
    </View>
  )
}

export function FigureCards({ totals: t, links, villageId }: { totals: VillageFigures; links: DashboardLinks; villageId?: string }) {
  return (
    <View>
      <View className="db-figs">
        <Coverage t={t} links={links} />
        <Overdue t={t} links={links} villageId={villageId} />
      </View>
      <OpenCases t={t} links={links} villageId={villageId} />
      <View className="db-figs">
        <Dangerous t={t} links={links} villageId={villageId} />
        <Renovation t={t} links={links} villageId={villageId} />
      </View>
    </View>
  )
}
