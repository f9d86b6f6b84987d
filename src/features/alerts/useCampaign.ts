// One emergency patrol campaign: loaded, and on request stepped until every patrol task
// is created. Each step is one bounded chunk on the server; the loop stops on an error
// (the button offers to go on) and when the screen goes away.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CampaignView, ErrorCode } from '@domain'
import { getCampaign, stepCampaign } from '../../services/campaign'

export interface CampaignState {
  campaign: CampaignView | null
  loading: boolean
  error: { code: ErrorCode; message: string } | null
  stepping: boolean
  reload: () => void
  /** Creates the remaining tasks, chunk after chunk, until the campaign is done. */
  run: () => void
}

const MAX_STEPS = 200

export function useCampaign(campaignId: string | undefined): CampaignState {
  const [campaign, setCampaign] = useState<CampaignView | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<CampaignState['error']>(null)
  const [stepping, setStepping] = useState(false)
  const alive = useRef(true)
  const busy = useRef(false)

  useEffect(() => {
    alive.current = true
    return () => {
      alive.current = false
    }
  }, [])

  const reload = useCallback(() => {
    if (!campaignId) return
    setLoading(true)
    void getCampaign(campaignId).then((res) => {
      if (!alive.current) return
      setLoading(false)
      if (res.ok) {
        setCampaign(res.data)
        setError(null)
      } else setError({ code: res.code, message: res.message })
    })
  }, [campaignId])

  useEffect(reload, [reload])

  const run = useCallback(() => {
    if (!campaignId || busy.current) return
    busy.current = true
    setStepping(true)
    setError(null)
    void (async () => {
      for (let i = 0; i < MAX_STEPS && alive.current; i++) {
        const res = await stepCampaign(campaignId)
        if (!alive.current) break
        if (!res.ok) {
          setError({ code: res.code, message: res.message })
          break
        }
        setCampaign(res.data)
        if (res.data.status === 'done') break
      }
      busy.current = false
      if (alive.current) setStepping(false)
    })()
  }, [campaignId])

  return { campaign, loading, error, stepping, reload, run }
}
