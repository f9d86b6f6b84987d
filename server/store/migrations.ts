// Brings documents written by earlier versions up to the current shape. Each step is
// idempotent and cheap to re-run; the local host runs them at start, the cloud function
// at its first call.
import type { Store } from '../ports/store'
import { grantKeys } from './grant-keys'
import { numberInOrder } from './file-numbers'

export async function migrate(store: Store): Promise<string[]> {
  const done: string[] = []
  // grantKeys came after the first users were written.
  const users = store.collection('users')
  for (let skip = 0; ; skip += 500) {
    const page = await users.find({ orderBy: [['_id', 'asc']], skip, limit: 500 })
    for (const u of page) {
      const keys = grantKeys(u.grants)
      if (JSON.stringify(u.grantKeys ?? null) !== JSON.stringify(keys)) {
        await users.update(u._id, { grantKeys: keys })
        done.push(`grantKeys:${u._id}`)
      }
    }
    if (page.length < 500) break
  }
  done.push(...(await numberHouseholds(store)))
  return done
}

/** 档案编号 came after the first households were written: each street's get theirs in listing order. */
async function numberHouseholds(store: Store): Promise<string[]> {
  const done: string[] = []
  const orgs = await store.collection('orgs').find({ limit: 100000 })
  const code = new Map(orgs.map((o) => [o._id, o.code]))
  for (const street of orgs.filter((o) => o.level === 'street')) {
    const unnumbered = []
    for (let skip = 0; ; skip += 1000) {
      const page = await store.collection('households').find({ where: { streetId: street._id }, orderBy: [['_id', 'asc']], skip, limit: 1000, fields: ['villageId', 'listedSince', 'createdAt', 'fileNo'] })
      unnumbered.push(...page.filter((h) => !h.fileNo))
      if (page.length < 1000) break
    }
    if (unnumbered.length === 0) continue
    const { numbers } = numberInOrder(unnumbered, street, (id) => code.get(id) ?? '')
    const given = [...numbers]
    // A few hundred a transaction, the street's last number moving with them, so a stop
    // half way leaves no number given twice.
    for (let i = 0; i < given.length; i += 200) {
      const batch = given.slice(i, i + 200)
      await store.transaction(async (tx) => {
        const last = ((await tx.collection('orgs').get(street._id))?.lastFileNo ?? 0) + batch.length
        for (const [id, fileNo] of batch) await tx.collection('households').update(id, { fileNo })
        await tx.collection('orgs').update(street._id, { lastFileNo: last })
      })
      done.push(...batch.map(([id]) => `fileNo:${id}`))
    }
  }
  return done
}
