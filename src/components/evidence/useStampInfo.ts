// Who and where for the stamp on a case or disaster photo, as the patrol form stamps its
// own: the signed-in user's role and name, and the phone's position. The position is asked
// for when the form opens, so it is usually there by the time a picture is taken.
import { useCallback, useEffect, useRef } from 'react'
import { ROLE_LABELS } from '@domain'
import type { StampInfo } from '../../services/photos'
import { session, useSession } from '../../services/session'
import { useFix } from '../../hooks/useFix'

export function useStampInfo(): () => StampInfo {
  const gps = useFix()
  const { me, activeRole } = useSession()
  useEffect(() => {
    // A form opened straight from a message may come before anything loaded the user.
    if (!me) void session.loadMe()
  }, [me])
  const role = activeRole ?? me?.roles[0]
  const latest = useRef<StampInfo>({ who: '', fix: null })
  latest.current = { who: me ? [role ? ROLE_LABELS[role] : '', me.name].filter(Boolean).join(' ') : '', fix: gps.fix }
  // Read when the picture is stamped, not when the button was drawn.
  return useCallback(() => latest.current, [])
}
