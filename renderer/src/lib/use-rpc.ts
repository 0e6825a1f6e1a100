import { useCallback, useEffect, useRef, useState } from 'react'
import type { Input, MethodName, Output } from '../../../shared/contract'
import { rpc, RpcFailure } from './rpc'

export interface Query<T> {
  data: T | undefined
  error: RpcFailure | null
  loading: boolean
  reload(): void
}

/**
 * Loads one method's output and reloads it when the input changes (compared by value). `null` input
 * means "not yet" (e.g. no period chosen). A newer load supersedes an older one still in flight.
 */
export function useRpcQuery<M extends MethodName>(method: M, input: Input<M> | null): Query<Output<M>> {
  const [data, setData] = useState<Output<M> | undefined>(undefined)
  const [error, setError] = useState<RpcFailure | null>(null)
  const [loading, setLoading] = useState(input !== null)
  const [nonce, setNonce] = useState(0)
  const key = input === null ? null : JSON.stringify(input)
  const latest = useRef(0)

  useEffect(() => {
    if (key === null) {
      setData(undefined)
      setError(null)
      setLoading(false)
      return
    }
    const ticket = ++latest.current
    const controller = new AbortController()
    setLoading(true)
    rpc(method, JSON.parse(key) as Input<M>, { signal: controller.signal })
      .then((result) => {
        if (ticket !== latest.current) return
        setData(result)
        setError(null)
      })
      .catch((e: unknown) => {
        if (ticket !== latest.current) return
        setError(asFailure(e))
      })
      .finally(() => {
        if (ticket === latest.current) setLoading(false)
      })
    return () => controller.abort()
  }, [method, key, nonce])

  const reload = useCallback(() => setNonce((n) => n + 1), [])
  return { data, error, loading, reload }
}

export function asFailure(e: unknown): RpcFailure {
  if (e instanceof RpcFailure) return e
  return new RpcFailure({ code: 'internal', message: e instanceof Error ? e.message : String(e) })
}
