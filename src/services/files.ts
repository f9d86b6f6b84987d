// Files to and from the backend. Uploads go to cloud storage on weapp and to the local
// host's /upload on h5, always under uploads/<user id>/, which is where the server
// accepts evidence and lists from. Downloads open a temporary link.
import Taro from '@tarojs/taro'
import type { Result } from '@domain'
import { newId } from './ids'
import { API_BASE, IS_WEAPP } from './platform'
import { asResult, unavailable } from './result'
import { devIdentityHeaders } from './transport'
import { uploadTimeoutMs, withTimeout } from './timeout'

export interface Uploaded {
  fileId: string
}

/** A cloud file name: the one id maker's id, so two uploads never share a name. */
const newName = (ext: string) => `${newId('up')}.${ext}`

/**
 * Uploads a local file (a weapp temp/user-data path, or on h5 a Blob) as the user's own.
 * Never throws: failures come back as a Result, so callers can keep the file and retry.
 */
export function uploadFile(userId: string, file: string | Blob, fileName: string): Promise<Result<Uploaded>> {
  // A hanging upload would hold up the outbox behind it: it gives up like a call does.
  return withTimeout(sendFile(userId, file, fileName), uploadTimeoutMs(), unavailable)
}

async function sendFile(userId: string, file: string | Blob, fileName: string): Promise<Result<Uploaded>> {
  const ext = (/\.([A-Za-z0-9]{1,5})$/.exec(fileName)?.[1] ?? 'bin').toLowerCase()
  if (IS_WEAPP) {
    try {
      const res = await Taro.cloud.uploadFile({ cloudPath: `uploads/${userId}/${newName(ext)}`, filePath: file as string })
      return { ok: true, data: { fileId: res.fileID } }
    } catch {
      return unavailable()
    }
  }
  try {
    const body = typeof file === 'string' ? await (await fetch(file)).blob() : file
    const res = await fetch(`${API_BASE}/upload?name=${encodeURIComponent(fileName)}`, {
      method: 'POST',
      body,
      headers: devIdentityHeaders(),
    })
    return asResult(await res.json()) as Result<Uploaded>
  } catch {
    return unavailable()
  }
}

/** Opens a generated file (an .xlsx ledger or report) from its temporary link. */
export async function openFileLink(url: string, fileName: string): Promise<void> {
  if (!IS_WEAPP) {
    const a = document.createElement('a')
    a.href = url
    a.download = fileName
    a.rel = 'noopener'
    document.body.appendChild(a)
    a.click()
    a.remove()
    return
  }
  const res = await Taro.downloadFile({ url })
  await Taro.openDocument({ filePath: res.tempFilePath, showMenu: true })
}
