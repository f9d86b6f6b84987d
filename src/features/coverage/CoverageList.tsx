// Per village, how far this month's patrol of every monitored house has got; villages with
// the most houses left come first (the server's order). The street total leads.
import { View, Text } from '@tarojs/components'
import { Progress } from '@nutui/nutui-react-taro'
import type { CoverageRow } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { Card } from '../../components/Card'
import { useResult } from '../../hooks/useResult'
import { patrolCoverage } from '../../services/patrol'
import { palette } from '../../styles/theme'
import { UNIT, listTotalAttrs } from '../../format/figures'

function total(rows: CoverageRow[], place: string): CoverageRow {
  const t: CoverageRow = { villageId: 'total', villageName: `${place}合计`, houses: 0, patrolled: 0, notPatrolled: 0, overdue: 0, unregistered: 0, streetMismatches: 0 }
  for (const r of rows) {
    t.houses += r.houses
    t.patrolled += r.patrolled
    t.notPatrolled += r.notPatrolled
    t.overdue += r.overdue
    t.unregistered += r.unregistered ?? 0
    t.streetMismatches += r.streetMismatches
  }
  return t
}

const percent = (r: CoverageRow) => (r.houses ? Math.floor((r.patrolled / r.houses) * 100) : 100)

function Figure({ label, value, alert = false }: { label: string; value: number; alert?: boolean }) {
  return (
    <View className={`fig-tile cov-fig${alert && value > 0 ? ' cov-fig--alert' : ''}`}>
      <Text className="fig-tile__num cov-fig__num">{value}</Text>
      <Text className="fig-tile__label cov-fig__label">{label}</Text>
    </View>
  )
}

function CoverageCard({ row, isTotal = false }: { row: CoverageRow; isTotal?: boolean }) {
  return (
    <Card className={isTotal ? 'cov-total' : undefined} data-testid={isTotal ? 'coverage-total' : 'coverage-row'} data-village-id={row.villageId} {...(isTotal ? listTotalAttrs(row.patrolled, UNIT.house) : {})}>
      <View className="st-card-head">
        <Text className="st-card-head__title">{row.villageName}</Text>
        <Text className="cov-done">
          已巡查 <Text className="cov-done__num">{row.patrolled}</Text> / {row.houses - (row.unregistered ?? 0)} 栋
        </Text>
      </View>
      <Progress percent={percent(row)} strokeWidth="12" color={row.notPatrolled === 0 ? palette.ok : palette.primary} showText={false} animated={false} />
      <View className="fig-tiles cov-figs">
        <Figure label="未巡查" value={row.notPatrolled} />
        <Figure label="已逾期" value={row.overdue} alert />
        <Figure label="待登记房屋(户)" value={row.unregistered ?? 0} alert />
        <Figure label="街道核查不一致" value={row.streetMismatches} alert />
      </View>
    </Card>
  )
}

/** place: the caller's street, named on the total. */
export function CoverageList({ month, place }: { month: string; place: string }) {
  const rows = useResult(() => patrolCoverage(month), [month])
  return (
    <AsyncView state={rows} onRetry={rows.reload} isEmpty={(list) => list.length === 0} emptyText="没有可看的村（社区）">
      {(list) => (
        <View data-testid="coverage-list">
          <CoverageCard row={total(list, place)} isTotal />
          {list.map((r) => (
            <CoverageCard key={r.villageId} row={r} />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
