// The departments that send monitored-household lists (部门数据共享), and which of the
// six categories each one is authoritative for. A category belongs to exactly one
// department, so a department's new list can replace its own categories and leave the
// others' untouched.
import type { Category } from './enums'

export const DEPARTMENTS = ['civil', 'revitalization'] as const
export type Department = (typeof DEPARTMENTS)[number]

export const DEPARTMENT_LABELS: Record<Department, string> = {
  civil: '民政',
  revitalization: '乡村振兴（产业培育中心）',
}

export const DEPARTMENT_OF_CATEGORY: Record<Category, Department> = {
  unstable: 'revitalization',
  otherPoverty: 'revitalization',
  dibao: 'civil',
  tekun: 'civil',
  hardship: 'civil',
  dibaoEdge: 'civil',
}

/** An import source: one department's list, or the whole ledger (every category). */
export const IMPORT_SOURCES = [...DEPARTMENTS, 'ledger'] as const
export type ImportSource = (typeof IMPORT_SOURCES)[number]

export const IMPORT_SOURCE_LABELS: Record<ImportSource, string> = {
  ...DEPARTMENT_LABELS,
  ledger: '监测台账（全部类别）',
}

export function categoriesOf(source: ImportSource): Category[] {
  return (Object.keys(DEPARTMENT_OF_CATEGORY) as Category[]).filter((c) => source === 'ledger' || DEPARTMENT_OF_CATEGORY[c] === source)
}

export function departmentsOf(categories: readonly Category[]): Department[] {
  return DEPARTMENTS.filter((d) => categories.some((c) => DEPARTMENT_OF_CATEGORY[c] === d))
}

/**
 * The categories a household keeps after a source's list says it has `listed`
 * (empty when absent from the list): other departments' categories stay.
 */
export function mergeCategories(current: readonly Category[], source: ImportSource, listed: readonly Category[]): Category[] {
  const owned = new Set(categoriesOf(source))
  const kept = current.filter((c) => !owned.has(c))
  const merged = new Set([...kept, ...listed])
  return (Object.keys(DEPARTMENT_OF_CATEGORY) as Category[]).filter((c) => merged.has(c))
}
