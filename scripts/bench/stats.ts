export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

export async function timeEach(n: number, fn: (i: number) => Promise<void>): Promise<{ p50: number; p95: number; n: number }> {
  const samples: number[] = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await fn(i)
    samples.push(performance.now() - t)
  }
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), n }
}

export const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d

/** Samples the process's resident memory while fn runs; returns the peak in MB. */
export async function peakRss<T>(fn: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
  try {
    const result = await fn()
    peak = Math.max(peak, process.memoryUsage().rss)
    return { result, peakMb: round(peak / 1024 / 1024, 0) }
  } finally {
    clearInterval(timer)
  }
}
