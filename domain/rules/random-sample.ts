// The street's random patrol (街道随机巡查): a sample of houses per village, stratified by
// risk so the riskiest are never left out by chance, and reproducible from its seed.

export type SampleMode = 'count' | 'share'

export interface SampleCandidate {
  houseId: string
  risk: number
}

export const RISK_STRATA = [
  { name: 'high', min: 70 },
  { name: 'medium', min: 20 },
  { name: 'low', min: -Infinity },
] as const

/** A 32-bit seed from any text, so a seed can be written down and typed in again. */
export function seedFromText(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return h >>> 0
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** How many houses to draw from a village of `total`. */
export function sampleSize(total: number, mode: SampleMode, value: number): number {
  const n = mode === 'count' ? Math.floor(value) : Math.ceil((total * value) / 100)
  return Math.max(0, Math.min(total, n))
}

/**
 * Draws `size` houses. Each stratum gets its share of the sample in proportion to its
 * size (largest remainders), with at least one house from the high-risk stratum when
 * it has any. The same candidates, size and seed always give the same houses.
 */
export function drawSample(candidates: SampleCandidate[], wanted: number, seedText: string): string[] {
  const sorted = [...candidates].sort((a, b) => a.houseId.localeCompare(b.houseId))
  const strata = RISK_STRATA.map((s, i) =>
    sorted.filter((c) => c.risk >= s.min && (i === 0 || c.risk < RISK_STRATA[i - 1]!.min)),
  )
  const total = sorted.length
  const size = Math.min(wanted, total)
  if (size <= 0) return []
  const exact = strata.map((s) => (s.length * size) / total)
  const alloc = exact.map(Math.floor)
  let left = size - alloc.reduce((a, b) => a + b, 0)
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of byRemainder) {
    if (left === 0) break
    if (alloc[i]! < strata[i]!.length) {
      alloc[i]!++
      left--
    }
  }
  if (strata[0]!.length > 0 && alloc[0] === 0) {
    const donor = alloc[2]! > 0 ? 2 : 1
    alloc[donor]!--
    alloc[0] = 1
  }
  const random = mulberry32(seedFromText(seedText))
  const picked: string[] = []
  strata.forEach((stratum, i) => {
    const pool = [...stratum]
    // Fisher–Yates, drawing as many as allocated.
    for (let k = 0; k < alloc[i]!; k++) {
      const j = k + Math.floor(random() * (pool.length - k))
      ;[pool[k], pool[j]] = [pool[j]!, pool[k]!]
      picked.push(pool[k]!.houseId)
    }
  })
  return picked
}
