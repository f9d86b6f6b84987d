// The caller's own place in titles and banners, from the org tree he belongs to (铜梁区东城街道),
// never a fixed name: one deployment serves every street of a district.
import type { Me } from '@domain'

/** 区 and 街道 together, or whichever is known; `fallback` when neither is. */
export function streetPlace(me: Pick<Me, 'street' | 'district'>, fallback = '本街道'): string {
  const name = `${me.district?.name ?? ''}${me.street?.name ?? ''}`
  return name || fallback
}

/** The street alone (东城街道), for figures inside a screen that already names the district. */
export const streetName = (me: Pick<Me, 'street'>, fallback = '本街道'): string => me.street?.name ?? fallback
