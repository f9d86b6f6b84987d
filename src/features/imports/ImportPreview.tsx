// What the import would do, as five big tabs with their counts; the chosen tab lists
// its rows page by page.
import { useState, type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import type { ImportJobView, ImportRowKind, ImportRowView } from '@domain'
import { importRows } from '../../services/imports'
import { PagedList } from '../../components/PagedList'
import { usePaged } from '../../hooks/usePaged'
import { ImportRowItem } from './ImportRowItem'
import { ROW_KINDS } from './labels'

const PAGE_SIZE = 20

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
      <View className="imp-tabs">
        {ROW_KINDS.map((k) => (
          <View
            key={k.kind}
            className={`imp-tab imp-tab--${k.kind}${k.kind === kind ? ' imp-tab--on' : ''}${job.counts[k.kind] > 0 ? ' imp-tab--some' : ''}`}
            data-testid={`import-count-${k.kind}`}
            data-count={job.counts[k.kind]}
            onClick={() => setKind(k.kind)}
          >
            <Text className="imp-tab__num">{job.counts[k.kind]}</Text>
            <Text className="imp-tab__label">{k.label}</Text>
          </View>
        ))}
      </View>
      {children}
      <Text className="section-title st-block">{current.label}（{job.counts[kind]} 行）</Text>
      <Rows key={kind} importId={job.id} kind={kind} label={current.label} />
    </View>
  )
}
