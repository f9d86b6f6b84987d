// Upload the chosen list, then open an import job on it. The upload and the job id are
// kept across a retry, so a failure after the upload neither uploads twice nor starts two jobs.
import { useRef, useState } from 'react'
import { IMPORT_MAX_BYTES, LIST_FILE_MESSAGES, listFileNameProblem, type ImportJobView, type ImportSource } from '@domain'
import { uploadFile } from '../../services/files'
import { startImport } from '../../services/import'
import { session } from '../../services/session'
import { newId } from '../../services/ids'
import { sizeText } from '../../format/numbers'
import type { PickedFile } from './picked-file'

export type StartStage = 'idle' | 'uploading' | 'starting'

/** The file's problem in plain words, or null when it can be imported. */
export function fileProblem(file: PickedFile): string | null {
  // An old .xls, a WPS file or a .zip is told how to become an .xlsx before it is uploaded.
  const named = listFileNameProblem(file.name)
  if (named) return LIST_FILE_MESSAGES[named]
  if (file.size === 0) return '文件是空的'
  if (file.size > IMPORT_MAX_BYTES) return `文件太大（${sizeText(file.size)}）：最大 ${sizeText(IMPORT_MAX_BYTES)}，请分村导入`
  return null
}

/** The server takes names up to 100 characters; keep the extension when cutting. */
function fileNameFor(name: string): string {
  const trimmed = name.trim()
  if (trimmed.length <= 100) return trimmed
  const ext = /\.[A-Za-z0-9]+$/.exec(trimmed)?.[0] ?? ''
  return trimmed.slice(0, 100 - ext.length) + ext
}

export function useStartImport() {
  const [stage, setStage] = useState<StartStage>('idle')
  const [error, setError] = useState('')
  const attempt = useRef<{ file: PickedFile; importId: string; fileId: string | null } | null>(null)

  const start = async (file: PickedFile, source: ImportSource): Promise<ImportJobView | null> => {
    setError('')
    if (attempt.current?.file !== file) attempt.current = { file, importId: newId('imp'), fileId: null }
    const a = attempt.current
    const me = await session.loadMe()
    if (!me.ok) {
      setError(me.message)
      return null
    }
    if (!a.fileId) {
      setStage('uploading')
      const up = await uploadFile(me.data.userId, file.data, file.name)
      if (!up.ok) {
        setStage('idle')
        setError(up.message)
        return null
      }
      a.fileId = up.data.fileId
    }
    setStage('starting')
    const res = await startImport({ importId: a.importId, fileId: a.fileId, fileName: fileNameFor(file.name), source })
    setStage('idle')
    if (!res.ok) {
      setError(res.message)
      // A refused file will not be accepted on a retry either: upload afresh next time.
      if (res.code !== 'UNAVAILABLE') attempt.current = null
      return null
    }
    return res.data
  }

  return { stage, error, start }
}
