// 农户上报: what the farmer said about his house, each time he reported it — the problems
// he ticked, his own words and his photos, or that he could not take one.
import { View, Text } from '@tarojs/components'
import type { FarmerReportView } from '@domain'
import { StoredPhotoGrid } from '../../components/evidence/StoredPhotoGrid'
import { timeText } from '../../format/time'
import { Card } from '../../components/Card'

function Report({ report: r, index }: { report: FarmerReportView; index: number }) {
  return (
    <View className="case-report" data-testid="case-farmer-report" data-no-photo={r.noPhoto}>
      <Text className="case-event__label">{index === 0 ? '农户上报' : `农户第 ${index + 1} 次上报`}</Text>
      <Text className="case-event__meta">{timeText(r.at)}</Text>
      {r.problems.length > 0 && <Text className="case-event__note">他说：{r.problems.join('、')}</Text>}
      {r.words && <Text className="case-event__note" data-testid="case-farmer-words">“{r.words}”</Text>}
      {r.noPhoto && (
        <Text className="case-report__nophoto" data-testid="case-farmer-nophoto">
          农户拍不了照片，只用文字说明
        </Text>
      )}
      {r.photos.length > 0 && (
        <StoredPhotoGrid photos={r.photos} photoTestId="case-farmer-photo" />
      )}
    </View>
  )
}

export function FarmerReportsView({ reports }: { reports: FarmerReportView[] }) {
  if (reports.length === 0) return null
  return (
    <Card data-testid="case-farmer-reports">
      <Text className="card-title">农户上报（{reports.length} 次）</Text>
      {reports.map((r, i) => (
        <Report key={r.id} report={r} index={i} />
      ))}
    </Card>
  )
}
