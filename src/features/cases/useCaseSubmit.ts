// Sending one form of a case. The id of the move (or record) is made when the form opens
// and kept for every retry, so a retry after a lost answer never acts twice. Each send
// carries the revision of the case now on screen. On CONFLICT the case is reloaded
// above the form and what was typed stays; other refusals are shown next to the form.
import { useRef, useState } from 'react'
import type { CaseDetail, ErrorCode, Result } from '@domain'
import { recordCase, transitionCase, type RecordInput, type TransitionInput } from '../../services/case'
import { newId } from '../../services/ids'

type Omitted = 'caseId' | 'transitionId' | 'expectRev'
/** A move's own fields, without what every move carries. */
export type MovePayload = TransitionInput extends infer T ? (T extends unknown ? Omit<T, Omitted> : never) : never
export type RecordPayload = Omit<RecordInput, 'caseId' | 'entryId'>

/** What a form hands over: its fields, or why it cannot be sent yet. */
export type Prepared<T> = { ok: true; payload: T } | { ok: false; message: string }

export interface FormError {
  code: ErrorCode | 'FORM'
  message: string
}

interface Options {
  detail: CaseDetail
  onDone: (detail: CaseDetail) => void
  /** The case changed meanwhile: load it again (quietly, the form stays). */
  onConflict: () => void
}

export function useCaseSubmit({ detail, onDone, onConflict }: Options) {
  const opId = useRef(newId('op')).current
  const latest = useRef(detail)
  latest.current = detail
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<FormError | null>(null)

  const send = async <T>(prepare: () => Promise<Prepared<T>>, post: (payload: T, c: CaseDetail) => Promise<Result<CaseDetail>>) => {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      const prepared = await prepare()
      if (!prepared.ok) return setError({ code: 'FORM', message: prepared.message })
      const res = await post(prepared.payload, latest.current)
      if (res.ok) return onDone(res.data)
      setError({ code: res.code, message: res.message })
      if (res.code === 'CONFLICT') onConflict()
    } finally {
      setBusy(false)
    }
  }

  return {
    busy,
    error,
    move: (prepare: () => Promise<Prepared<MovePayload>>) =>
      send(prepare, (payload, c) => transitionCase({ ...payload, caseId: c.id, transitionId: opId, expectRev: c.rev } as TransitionInput)),
    record: (prepare: () => Promise<Prepared<RecordPayload>>) =>
      send(prepare, (payload, c) => recordCase({ ...payload, caseId: c.id, entryId: opId })),
  }
}

export const ready = <T>(payload: T): Prepared<T> => ({ ok: true, payload })
export const notReady = (message: string): Prepared<never> => ({ ok: false, message })
