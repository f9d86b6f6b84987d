import dayjs from 'dayjs'

/** The instant a local (Asia/Shanghai) calendar day starts. */
const startOfLocalDay = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString()

/**
 * A quarter's bounds as instants, in Asia/Shanghai: 2026-Q4 runs from 10-01 00:00 to
 * 01-01 00:00 (+08:00). Month arithmetic is done on calendar dates, never on instants,
 * so the machine's own zone cannot shift a boundary.
 */
export function quarterBounds(quarter: string): { from: string; to: string; months: string[] } {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))]
  const first = dayjs(`${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`)
  return {
    from: startOfLocalDay(first.format('YYYY-MM-DD')),
    to: startOfLocalDay(first.add(3, 'month').format('YYYY-MM-DD')),
    months: [0, 1, 2].map((i) => first.add(i, 'month').format('YYYY-MM')),
  }
}
