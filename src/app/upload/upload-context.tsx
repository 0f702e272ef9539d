import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { FileFacts } from '../result/multipart-preview.ts';
import { useUploadSession, type UploadSession } from './use-upload-session.ts';

/** The file chosen for the test upload and the upload itself: the Upload part's state. */
export interface UploadState {
  file: File | null;
  chooseFile: (file: File | null) => void;
  /** The chosen file as the dry run and the preview see it (never its bytes). */
  facts: FileFacts | null;
  session: UploadSession;
}

const UploadContext = createContext<UploadState | null>(null);

/** The file as the dry run and the preview see it (never its bytes). */
export function factsOf(file: File): FileFacts {
  return {
    filename: file.name,
    size: file.size,
    contentType: file.type || 'application/octet-stream',
  };
}

/** Holds the chosen file and the upload session for every part that reads them (useUpload). */
export function UploadProvider({ children }: { children: ReactNode }) {
  const [file, chooseFile] = useState<File | null>(null);
  const facts = useMemo(() => (file ? factsOf(file) : null), [file]);
  const session = useUploadSession(file);
  // The session is new on each render of the form (it reads the values): so is this value.
  const state = { file, chooseFile, facts, session };
  return <UploadContext.Provider value={state}>{children}</UploadContext.Provider>;
}

/** The chosen file and the upload session (inside UploadProvider). */
export function useUpload(): UploadState {
  const state = useContext(UploadContext);
  if (!state) throw new Error('UploadProvider missing');
  return state;
}
