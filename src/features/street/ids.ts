// Client-made ids for creating actions: a retry with the same id returns what the first
// call created instead of creating it twice.
export function newClientId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
