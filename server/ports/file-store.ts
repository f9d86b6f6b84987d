// Where photos, reports and exports live: cloud storage in production, a folder locally.
export interface StoredFile {
  fileId: string
  size: number
  contentType: string
}

export interface FileStore {
  put(path: string, bytes: Buffer, contentType: string): Promise<StoredFile>
  get(fileId: string): Promise<{ bytes: Buffer; contentType: string } | null>
  /** A link that works for a limited time, like getTempFileURL; throws for a missing file. */
  tempUrl(fileId: string, ttlSeconds?: number): Promise<string>
  remove(fileId: string): Promise<void>
}
