import type { ApiNote } from "@/db/reads/notes";
import { formatDateTime } from "@/lib/dates";

/** Notes as written, oldest first, each with who wrote it (and in which role) and when. */
export function NoteList({ notes }: { notes: ApiNote[] }) {
  if (notes.length === 0) return null;
  return (
    <ul aria-label="Notes" className="mt-2 flex flex-col gap-1 text-sm">
      {notes.map((n) => (
        <li key={n.id} className="rounded border-l-4 border-slate-400 bg-slate-50 px-2 py-1">
          <p className="whitespace-pre-line">{n.text}</p>
          <p className="text-xs text-slate-700">
            Note by {n.authorName} ({n.authorRole}), {formatDateTime(n.createdAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
