/** A Content-Type refusal said specifically: the file's type, what the condition allows, its row. */
export interface TypeNote {
  /** The file's type as the browser reports it ('' when it reports none). */
  fileType: string;
  /** `allowed`: the policy admits `types` (a prefix ends in "…"); `denied`: it excludes them. */
  kind: 'allowed' | 'denied';
  types: string[];
  /** 1-based, as the page numbers the condition rows. */
  row: number;
}

/** The words a type note needs (`LOGIC_NOTES_TEXTS`). */
export interface TypeNoteTexts {
  noType: string;
  typeAllowed: (values: { type: string; allowed: string; row: number }) => string;
  typeDenied: (values: { type: string; row: number }) => string;
}

/** A type note in the reader's words. */
export function sayTypeNote(note: TypeNote, texts: TypeNoteTexts): string {
  const type = note.fileType || texts.noType;
  return note.kind === 'allowed'
    ? texts.typeAllowed({ type, allowed: note.types.join(', '), row: note.row })
    : texts.typeDenied({ type, row: note.row });
}
