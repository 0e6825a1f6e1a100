import { useRpcQuery } from './use-rpc'

/** Version, database and migrations (the navigation's foot shows the version; who is signed in comes from the session). */
export function useSystemInfo() {
  return useRpcQuery('system-info', {})
}
