// One row of the preview, in the words of its kind: what is wrong, what changes, who leaves.
import { View, Text } from '@tarojs/components'
import type { ImportRowView } from '@domain'
import { CategoryTags } from '../../components/CategoryTags'
import { Badge } from '../../components/Badge'
import { Card } from '../../components/Card'

function rowPlace(row: ImportRowView): string {
  return row.rowNumber ? `第 ${row.rowNumber} 行` : '名单外'
}

export function ImportRowItem({ row }: { row: ImportRowView }) {
  return (
    <Card className="imp-row" data-testid="import-row" data-kind={row.kind}>
      <View className="st-card-head">
        <Text className="st-card-head__title">{row.nameMasked || '（无姓名）'}</Text>
        <Badge>{rowPlace(row)}</Badge>
      </View>
      <Text className="st-line">
        {row.villageName || '村（社区）不详'}
        {row.idMasked ? ` · ${row.idMasked}` : ''}
      </Text>
      {row.kind === 'error' &&
        row.errors.map((e, i) => (
          <Text key={i} className="imp-row__error" data-testid="import-row-error">
            {rowPlace(row)} · {e.column} · {e.message}
          </Text>
        ))}
      {row.kind === 'changed' &&
        row.changes.map((c) => (
          <View key={c.field} className="imp-row__change" data-testid="import-row-change">
            <Text className="imp-row__field">{c.label}：</Text>
            <Text className="imp-row__from">{c.from || '（空）'}</Text>
            <Text> → </Text>
            <Text className="imp-row__to">{c.to || '（空）'}</Text>
          </View>
        ))}
      {row.kind === 'missing' && <Text className="imp-row__leave">不在这份名单中，确认后将退出监测</Text>}
      {row.categories.length > 0 && row.kind !== 'error' && <CategoryTags categories={row.categories} />}
    </Card>
  )
}
