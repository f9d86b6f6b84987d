// Sending one form of a case. The id of the move (or record) is made when the form opens
// and kept for every retry, so a retry after a lost answer never acts twice. Each send
// carries the revision of the case now on screen. On CONFLICT the case is reloaded
// above the form and what was typed stays; other refusals are shown next to the form.
// Steps taken in the field (核实, 报街道, 应急处置 and every record: 撤离, 警示标志, 围栏,
// 进度) go through the outbox with their photos: with no signal they are kept on the phone
// and sent later, like a patrol.
import { useRef, useState } from 'react'
import type { CaseDetail, ErrorCode, Result } from '@domain'
import { getCase, recordCase, transitionCase, type RecordInput, type TransitionInput } from '../../services/case'
import { newId } from '../../services/ids'
import { loadMeOfflineFirst, removeQueued, saveAndTry } from '../../services/offline/outbox'
import type { Draft } from '../../services/offline/queue-types'
import { photosForQueue, type PickedFile } from '../../services/offline/uploads'
import type { PhotoData } from '../../services/photos'
import { stalenessOf } from '../../services/reads'

type Omitted = 'caseId' | 'transitionId' | 'expectRev'
/** A move's own fields, without what every move carries. */
export type MovePayload = TransitionInput extends infer T ? (T extends unknown ? Omit<T, Omitted> : never) : never
export type RecordPayload = Omit<RecordInput, 'caseId' | 'entryId'>

/** What a form hands over: its fields (and, for a field step, its photos still on the phone), or why it cannot be sent yet. */
export type Prepared<T> = { ok: true; payload: T; photos: PickedFile[] } | { ok: false; message: string }

export interface FormError {
  code: ErrorCode | 'FORM'
  message: string
}

interface Options {
  detail: CaseDetail
  onDone: (detail: CaseDetail) => void
  /** The case changed meanwhile: load it again (quietly, the form stays). */
  onConflict: () => void
  /** A field step was kept on the phone, to be sent when there is a network. */
  onQueued?: () => void
}

/** Moves an inspector makes at the house; the others (鉴定, 改造, 销号) need the office and go straight. */
const FIELD_MOVES = new Set<MovePayload['action']>(['verify', 'dismiss', 'reportToStreet', 'startEmergency'])

const MOVE_TITLES: Partial<Record<MovePayload['action'], string>> = { verify: '村核实', dismiss: '核实无隐患', reportToStreet: '报街道', startEmergency: '应急处置' }
const RECORD_TITLES: Record<RecordPayload['kind'], string> = { progress: '改造进度', evacuation: '撤离记录', warningSign: '警示标志', fence: '隔离围栏', note: '备注' }

type CaseDraft = Extract<Draft<PhotoData>, { kind: 'caseMove' | 'caseRecord' }>

export function useCaseSubmit({ detail, onDone, onConflict, onQueued }: Options) {
  const opId = useRef(newId('op')).current
  const latest = useRef(detail)
  latest.current = detail
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<FormError | null>(null)

  const refused = (code: ErrorCode, message: string) => {
    setError({ code, message })
    if (code === 'CONFLICT') onConflict()
  }

  /** Through the outbox: answered at once when the signal allows, else kept on the phone. */
  const viaOutbox = async (draft: (ownerId: string) => CaseDraft): Promise<void> => {
    const me = await loadMeOfflineFirst()
    if (!me.ok) return refused(me.code, me.message)
    const saved = await saveAndTry(draft(me.data.userId))
    if (!saved.ok) return refused(saved.code, saved.message)
    const item = saved.data
    if (item.state === 'synced') {
      // The case as it is now, with this step: never the copy kept from before it.
      const first = await getCase(latest.current.id)
      const fresh = (await stalenessOf(first)?.fresh) ?? first
      return onDone(fresh.ok ? fresh.data : latest.current)
    }
    if (item.state === 'failed') {
      // Refused on the spot: the form still has everything, so the outbox need not keep it.
      await removeQueued(item.id)
      return refused((item.error?.code ?? 'VALIDATION') as ErrorCode, item.error?.message ?? '没有提交成功')
    }
    onQueued?.()
  }

  const send = async <T>(prepare: () => Promise<Prepared<T>>, post: (payload: T, photos: PickedFile[], c: CaseDetail) => Promise<Result<CaseDetail> | 'queued'>) => {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      const prepared = await prepare()
      if (!prepared.ok) return setError({ code: 'FORM', message: prepared.message })
      const res = await post(prepared.payload, prepared.photos, latest.current)
      if (res === 'queued') return
      if (res.ok) return onDone(res.data)
      refused(res.code, res.message)
    } finally {
      setBusy(false)
    }
  }

  const titleOf = (what: string, c: CaseDetail) => `${what} · ${c.headNameMasked} ${c.address}`.trim()

  return {
    busy,
    error,
    move: (prepare: () => Promise<Prepared<MovePayload>>) =>
      send(prepare, async (payload, photos, c) => {
        const input = { ...payload, caseId: c.id, transitionId: opId, expectRev: c.rev } as TransitionInput
        if (!FIELD_MOVES.has(payload.action)) return transitionCase(input)
        await viaOutbox((ownerId) => ({
          kind: 'caseMove',
          id: opId,
          ownerId,
          houseId: c.houseId ?? '',
          title: titleOf(MOVE_TITLES[payload.action] ?? '案件办理', c),
          input,
          photos: photosForQueue(photos, opId),
        }))
        return 'queued'
      }),
    record: (prepare: () => Promise<Prepared<RecordPayload>>) =>
      send(prepare, async (payload, photos, c) => {
        await viaOutbox((ownerId) => ({
          kind: 'caseRecord',
          id: opId,
          ownerId,
          houseId: c.houseId ?? '',
          title: titleOf(RECORD_TITLES[payload.kind], c),
          input: { ...payload, caseId: c.id, entryId: opId },
          photos: photosForQueue(photos, opId),
        }))
        return 'queued'
      }),
  }
}

/** The form's fields; `photos` still on the phone go with a field step through the outbox. */
export const ready = <T>(payload: T, photos: PickedFile[] = []): Prepared<T> => ({ ok: true, payload, photos })
export const notReady = (message: string): Prepared<never> => ({ ok: false, message })
