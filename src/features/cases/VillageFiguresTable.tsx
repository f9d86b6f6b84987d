// Per village: cases found, appraised, C+D, in renovation, renovated, overdue, and the
// houses still lived in although dangerous — in red, the figure that needs action.
import { View, Text } from '@tarojs/components'
import { IN_RENOVATION_LABEL, type VillageCaseFigures } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { caseVillageFigures } from '../../services/case'
import { Card } from '../../components/Card'

// 有人居住危房 comes first: it is the figure that needs action today.
const COLUMNS: Array<{ key: Exclude<keyof VillageCaseFigures, 'villageId' | 'villageName'>; label: string }> = [
  { key: 'occupiedDangerous', label: '有人居住危房(栋)' },
  { key: 'found', label: '发现(件)' },
  { key: 'appraised', label: '已鉴定(件)' },
  { key: 'dangerous', label: 'C+D(件)' },
  { key: 'inRenovation', label: `${IN_RENOVATION_LABEL}(件)` },
  { key: 'renovated', label: '已改造(件)' },
  { key: 'overdue', label: '逾期(件)' },
]

function FigureRow({ row, total = false }: { row: Omit<VillageCaseFigures, 'villageId'> & { villageId?: string }; total?: boolean }) {
  return (
    <View className={`case-fig__row${total ? ' case-fig__row--total' : ''}`} data-testid={total ? 'case-figures-total' : 'case-figures-row'} data-village-id={row.villageId ?? ''}>
      <Text className="case-fig__name">{row.villageName}</Text>
      {COLUMNS.map((c) => {
        const danger = (c.key === 'occupiedDangerous' || c.key === 'overdue') && row[c.key] > 0
        return (
          <Text key={c.key} className={`case-fig__cell${c.key === 'occupiedDangerous' ? ' case-fig__cell--critical' : ''}${danger ? ' case-fig__cell--danger' : ''}`} data-col={c.key}>
            {row[c.key]}
          </Text>
        )
      })}
    </View>
  )
}

function sum(rows: VillageCaseFigures[]): Omit<VillageCaseFigures, 'villageId'> {
  const total = { villageName: '合计', found: 0, appraised: 0, dangerous: 0, inRenovation: 0, renovated: 0, overdue: 0, occupiedDangerous: 0 }
  for (const r of rows) for (const c of COLUMNS) total[c.key] += r[c.key]
  return total
}

export function VillageFiguresTable() {
  const figures = useResult(caseVillageFigures, [])
  return (
    <Card className="case-fig" data-testid="case-figures">
      <Text className="card-title">各村（社区）隐患处理情况</Text>
      <AsyncView state={figures} onRetry={figures.reload} isEmpty={(rows) => rows.length === 0}>
        {(rows) => (
          <View className="case-fig__table">
            <View className="case-fig__row case-fig__row--head">
              <Text className="case-fig__name">村（社区）</Text>
              {COLUMNS.map((c) => (
                <Text key={c.key} className={`case-fig__cell${c.key === 'occupiedDangerous' ? ' case-fig__cell--critical' : ''}`}>
                  {c.label}
                </Text>
              ))}
            </View>
            {rows.length > 1 && <FigureRow row={sum(rows)} total />}
            {rows.map((r) => (
              <FigureRow key={r.villageId} row={r} />
            ))}
          </View>
        )}
      </AsyncView>
    </Card>
  )
}
