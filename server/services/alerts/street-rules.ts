// The alert rules in force for a street: the ones its staff added in the app (for a
// warning type the deployed configuration does not know yet) first, then the configured
// ones. Street staff can so react to a renamed or new QWeather type the same day.
import type { AlertRule } from '../../../domain'
import type { Deps } from '../../core/deps'

export async function streetRules(deps: Deps, streetId: string): Promise<AlertRule[]> {
  return (await deps.store.collection('alertRules').get(streetId))?.rules ?? []
}

export async function rulesForStreet(deps: Deps, streetId: string): Promise<AlertRule[]> {
  return [...(await streetRules(deps, streetId)), ...deps.config.alertRules]
}
