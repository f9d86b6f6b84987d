// The state behind every photo picker: adding stamped photos (camera, album or file input)
// up to a limit, saying so when the camera was refused, and dropping one with its preview.
import { useState } from 'react'
import { PermissionRefused, type Permission } from '../../services/permissions'
import { releasePhoto, type TakenPhoto } from '../../services/photos'

export function usePhotoList<T extends { key: string; previewUrl: string }>(photos: T[], onChange: (next: T[]) => void, max: number, fromTaken: (photo: TakenPhoto) => T) {
  const [busy, setBusy] = useState(false)
  const [refused, setRefused] = useState<Permission | null>(null)

  const add = async (take: () => Promise<TakenPhoto[]>) => {
    setBusy(true)
    try {
      const taken = await take()
      setRefused(null)
      onChange([...photos, ...taken.map(fromTaken)].slice(0, max))
    } catch (err) {
      // A refused camera is told, not swallowed: the tap must never just do nothing.
      if (err instanceof PermissionRefused) setRefused(err.permission)
      else throw err
    } finally {
      setBusy(false)
    }
  }
  const remove = (key: string) => {
    const gone = photos.find((p) => p.key === key)
    if (gone) releasePhoto(gone)
    onChange(photos.filter((p) => p.key !== key))
  }
  return { busy, refused, room: max - photos.length, add, remove }
}
