// The house form's values and the field outlined in red: after a refused save the wanting
// field stays outlined until it is fixed, and its message goes with the last wanting field
// (the next save names any other).
import { useState } from 'react'
import { outlinedField, type HouseFormValues } from './house-form'

export function useHouseFields(initial: () => HouseFormValues, clearError: () => void) {
  const [values, setValues] = useState(initial)
  const [tried, setTried] = useState(false)
  const onChange = (next: HouseFormValues) => {
    setValues(next)
    if (outlinedField(tried, values) !== null && outlinedField(tried, next) === null) clearError()
  }
  return { values, missing: outlinedField(tried, values), onChange, setTried }
}
