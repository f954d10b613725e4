import { signOut } from "@/auth";

export function SignOutButton() {
  return (
    <form
      action={async () => {
        "use server";
        // Deletes the session row, so the old cookie is worthless even if it was copied.
        await signOut({ redirectTo: "/" });
      }}
    >
      <button
        type="submit"
        className="rounded-md border border-onshape-line bg-white px-3 py-1.5 text-onshape-ink hover:bg-onshape-wash focus-visible:outline-2 focus-visible:outline-onshape"
      >
        Sign out
      </button>
    </form>
  );
}
