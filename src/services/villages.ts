// The villages anyone may pick from before signing in (a farmer binding his WeChat).
import { call } from './api'

export const publicVillages = () => call('villages.public', {})
