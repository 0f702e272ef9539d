import { useQuery } from '@tanstack/react-query';
import type { SnippetDefinition } from '../../oss/index.ts';

/**
 * The snippet renderers (HTML, curl, JavaScript and the four server signers), fetched with
 * import() when the snippets section first shows: they stay out of every other chunk.
 */
export async function loadSnippetCatalog(): Promise<readonly SnippetDefinition[]> {
  const module = await import('./core-snippets.ts');
  return module.SNIPPETS;
}

/** react-query for `loadSnippetCatalog`: loaded once per page. */
export function useSnippetCatalog() {
  return useQuery({
    queryKey: ['snippet-catalog'],
    queryFn: loadSnippetCatalog,
    staleTime: Infinity,
    retry: false,
  });
}
