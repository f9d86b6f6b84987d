// A small seeded generator so demo and scale data are the same on every machine.
export class Rng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** mulberry32: fast, good enough for test data, fully reproducible. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!
  }

  /** Picks by weight: [[value, weight], ...]. */
  weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
    const total = pairs.reduce((a, [, w]) => a + w, 0)
    let r = this.next() * total
    for (const [v, w] of pairs) {
      r -= w
      if (r < 0) return v
    }
    return pairs[pairs.length - 1]![0]
  }

  chance(p: number): boolean {
    return this.next() < p
  }
}
