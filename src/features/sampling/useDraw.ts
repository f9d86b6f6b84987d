// Drawing the street's random sample: first a preview (houses per village, due date) to
// confirm, then the draw with the preview's seed, so it takes exactly what was shown. The
// client-made id is kept while a draw fails for the network, so a retry does not draw
// (and create tasks) twice.
import { useRef, useState } from 'react'
import type { SamplePreview, SampleView } from '@domain'
import { drawSample, previewSample, type SampleRequest } from '../../services/sample'
import { newId } from '../../services/ids'

type Settings = Omit<SampleRequest, 'sampleId'>

export function useDraw() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const [sample, setSample] = useState<SampleView | null>(null)
  const [preview, setPreview] = useState<{ settings: Settings; view: SamplePreview } | null>(null)
  const pending = useRef<{ key: string; id: string } | null>(null)

  const ask = async (settings: Settings) => {
    setBusy(true)
    setError('')
    setSample(null)
    const res = await previewSample(settings)
    setBusy(false)
    if (res.ok) setPreview({ settings, view: res.data })
    else setError(res.message)
  }

  const confirm = async () => {
    if (!preview) return
    const request: Settings = { ...preview.settings, seed: preview.view.seed }
    const key = JSON.stringify(request)
    if (pending.current?.key !== key) pending.current = { key, id: newId('smp') }
    setBusy(true)
    setError('')
    const res = await drawSample({ ...request, sampleId: pending.current.id })
    setBusy(false)
    if (res.ok || res.code !== 'UNAVAILABLE') pending.current = null
    if (res.ok) {
      setPreview(null)
      setSample(res.data)
    } else setError(res.message)
  }

  return { busy, error, sample, preview: preview?.view ?? null, ask, confirm, cancel: () => setPreview(null) }
}
