// Reads the multipart/form-data body wx.openApi requests are sent as (fields action,
// apiName, requestData, envName, ...): each part's name and raw bytes.
export function parseMultipart(body: Buffer, contentType: string): Record<string, Buffer> {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  if (!m) throw new Error('multipart body without a boundary')
  const delimiter = Buffer.from(`--${m[1] ?? m[2]}`)
  const out: Record<string, Buffer> = {}
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    const partStart = start + delimiter.length
    if (body.subarray(partStart, partStart + 2).toString() === '--') break
    const next = body.indexOf(delimiter, partStart)
    if (next === -1) break
    // A part is CRLF, headers, CRLF CRLF, content, CRLF, then the next delimiter.
    const part = body.subarray(partStart + 2, next - 2)
    const headerEnd = part.indexOf('\r\n\r\n')
    const headers = part.subarray(0, headerEnd).toString()
    const name = /name="([^"]*)"/i.exec(headers)?.[1]
    if (name !== undefined) out[name] = part.subarray(headerEnd + 4)
    start = next
  }
  return out
}
