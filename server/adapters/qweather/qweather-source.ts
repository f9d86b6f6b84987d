// QWeather's weather alert API (the v7 warning API stopped on 2026-10-01):
// GET https://<host>/weatheralert/v1/current/{lat}/{lon}, authenticated with X-QW-Api-Key.
// Its codes may change, so colours and types are mapped leniently and unknown ones kept
// as they come; which ones start a patrol is decided by the configured alert rules.
import { ALERT_COLORS, type AlertColor } from '../../../domain'
import type { WeatherAlert, WeatherSource } from '../../ports/weather-source'

export interface QWeatherOptions {
  /** The API host of the account, e.g. "abc123.re.qweatherapi.com". */
  host: string
  apiKey: string
  fetchImpl?: typeof fetch
  timeoutMs?: number
}

interface RawAlert {
  id?: string
  messageType?: { code?: string; supersedes?: string[] }
  eventType?: { name?: string; code?: string }
  color?: { code?: string }
  effectiveTime?: string
  expireTime?: string
  expiredTime?: string
  headline?: string
}

export class QWeatherSource implements WeatherSource {
  readonly name = 'qweather' as const

  constructor(private readonly opts: QWeatherOptions) {}

  async current(lat: number, lng: number): Promise<WeatherAlert[]> {
    const url = `https://${this.opts.host}/weatheralert/v1/current/${lat.toFixed(2)}/${lng.toFixed(2)}?lang=zh`
    const res = await (this.opts.fetchImpl ?? fetch)(url, {
      headers: { 'X-QW-Api-Key': this.opts.apiKey },
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 8000),
    })
    if (!res.ok) throw new Error(`QWeather answered ${res.status}`)
    const body = (await res.json()) as { alerts?: RawAlert[] }
    return (body.alerts ?? []).flatMap((a): WeatherAlert[] => {
      const color = (a.color?.code ?? '').toLowerCase()
      if (!a.id || !ALERT_COLORS.includes(color as AlertColor)) return []
      const type = (a.messageType?.code ?? 'alert').toLowerCase()
      return [
        {
          id: a.id,
          messageType: type === 'update' || type === 'cancel' ? type : 'alert',
          supersedes: a.messageType?.supersedes ?? [],
          eventType: a.eventType?.code ?? '',
          eventName: a.eventType?.name ?? '',
          color: color as AlertColor,
          startsAt: a.effectiveTime ?? '',
          endsAt: a.expireTime ?? a.expiredTime ?? a.effectiveTime ?? '',
          headline: a.headline ?? a.eventType?.name ?? '',
        },
      ]
    })
  }
}
