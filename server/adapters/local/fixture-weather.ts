// The local weather source: warnings come from a JSON file (.data/weather-alerts.json) that
// a developer or a test writes, in the WeatherAlert shape, so polling runs end to end.
import fs from 'node:fs'
import type { WeatherAlert, WeatherSource } from '../../ports/weather-source'

export class FixtureWeatherSource implements WeatherSource {
  readonly name = 'fixture' as const

  constructor(private readonly file: string) {}

  async current(): Promise<WeatherAlert[]> {
    if (!fs.existsSync(this.file)) return []
    return JSON.parse(fs.readFileSync(this.file, 'utf8')) as WeatherAlert[]
  }
}
