// Sizes and money in plain words.

/** A byte count as 12 KB / 3.4 MB. */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** Integer fen as yuan with two decimals: 3500000 → "35000.00". */
export const yuanText = (fen: number | null | undefined): string => (fen == null ? '' : `${(fen / 100).toFixed(2)} 元`)

/** What was typed as yuan ("3.5", "35000.00") in integer fen, or null when it is not an amount. */
export function yuanToFen(text: string): number | null {
  const t = text.trim()
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(t)) return null
  return Math.round(Number(t) * 100)
}
