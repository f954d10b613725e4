import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";

export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AppHeader />
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-6">
        {children}
      </main>
    </>
  );
}
