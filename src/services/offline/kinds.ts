// Every kind of record the phone keeps first and sends later. A queued item carries its
// kind's action name; a new kind is one entry here — its action, its name in the lists,
// how its uploaded photos go into the input, what of the server's answer is kept — and
// nothing in the queue, the outbox or the lists.
import type { ActionName } from '@domain'
import type { Input, Output } from '../api'
import type { PhotoFacts } from '../photo-stamp'

/** What the server said about the record, small enough for storage. */
export type Receipt = Record<string, string | number | boolean | null>

/** A photo once uploaded: its file id and what the stamp recorded. */
export type SentPhoto = { fileId: string } & PhotoFacts

/** Omit over each member of a union (a case move is one of several shapes). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

interface OfflineKind<A extends ActionName> {
  action: A
  /** The record's name in the outbox list. */
  label: string
  /** The input as sent: the record and its uploaded photos. */
  send: (input: OmitEach<Input<A>, 'photos'>, photos: SentPhoto[]) => Input<A>
  receipt: (out: Output<A>) => Receipt
}

const kind = <A extends ActionName>(k: OfflineKind<A>) => k

/** Photos with their time and place (patrols, self-checks, houses). */
const withFacts = <I extends object>(input: I, photos: SentPhoto[]) => ({ ...input, photos })
/** Photos as file ids, and only when there are any (a move such as 核实 takes none). */
const withIds = <I extends object>(input: I, photos: SentPhoto[]) => (photos.length ? { ...input, photos: photos.map((p) => p.fileId) } : input)

export const OFFLINE_KINDS = {
  patrol: kind({
    action: 'patrol.submit',
    label: '巡查记录',
    send: withFacts,
    receipt: (d) => ({ judgment: d.judgment, caseId: d.caseId, farFromHouse: d.farFromHouse }),
  }),
  selfCheck: kind({
    action: 'selfcheck.submit',
    label: '房屋自查',
    send: withFacts,
    receipt: (d) => ({ hazard: d.hazard, caseId: d.caseId, caseStage: d.caseStage, caseStageLabel: d.caseStageLabel }),
  }),
  /** A house registered at the first visit: queued like a patrol, its id made on the phone. */
  houseRegister: kind({ action: 'house.register', label: '房屋登记', send: withFacts, receipt: (d) => ({ houseId: d.id, noGps: d.noGps }) }),
  /** A damaged house after a disaster, reported where it stands (often with no signal). */
  disasterReport: kind({
    action: 'disaster.report',
    label: '灾损上报',
    send: (input, photos) => ({ ...input, photos: photos.map((p) => p.fileId) }),
    receipt: (d) => ({ eventId: d.id }),
  }),
  /** A step of a case taken in the field: 核实, 报街道, 应急处置. Carries the case's revision as seen. */
  caseMove: kind({ action: 'case.transition', label: '案件办理', send: withIds, receipt: (d) => ({ caseId: d.id, stage: d.stage }) }),
  /** A record on a case taken in the field: 撤离, 警示标志, 隔离围栏, 改造进度, 备注. */
  caseRecord: kind({ action: 'case.record', label: '案件记录', send: withIds, receipt: (d) => ({ caseId: d.id, stage: d.stage }) }),
}

export type OfflineKindName = keyof typeof OFFLINE_KINDS
export type OfflineAction<K extends OfflineKindName = OfflineKindName> = (typeof OFFLINE_KINDS)[K]['action']
/** What a record of kind K sends, without its photos (their file ids are added when sent). */
export type OfflinePayload<K extends OfflineKindName> = OmitEach<Input<OfflineAction<K>>, 'photos'>

/** What a queued record sends: its input with its uploaded photos, the way its kind sends them. */
export function inputToSend(kind: OfflineKindName, input: unknown, photos: SentPhoto[]): Input<OfflineAction> {
  // One entry of OFFLINE_KINDS holds both sides, which the compiler cannot follow through the union.
  return OFFLINE_KINDS[kind].send(input as never, photos) as Input<OfflineAction>
}
