// One unit per figure, said on the figure and on the list it opens: houses are 栋,
// households 户, hazard cases 件, tasks and overdue items 项. The attributes let a test
// compare every figure with the total of the list behind it.
export const UNIT = { house: '栋', household: '户', case: '件', task: '项' } as const
export type Unit = (typeof UNIT)[keyof typeof UNIT]

/** Marks a figure that opens a list: its name, how many rows it counts, and their unit. */
export const figureAttrs = (name: string, count: number, unit: Unit) => ({ 'data-figure': name, 'data-count': count, 'data-unit': unit })

/** Marks the total of a list a figure opens. */
export const listTotalAttrs = (count: number, unit: Unit) => ({ 'data-list-total': unit, 'data-count': count, 'data-unit': unit })

/** The critical figure's words (人不进危房): lived-in C/D houses and 疑似危房, in 栋 like its list. */
export function criticalWords(total: number, d: number | null, suspected: number): { title: string; sub: string } {
  if (total === 0) return { title: '没有人住在 C/D 级危房里', sub: '' }
  return {
    title: suspected ? '栋危房或疑似危房仍有人居住' : '栋 C/D 级危房仍有人居住',
    sub: [d !== null ? `其中 D 级 ${d} 栋` : '', suspected ? `疑似危房 ${suspected} 栋` : ''].filter(Boolean).join('、') + `${d !== null || suspected ? ' · ' : ''}请立即组织撤离`,
  }
}
