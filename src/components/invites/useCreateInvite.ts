// Creating an invitation with a client-made id that survives a network failure, so a
// retry returns the same invitation instead of a second one.
import { useRef, useState } from 'react'
import type { InvitationView, Result } from '@domain'
import { newId } from '../../services/ids'

export function useCreateInvite<A extends unknown[]>(create: (inviteId: string, ...args: A) => Promise<Result<InvitationView>>) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const [invite, setInvite] = useState<InvitationView | null>(null)
  const pending = useRef<{ key: string; id: string } | null>(null)

  const run = async (...args: A): Promise<InvitationView | null> => {
    const key = JSON.stringify(args)
    if (pending.current?.key !== key) pending.current = { key, id: newId('inv') }
    setBusy(true)
    setError('')
    const res = await create(pending.current.id, ...args)
    setBusy(false)
    if (res.ok || res.code !== 'UNAVAILABLE') pending.current = null
    if (!res.ok) {
      setError(res.message)
      return null
    }
    setInvite(res.data)
    return res.data
  }

  return { busy, error, invite, run, clear: () => setInvite(null) }
}
