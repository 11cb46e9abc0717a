"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Asks the API for CSV (Accept: text/csv) and saves what it answers under the name it gives. */
export function CsvDownloadButton({ url, label }: { url: string; label: string }) {
  const [error, setError] = useState<string | null>(null);
  async function download() {
    setError(null);
    // A network failure rejects fetch: it is shown like a refusal rather than lost.
    const res = await fetch(url, { headers: { Accept: "text/csv" } }).catch(() => null);
    if (!res?.ok) {
      setError("The CSV could not be made; try again.");
      return;
    }
    const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "export.csv";
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await res.blob());
    link.download = name;
    link.click();
    URL.revokeObjectURL(link.href);
  }
  return (
    <div className="flex flex-col items-start gap-1">
      <Button variant="secondary" type="button" onClick={() => void download()}>
        <span aria-hidden="true">⤓</span>
        {label}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
