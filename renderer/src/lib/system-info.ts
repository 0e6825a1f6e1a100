import { useRpcQuery } from './use-rpc'

/** Version, database, migrations and the current user (the header shows the user). */
export function useSystemInfo() {
  return useRpcQuery('system-info', {})
}
