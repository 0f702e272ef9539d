/** The key OSS stores: `${filename}` replaced by the file part's name (only in `key`). */
export function expandKey(key: string, filename: string): string {
  return key.split('${filename}').join(filename);
}

/** The object's URL under an endpoint, each path segment percent-encoded. */
export function objectUrl(endpoint: string, key: string): string {
  const path = key.split('/').map(encodeURIComponent).join('/');
  return `${endpoint.replace(/\/+$/, '')}/${path}`;
}
