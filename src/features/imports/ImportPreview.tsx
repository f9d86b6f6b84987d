// What the import would do, as five big tabs with their counts; the chosen tab lists
// its rows page by page.
import { useState, type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import type { ImportJobView, ImportRowKind, ImportRowView } from '@domain'
import { importRows } from '../../services/import'
import { PagedList } from '../../components/PagedList'
import { usePaged } from '../../hooks/usePaged'
import { ImportRowItem } from './ImportRowItem'
import { ROW_KINDS } from './labels'
import { CountTabs } from '../../components/Tabs'

const PAGE_SIZE = 20

/** A count that asks for a look: rows in error or leaving red, new green, changed orange. */
const COUNT_TONE: Partial<Record<ImportRowKind, 'ok' | 'warn' | 'danger'>> = { error: 'danger', missing: 'danger', new: 'ok', changed: 'warn' }

function firstKind(counts: ImportJobView['counts']): ImportRowKind {
  if (counts.error > 0) return 'error'
  return ROW_KINDS.find((k) => counts[k.kind] > 0)?.kind ?? 'unchanged'
}

function Rows({ importId, kind, label }: { importId: string; kind: ImportRowKind; label: string }) {
  const list = usePaged<ImportRowView>((page) => importRows({ importId, kind, page, pageSize: PAGE_SIZE }), `${importId}:${kind}`)
  return <PagedList list={list} render={(row) => <ImportRowItem key={row.seq} row={row} />} emptyText={`没有${label}的行`} testId="import-rows" />
}

/** `children` come between the tabs and the rows: the decision, for a job that waits for one. */
export function ImportPreview({ job, children }: { job: ImportJobView; children?: ReactNode }) {
  const [kind, setKind] = useState<ImportRowKind>(() => firstKind(job.counts))
  const current = ROW_KINDS.find((k) => k.kind === kind)!
  return (
    <View data-testid="import-preview">
      <CountTabs
        items={ROW_KINDS.map((k) => ({
          key: k.kind,
          label: k.label,
          count: job.counts[k.kind],
          tone: job.counts[k.kind] > 0 ? COUNT_TONE[k.kind] : undefined,
          testId: `import-count-${k.kind}`,
          data: { 'data-count': job.counts[k.kind] },
        }))}
        value={kind}
        onChange={setKind}
        columns={3}
        className="imp-tabs"
      />
      {children}
      <Text className="section-title st-block">{current.label}（{job.counts[kind]} 行）</Text>
      <Rows key={kind} importId={job.id} kind={kind} label={current.label} />
    </View>
  )
}
