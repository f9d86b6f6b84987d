// What the active role may do, read from the action contracts the server enforces.
import { contracts, type ActionName, type Role } from '@domain'

export const canCall = (action: ActionName, role: Role | null): boolean => !!role && contracts[action].roles.includes(role)
