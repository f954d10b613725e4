import { signIn } from "@/auth";

export function SignInButton({ redirectTo = "/" }: { redirectTo?: string }) {
  return (
    <form
      action={async () => {
        "use server";
        await signIn("onshape", { redirectTo });
      }}
    >
      <button
        type="submit"
        className="rounded-md bg-onshape px-4 py-2 font-medium text-white shadow-sm hover:bg-onshape-dark focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-onshape"
      >
        Sign in with Onshape
      </button>
    </form>
  );
}
