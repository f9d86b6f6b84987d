// Every page of a paged read: the cloud answers at most 1000 documents a read, so a
// query that may match more is read page by page until a short page.
export async function readAll<T>(fetch: (skip: number) => Promise<T[]>, page = 1000): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += page) {
    const batch = await fetch(skip)
    out.push(...batch)
    if (batch.length < page) return out
  }
}
