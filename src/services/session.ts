// Who is using the app: the loaded Me, the role chosen for this visit (kept across
// launches, per user) and, on h5, the demo account picked on the login page.
import { useSyncExternalStore } from 'react'
import type { Me, Result, Role } from '@domain'
import { fetchMe } from './auth'
import { IS_WEAPP } from './platform'
import { STORAGE_KEYS, readString, writeString } from './storage'

export interface SessionState {
  me: Me | null
  activeRole: Role | null
}

let state: SessionState = { me: null, activeRole: null }
let pendingMe: Promise<Result<Me>> | null = null
const listeners = new Set<() => void>()

function setState(next: Partial<SessionState>): void {
  state = { ...state, ...next }
  listeners.forEach((l) => l())
}

/** The stored role is kept as "<userId>:<role>" so one user's choice never leaks to another. */
function storedRoleFor(me: Me): Role | null {
  const raw = readString(STORAGE_KEYS.activeRole)
  if (!raw) return null
  const [userId, role] = raw.split(':')
  return userId === me.userId && me.roles.includes(role as Role) ? (role as Role) : null
}

async function fetchMeIntoState(): Promise<Result<Me>> {
  const res = await fetchMe()
  if (!res.ok) {
    if (res.code === 'UNAUTHENTICATED') setState({ me: null, activeRole: null })
    return res
  }
  const me = res.data
  const only = me.roles.length === 1 ? me.roles[0]! : null
  setState({ me, activeRole: storedRoleFor(me) ?? only })
  return res
}

export const session = {
  get: (): SessionState => state,

  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },

  /** The demo account of the h5 build; always null on weapp, where WeChat identifies the caller. */
  devUserId: (): string | null => (IS_WEAPP ? null : readString(STORAGE_KEYS.devUser)),

  /** h5 only: the made-up WeChat identity of a user with no account yet, if one is being tried. */
  devOpenid: (): string | null => (IS_WEAPP ? null : readString(STORAGE_KEYS.devOpenid)),

  signInAsDevUser(userId: string): void {
    writeString(STORAGE_KEYS.devOpenid, null)
    writeString(STORAGE_KEYS.devUser, userId)
    setState({ me: null, activeRole: null })
  },

  /** h5 only: act as a WeChat user who has not bound an account, to try binding locally. */
  signInAsDevOpenid(openid: string): void {
    writeString(STORAGE_KEYS.devUser, null)
    writeString(STORAGE_KEYS.devOpenid, openid)
    setState({ me: null, activeRole: null })
  },

  signOut(): void {
    writeString(STORAGE_KEYS.devUser, null)
    writeString(STORAGE_KEYS.devOpenid, null)
    setState({ me: null, activeRole: null })
  },

  /** Loads the caller (cached unless forced) and settles the active role. */
  loadMe(force = false): Promise<Result<Me>> {
    if (state.me && !force) return Promise.resolve({ ok: true, data: state.me })
    // Screens and the role bar may ask at once: share one request.
    pendingMe ??= fetchMeIntoState().finally(() => {
      pendingMe = null
    })
    return pendingMe
  },

  /** Whether the user must pick a role before going on. */
  needsRoleChoice: (): boolean => !!state.me && state.me.roles.length > 1 && !state.activeRole,

  setActiveRole(role: Role): void {
    const me = state.me
    if (!me || !me.roles.includes(role)) return
    writeString(STORAGE_KEYS.activeRole, `${me.userId}:${role}`)
    setState({ activeRole: role })
  },
}

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.get, session.get)
}
