// A worker's own phone number, shown to the farmers of his villages.
import { call } from './api'

export const myPhone = () => call('me.phone', {})
export const setMyPhone = (phone: string) => call('me.setPhone', { phone })
