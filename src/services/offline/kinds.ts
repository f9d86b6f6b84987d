// Every kind of record the phone keeps first and sends later. A queued item carries its
// kind's action name; a new kind is one entry here — its action, its name in the lists,
// what of the server's answer is kept — and nothing in the queue, the outbox or the lists.
import type { ActionName } from '@domain'
import type { Input, Output } from '../api'

/** What the server said about the record, small enough for storage. */
export type Receipt = Record<string, string | number | boolean | null>

interface OfflineKind<A extends ActionName> {
  action: A
  /** The record's name in the outbox list. */
  label: string
  receipt: (out: Output<A>) => Receipt
}

const kind = <A extends ActionName>(k: OfflineKind<A>) => k

export const OFFLINE_KINDS = {
  patrol: kind({
    action: 'patrol.submit',
    label: '巡查记录',
    receipt: (d) => ({ judgment: d.judgment, caseId: d.caseId, farFromHouse: d.farFromHouse }),
  }),
  selfCheck: kind({
    action: 'selfcheck.submit',
    label: '房屋自查',
    receipt: (d) => ({ hazard: d.hazard, caseId: d.caseId, caseStage: d.caseStage, caseStageLabel: d.caseStageLabel }),
  }),
  /** A house registered at the first visit: queued like a patrol, its id made on the phone. */
  houseRegister: kind({ action: 'house.register', label: '房屋登记', receipt: (d) => ({ houseId: d.id, noGps: d.noGps }) }),
}

export type OfflineKindName = keyof typeof OFFLINE_KINDS
export type OfflineAction<K extends OfflineKindName = OfflineKindName> = (typeof OFFLINE_KINDS)[K]['action']
/** What a record of kind K sends, without its photos (their file ids are added when sent). */
export type OfflinePayload<K extends OfflineKindName> = Omit<Input<OfflineAction<K>>, 'photos'>
