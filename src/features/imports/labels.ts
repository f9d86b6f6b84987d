import type { ImportPhase, ImportRowKind } from '@domain'

/** The preview's tabs, in the order a person checks them. */
export const ROW_KINDS: Array<{ kind: ImportRowKind; label: string }> = [
  { kind: 'new', label: '新增' },
  { kind: 'changed', label: '变更' },
  { kind: 'missing', label: '调出' },
  { kind: 'unchanged', label: '无变化' },
  { kind: 'error', label: '有错误' },
]

/** Phases in which the job moves on only while someone keeps stepping it. */
export const WORKING_PHASES: readonly ImportPhase[] = ['parsing', 'diffing', 'missing', 'applying']

export const isWorking = (phase: ImportPhase) => WORKING_PHASES.includes(phase)

export const PHASE_TONE: Record<ImportPhase, 'info' | 'warn' | 'ok' | 'danger' | 'plain'> = {
  parsing: 'info',
  diffing: 'info',
  missing: 'info',
  applying: 'info',
  ready: 'warn',
  done: 'ok',
  failed: 'danger',
  cancelled: 'plain',
}

/** What the picker offers: the lists we read, and the files we explain (an old .xls, a .zip…). */
export { LIST_PICKABLE_TYPES as FILE_TYPES } from '@domain'
