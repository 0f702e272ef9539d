/** An OSS `<Error>` response, read from its XML body and headers. */
export interface OssError {
  code: string;
  message: string;
  requestId?: string;
  hostId?: string;
  ec?: string;
  recommendDoc?: string;
  /** Every other child element, verbatim (StringToSign, OSSAccessKeyId, …). */
  extra: Record<string, string>;
}

/** One error OSS can answer with: verbatim code and message, our cause and fix. */
export interface CatalogEntry {
  /**
   * The entry's own name, kebab-case and unique in the catalogue: what its Chinese text is keyed by
   * (errors/catalog/zh/), so no OSS Code or Message is typed a second time.
   */
  id: string;
  code: string;
  /** Verbatim, as the server sends it. */
  message: string;
  status: number;
  ec?: string;
  cause: string;
  solution: string;
  docUrl: string;
  /** Form fields the error points at. */
  fields: string[];
}

/** What the page shows for an error: the catalog's cause and fix for the matched entry. */
export interface Explanation {
  code: string;
  message: string;
  cause: string;
  solution: string;
  docUrl?: string;
  fields: string[];
  /**
   * The id of the catalogue entry that explains it (CatalogEntry.id), so the page can show the
   * cause and solution in the reader's language (errors/catalog/zh/, keyed by the same id).
   */
  entryKey: string;
}
