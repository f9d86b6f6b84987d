// Department list imports (部门数据共享): upload a list, step the job through its phases,
// look at the preview, then apply or cancel it.
import { call, type Input } from './api'

export type ImportRowsQuery = Input<'import.rows'>

export const listImports = () => call('import.list', {})

export const getImport = (importId: string) => call('import.get', { importId })

export const startImport = (input: Input<'import.start'>) => call('import.start', input)

/** Runs one chunk of the job's current phase and reports where it stands. */
export const stepImport = (importId: string) => call('import.step', { importId })

export const importRows = (query: ImportRowsQuery) => call('import.rows', query)

export const applyImport = (input: Input<'import.apply'>) => call('import.apply', input)

export const cancelImport = (importId: string) => call('import.cancel', { importId })

/** A blank list in the layout the import reads. */
export const importTemplate = () => call('import.template', {})

/** Who the import takes off the list, those to look at twice first. */
export const importLeaving = (importId: string) => call('import.leaving', { importId })
