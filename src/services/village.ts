// The village's phones for the farmer (tap to call). The list is kept on the phone, so the
// call button works where the signal is weak — exactly where a report is made.
import type { Result, VillageContact } from '@domain'
import { call } from './api'
import { readString, writeString } from './storage'

const CONTACTS_KEY = 'anju.cache.villageContacts'

function cachedContacts(): VillageContact[] {
  try {
    const v: unknown = JSON.parse(readString(CONTACTS_KEY) ?? '[]')
    return Array.isArray(v) ? v.filter((c): c is VillageContact => typeof c?.name === 'string' && typeof c?.phone === 'string') : []
  } catch {
    return []
  }
}

/** The village's contacts, from the server when it answers, else as last seen. */
export async function villageContacts(): Promise<Result<VillageContact[]>> {
  const res = await call('village.contacts', {})
  if (res.ok) {
    writeString(CONTACTS_KEY, JSON.stringify(res.data))
    return res
  }
  return { ok: true, data: cachedContacts() }
}
