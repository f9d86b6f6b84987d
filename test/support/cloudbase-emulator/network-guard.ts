// Keeps a test process offline: every socket connection and DNS lookup to anything but
// the loopback interface fails, and is written down, so that a test can also fail when
// the SDK swallowed the error (its metadata probe, for one, would otherwise hang or kill
// the process outside Tencent Cloud).
import dns from 'node:dns'
import net from 'node:net'

export interface NetworkGuard {
  /** "connect host:port" / "lookup host" for every refused attempt. */
  readonly violations: string[]
  restore(): void
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|::ffff:127(\.\d{1,3}){3})$/i

export function isLoopback(host: string | undefined | null): boolean {
  return host === undefined || host === null || host === '' || LOOPBACK.test(host.replace(/^\[|\]$/g, ''))
}

type ConnectArgs = [unknown, ...unknown[]]

/** host and port of net.Socket#connect's several call forms; null for a local (IPC) path. */
function target(args: ConnectArgs): { host?: string; port?: unknown } | null {
  const first = Array.isArray(args[0]) ? (args[0] as ConnectArgs)[0] : args[0]
  if (typeof first === 'object' && first !== null) {
    const o = first as { host?: string; port?: unknown; path?: string }
    return typeof o.path === 'string' ? null : { host: o.host ?? 'localhost', port: o.port }
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return null
  return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: first }
}

export function guardNetwork(): NetworkGuard {
  const violations: string[] = []
  const connect = net.Socket.prototype.connect
  const lookup = dns.lookup
  const promisesLookup = dns.promises.lookup

  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: ConnectArgs) {
    const t = target(args)
    if (t && !isLoopback(t.host)) {
      violations.push(`connect ${t.host}:${String(t.port)}`)
      const err = Object.assign(new Error(`network guard: connection to ${t.host}:${String(t.port)} refused (tests stay on loopback)`), { code: 'ECONNREFUSED' })
      process.nextTick(() => this.destroy(err))
      return this
    }
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args)
  } as typeof connect

  dns.lookup = function guardedLookup(hostname: string, ...rest: unknown[]) {
    if (!isLoopback(hostname)) {
      violations.push(`lookup ${hostname}`)
      const callback = rest[rest.length - 1] as (err: Error) => void
      const err = Object.assign(new Error(`network guard: DNS lookup of ${hostname} refused`), { code: 'ENOTFOUND' })
      process.nextTick(() => callback(err))
      return undefined as ReturnType<typeof dns.lookup>
    }
    return (lookup as (...a: unknown[]) => unknown).call(dns, hostname, ...rest)
  } as typeof dns.lookup

  dns.promises.lookup = async function guardedPromisesLookup(hostname: string, ...rest: unknown[]) {
    if (!isLoopback(hostname)) {
      violations.push(`lookup ${hostname}`)
      throw Object.assign(new Error(`network guard: DNS lookup of ${hostname} refused`), { code: 'ENOTFOUND' })
    }
    return (promisesLookup as (...a: unknown[]) => Promise<unknown>).call(dns.promises, hostname, ...rest)
  } as typeof dns.promises.lookup

  return {
    violations,
    restore() {
      net.Socket.prototype.connect = connect
      dns.lookup = lookup
      dns.promises.lookup = promisesLookup
    },
  }
}
