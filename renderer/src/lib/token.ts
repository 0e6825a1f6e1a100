const KEY = 'kaohe.token'

/**
 * Browser mode: the launcher opens `…/#token=XYZ`. Keep the token for this tab only (sessionStorage
 * survives a reload, not a new tab) and take it out of the address bar so it is not bookmarked or shared.
 */
export function captureToken(): void {
  const hash = window.location.hash.replace(/^#/, '')
  const token = new URLSearchParams(hash).get('token')
  if (!token) return
  sessionStorage.setItem(KEY, token)
  window.history.replaceState(null, '', window.location.pathname + window.location.search)
}

export function getToken(): string | null {
  return sessionStorage.getItem(KEY)
}
