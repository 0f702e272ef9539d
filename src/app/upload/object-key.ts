/** The object's URL under an endpoint, each path segment percent-encoded. */
export function objectUrl(endpoint: string, key: string): string {
  const path = key.split('/').map(encodeURIComponent).join('/');
  return `${endpoint.replace(/\/+$/, '')}/${path}`;
}
