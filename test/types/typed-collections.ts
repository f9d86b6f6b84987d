// Checked by `tsc` (not a jest suite): the collection map types every collection, and a
// filter, a sort or a field list may name only fields of that collection's document.
// Each @ts-expect-error fails the type check if the line it covers ever compiles.
import type { Store, TxStore } from '../../server/ports/store'
import type { HouseDoc, HouseholdDoc } from '../../server/store/docs'

export async function typedCollections(store: Store, tx: TxStore): Promise<void> {
  const house: HouseDoc | null = await store.collection('houses').get('h1')
  const households: HouseholdDoc[] = await store.collection('households').find({ where: { villageId: 'v1' }, orderBy: [['headName', 'asc']], fields: ['villageId'] })
  await store.collection('houses').count({ householdId: 'hh1', grade: { $in: ['C', 'D'] } })
  await tx.collection('cases').update('c1', { stage: 'closed' })
  void house
  void households

  // @ts-expect-error: a house is not a household
  const wrong: HouseholdDoc | null = await store.collection('houses').get('h1')
  void wrong
  // @ts-expect-error: the caller no longer picks the document type
  store.collection<HouseholdDoc>('houses')
  // @ts-expect-error: houses have no field "headName"
  await store.collection('houses').find({ where: { headName: '张三' } })
  // @ts-expect-error: nor may a count filter on it
  await store.collection('houses').count({ headName: '张三' })
  // @ts-expect-error: a sort key must be a field of the document
  await store.collection('houses').find({ orderBy: [['headName', 'asc']] })
  // @ts-expect-error: a collection that is not in the manifest
  store.collection('housez')
  // @ts-expect-error: a patch may only set the document's own fields
  await tx.collection('cases').update('c1', { grade: 'D', nonsense: 1 })
}
