// Quarters as the backend speaks them ("2026-Q4"), on the phone's calendar.
export function currentQuarter(now = new Date()): string {
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`
}

export function shiftQuarter(quarter: string, delta: number): string {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + delta
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
}

const NAMES = ['一', '二', '三', '四']

/** "2026-Q4" as 2026年第四季度. */
export const quarterText = (quarter: string) => `${quarter.slice(0, 4)}年第${NAMES[Number(quarter.slice(6)) - 1] ?? ''}季度`
