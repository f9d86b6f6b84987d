// Reads the warnings in force at each street's location and applies new ones once.
import type { Deps } from '../../core/deps'
import { applyAlert } from './apply-alert'

const alertIdOf = (externalId: string) => `qw-${externalId.replace(/[^A-Za-z0-9_-]/g, '_')}`.slice(0, 64)

export async function pollWeather(deps: Deps): Promise<{ streets: number; applied: number; failures: number }> {
  const source = deps.weather
  if (!source) return { streets: 0, applied: 0, failures: 0 }
  const streets = (await deps.store.collection('orgs').find({ where: { level: 'street' }, limit: 1000 })).filter((s) => s.lat !== null && s.lng !== null)
  let applied = 0
  let failures = 0
  for (const street of streets) {
    let alerts
    try {
      alerts = await source.current(street.lat!, street.lng!)
    } catch (err) {
      // One street's failure must not stop the others; the next tick tries again.
      failures++
      deps.log.error('weather poll failed', { street: street._id, error: err instanceof Error ? err.message : String(err) })
      continue
    }
    const villageIds = (await deps.orgs.villagesUnder(street._id)).map((v) => v._id)
    for (const a of alerts) {
      const alertId = alertIdOf(`${street._id}-${a.id}`)
      if (a.messageType === 'cancel') {
        for (const s of a.supersedes) await deps.store.collection('alerts').update(alertIdOf(`${street._id}-${s}`), { cancelled: true })
        continue
      }
      if (await deps.store.collection('alerts').get(alertId)) continue
      await applyAlert(deps, {
        alertId,
        source: source.name === 'qweather' ? 'qweather' : 'manual',
        externalId: a.id,
        streetId: street._id,
        eventType: a.eventType,
        eventName: a.eventName,
        color: a.color,
        villageIds,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        text: a.headline,
        createdBy: 'system',
        supersedes: a.messageType === 'update' && a.supersedes[0] ? alertIdOf(`${street._id}-${a.supersedes[0]}`) : null,
      })
      applied++
    }
  }
  return { streets: streets.length, applied, failures }
}
