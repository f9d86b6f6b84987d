// The house form's values and the field the last check found missing; any change clears
// that mark. Shared by registering a house and editing one.
import { useState } from 'react'
import type { HouseFormField, HouseFormValues } from './house-form'

export function useHouseForm(initial: () => HouseFormValues) {
  const [values, setValues] = useState(initial)
  const [missing, setMissing] = useState<HouseFormField | null>(null)
  const change = (next: HouseFormValues) => {
    setValues(next)
    setMissing(null)
  }
  return { values, missing, setMissing, change }
}
