// Who leaves with this import, the households to look at twice on top: an open hazard
// case, a C/D grade, people still inside a dangerous house.
import { View, Text } from '@tarojs/components'
import type { ImportLeavingView } from '@domain'
import { Card } from '../../components/Card'

export function ImportLeaving({ view }: { view: ImportLeavingView }) {
  if (view.leaving === 0) return null
  return (
    <View className="st-field" data-testid="import-leaving" data-leaving={view.leaving} data-flagged={view.flagged.length}>
      <Text className="st-field__label">将调出 {view.leaving} 户</Text>
      {view.flagged.length > 0 && (
        <Text className="notice notice--danger st-notice">其中 {view.flagged.length} 户要特别留意，请核实后再调出：</Text>
      )}
      {view.flagged.map((f) => (
        <Card key={f.householdId} className="imp-flagged" data-testid="import-leaving-flagged" data-household-id={f.householdId}>
          <Text className="st-line">
            {f.villageName} · {f.nameMasked}
            {f.leavesMonitoring ? '（退出监测）' : '（减少类别）'}
          </Text>
          <Text className="st-line st-danger">{f.reasons.join('；')}</Text>
        </Card>
      ))}
      <Text className="st-field__hint">调出的全部名单见上方“调出”一栏。</Text>
    </View>
  )
}
