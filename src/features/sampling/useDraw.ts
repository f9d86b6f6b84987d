// Drawing the street's random sample. The client-made id is kept while a draw fails for
// the network, so a retry does not draw (and create tasks) twice.
import { useRef, useState } from 'react'
import type { SampleView } from '@domain'
import { drawSample, type SampleRequest } from '../../services/sampling'
import { newClientId } from '../street/ids'

export function useDraw() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const [sample, setSample] = useState<SampleView | null>(null)
  const pending = useRef<{ key: string; id: string } | null>(null)

  const draw = async (request: Omit<SampleRequest, 'sampleId'>) => {
    const key = JSON.stringify(request)
    if (pending.current?.key !== key) pending.current = { key, id: newClientId('smp') }
    setBusy(true)
    setError('')
    const res = await drawSample({ ...request, sampleId: pending.current.id })
    setBusy(false)
    if (res.ok || res.code !== 'UNAVAILABLE') pending.current = null
    if (res.ok) setSample(res.data)
    else setError(res.message)
  }

  return { busy, error, sample, draw }
}
