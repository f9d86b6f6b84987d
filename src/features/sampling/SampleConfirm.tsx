// Before a draw is made: how many houses each village gives, how many in all and by when
// the street must patrol them. Nothing is drawn until 确认.
import { Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { SamplePreview } from '@domain'
import { dayText } from '../../format/time'
import { Card } from '../../components/Card'

export function SampleConfirm({ preview, busy, onConfirm, onCancel }: { preview: SamplePreview; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <Card data-testid="sample-confirm" data-total={preview.total}>
      <Text className="st-card-head__title">请确认这次抽查</Text>
      <Text className="st-line">
        共抽 {preview.total} 栋房屋，街道须在 {dayText(preview.dueDate)} 前巡查完
      </Text>
      {preview.villages.map((v) => (
        <Text key={v.villageId} className="st-line" data-testid="sample-confirm-village" data-village-id={v.villageId} data-drawn={v.drawn}>
          {v.villageName}：抽 {v.drawn} 栋（共 {v.houses} 栋）
        </Text>
      ))}
      <Button block size="large" type="primary" loading={busy} disabled={busy || preview.total === 0} data-testid="sample-confirm-draw" onClick={onConfirm}>
        确认抽取 {preview.total} 栋
      </Button>
      <Button block size="large" fill="outline" disabled={busy} data-testid="sample-confirm-cancel" onClick={onCancel}>
        取消
      </Button>
    </Card>
  )
}
