// Where weather warnings come from: QWeather's alert API in production, a fixture locally.
import type { AlertColor } from '../../domain'

export interface WeatherAlert {
  /** The provider's id; the same warning keeps its id across polls. */
  id: string
  messageType: 'alert' | 'update' | 'cancel'
  /** For update/cancel: the ids this message replaces. */
  supersedes: string[]
  eventType: string
  /** The provider's name of the event (e.g. 地质灾害), kept because codes may change. */
  eventName?: string
  color: AlertColor
  startsAt: string
  endsAt: string
  headline: string
}

export interface WeatherSource {
  readonly name: 'qweather' | 'fixture'
  /** Warnings in force at a point. */
  current(lat: number, lng: number): Promise<WeatherAlert[]>
}
