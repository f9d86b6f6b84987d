// Months as the backend speaks them ("2026-11"), in the phone's local time.
export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`
}

export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number)
  return currentMonth(new Date(y!, m! - 1 + delta, 1))
}

/** "2026-11" as 2026年11月. */
export function monthText(month: string): string {
  const [y, m] = month.split('-')
  return `${y}年${Number(m)}月`
}
