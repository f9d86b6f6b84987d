// Department list imports (import.*): start, step, preview, apply, the template.
import { z } from 'zod'
import { id, longText, shortText } from '../validation'
import { IMPORT_SOURCES } from '../departments'
import { contract } from './define'
import { fileIdOf } from './file-fields'
import type { FileLink, ImportPhase, Page } from '../model'
import type { Category } from '../enums'

export interface ImportJobView {
  id: string
  fileName: string
  source: import('../departments').ImportSource
  sourceLabel: string
  phase: ImportPhase
  phaseLabel: string
  /** 0..100 for the current phase. */
  progress: number
  rowsRead: number
  counts: { new: number; changed: number; missing: number; unchanged: number; error: number }
  villagesCovered: string[]
  failure: string | null
  createdAt: string
  createdBy: string
  appliedAt: string | null
}

export interface ImportRowView {
  seq: number
  rowNumber: number | null
  kind: 'new' | 'changed' | 'missing' | 'unchanged' | 'error'
  householdId: string | null
  villageName: string
  nameMasked: string
  idMasked: string
  categories: Category[]
  changes: Array<{ field: string; label: string; from: string; to: string }>
  errors: Array<{ column: string; message: string }>
}

/** Who an import takes off the list, the ones to look at twice first. */
export interface ImportLeavingView {
  /** Households missing from the list: what the apply must confirm. */
  leaving: number
  flagged: Array<{ householdId: string; villageName: string; nameMasked: string; leavesMonitoring: boolean; reasons: string[] }>
}

export const IMPORT_ROW_KINDS = ['new', 'changed', 'missing', 'unchanged', 'error'] as const
export type ImportRowKind = (typeof IMPORT_ROW_KINDS)[number]

/** Largest accepted list file; a 100,000-row .xlsx is about 8 MB. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024

export const importContracts = {
  'import.start': contract<ImportJobView>()({
    input: z.strictObject({
      importId: id(),
      fileId: fileIdOf('list'),
      fileName: shortText(100),
      source: z.enum(IMPORT_SOURCES),
    }),
    roles: ['staff'],
    writes: true,
    example: { importId: 'imp-example-1', fileId: 'local://uploads/u-staff-bachuan/list.xlsx', fileName: '民政名单.xlsx', source: 'civil' },
  }),
  'import.step': contract<ImportJobView>()({
    input: z.strictObject({ importId: id() }),
    roles: ['staff'],
    writes: true,
    example: { importId: 'imp-example-1' },
  }),
  'import.get': contract<ImportJobView>()({
    input: z.strictObject({ importId: id() }),
    roles: ['staff', 'leader'],
    writes: false,
    example: { importId: 'imp-example-1' },
  }),
  'import.list': contract<ImportJobView[]>()({
    input: z.strictObject({}),
    roles: ['staff', 'leader'],
    writes: false,
    example: {},
  }),
  'import.rows': contract<Page<ImportRowView>>()({
    input: z.strictObject({
      importId: id(),
      kind: z.enum(IMPORT_ROW_KINDS),
      page: z.number().int().min(1).max(100000).default(1),
      pageSize: z.number().int().min(1).max(100).default(50),
    }),
    roles: ['staff', 'leader'],
    writes: false,
    example: { importId: 'imp-example-1', kind: 'error' },
  }),
  'import.apply': contract<ImportJobView>()({
    input: z.strictObject({
      importId: id(),
      /** Apply the valid rows and leave the rows with errors out. */
      excludeErrorRows: z.boolean().default(false),
      /** Why the households missing from the list leave monitoring. */
      removalReason: longText(100).default(''),
      /** How many households the screen showed leaving: refused unless it is still the job's count. */
      confirmedLeaving: z.number().int().min(0).max(10_000_000),
    }),
    roles: ['staff'],
    writes: true,
    example: { importId: 'imp-example-1', excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: 0 },
  }),
  'import.leaving': contract<ImportLeavingView>()({
    input: z.strictObject({ importId: id() }),
    roles: ['staff', 'leader'],
    writes: false,
    example: { importId: 'imp-example-1' },
  }),
  'import.cancel': contract<ImportJobView>()({
    input: z.strictObject({ importId: id() }),
    roles: ['staff'],
    writes: true,
    example: { importId: 'imp-example-1' },
  }),
  'import.template': contract<FileLink>()({
    input: z.strictObject({}),
    roles: ['staff'],
    writes: true,
    example: {},
  }),
}
