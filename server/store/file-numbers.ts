// 档案编号: the number a household's file is known by on paper — the last three digits of
// its village's division code (the village within the street) and a number counted up per
// street, e.g. 201-00042. The street's last number is kept on the street's org document and
// raised in the same transaction that creates the household, so two imports at once
// cannot give out one number twice, and a number is never given again.
import type { TxStore } from '../ports/store'
import type { HouseholdDoc, OrgDoc } from './docs'

/** The shape of a file number: 3 digits of the village, a dash, 5 or more of the street's count. */
export const FILE_NO_PATTERN = /^\d{3}-\d{5,}$/

/** The village part: the last three digits of its division code, 000 when it has none. */
export function villagePart(villageCode: string): string {
  const digits = villageCode.replace(/\D/g, '')
  return digits.length >= 3 ? digits.slice(-3) : digits.padStart(3, '0')
}

export const formatFileNo = (villageCode: string, seq: number): string => `${villagePart(villageCode)}-${String(seq).padStart(5, '0')}`

/** Gives the next number of the street to a household being created in this transaction. */
export async function takeFileNo(tx: TxStore, streetId: string, villageCode: string): Promise<string> {
  const orgs = tx.collection('orgs')
  const street = await orgs.get(streetId)
  if (!street) throw new Error(`street ${streetId} missing`)
  const seq = (street.lastFileNo ?? 0) + 1
  await orgs.update(streetId, { lastFileNo: seq })
  return formatFileNo(villageCode, seq)
}

type Numbered = Pick<HouseholdDoc, '_id' | 'villageId' | 'listedSince' | 'createdAt'>

/** The order households written without a number are numbered in: as they were listed. */
export function listingOrder(code: (villageId: string) => string): (a: Numbered, b: Numbered) => number {
  const key = (h: Numbered) => [h.listedSince, h.createdAt, code(h.villageId), h._id]
  return (a, b) => {
    const [ka, kb] = [key(a), key(b)]
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1
    return 0
  }
}

/**
 * Numbers one street's households that have none, in listing order after the street's last
 * number: the demo seed's households and those written before file numbers existed.
 * Returns the numbers given, by household id, and the street's new last number.
 */
export function numberInOrder(households: Numbered[], street: Pick<OrgDoc, 'lastFileNo'>, code: (villageId: string) => string): { numbers: Map<string, string>; last: number } {
  let last = street.lastFileNo ?? 0
  const numbers = new Map<string, string>()
  for (const h of [...households].sort(listingOrder(code))) numbers.set(h._id, formatFileNo(code(h.villageId), ++last))
  return { numbers, last }
}
