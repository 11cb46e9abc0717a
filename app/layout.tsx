import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "CIPN Watch", template: "%s · CIPN Watch" },
  description: "Infusion-day monitoring of chemotherapy-induced peripheral neuropathy",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
