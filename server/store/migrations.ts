// Brings documents written by earlier versions up to the current shape. Each step is
// idempotent and cheap to re-run; the local host runs them at start, the cloud function
// at its first call.
import type { Store } from '../ports/store'
import { grantKeys } from './grant-keys'

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
  return done
}
