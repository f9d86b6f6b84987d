// The role the user acts as on this page. A page opened directly (a reload on h5) has no
// session yet: load it, and the stored role comes back with it.
import { useEffect } from 'react'
import type { Role } from '@domain'
import { session, useSession } from '../services/session'

export function useActiveRole(): Role | null {
  const { me, activeRole } = useSession()
  useEffect(() => {
    if (!me) void session.loadMe()
  }, [me])
  return activeRole
}
