// A lost or replaced data key must not pass unnoticed: every reveal would fail, no
// binding would match, and an import would take existing households for new ones. The
// database keeps a check value of its key (written at the first start on an empty
// database); a start with another key is refused before anything is written.
import crypto from 'node:crypto'
import { AppError } from '../../domain/errors'
import type { Store } from '../ports/store'
import type { PersonalData } from '../core/personal-data'

export const DATA_KEY_META_ID = 'dataKey'

/** The key does not open the data this database holds. */
export class DataKeyMismatch extends Error {
  constructor() {
    super('data key does not match the data in the database')
    this.name = 'DataKeyMismatch'
  }
}

const same = (a: string, b: string) => a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** Opens one sealed ID number: the check of a database from before check values were kept. */
async function opensSealedData(store: Store, personal: PersonalData): Promise<boolean> {
  const [sample] = await store.collection('households').find({ limit: 1 })
  if (!sample) return true
  try {
    personal.open(sample.idEnc)
    return true
  } catch {
    return false
  }
}

/**
 * Resolves when the key is the database's own (recording its check value on a database
 * that has none yet); throws DataKeyMismatch, having written nothing, when it is not.
 */
export async function verifyDataKey(store: Store, personal: PersonalData, nowIso: string): Promise<'matched' | 'recorded'> {
  const meta = store.collection('meta')
  const check = personal.keyCheck()
  const stored = await meta.get(DATA_KEY_META_ID)
  if (stored) {
    if (!same(stored.check, check)) throw new DataKeyMismatch()
    return 'matched'
  }
  if (!(await opensSealedData(store, personal))) throw new DataKeyMismatch()
  try {
    await meta.insert({ _id: DATA_KEY_META_ID, check, createdAt: nowIso })
  } catch (err) {
    // Another instance recorded it first: compare with what it wrote.
    if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err
    return verifyDataKey(store, personal, nowIso)
  }
  return 'recorded'
}
