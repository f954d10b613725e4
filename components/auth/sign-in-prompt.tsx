import { SignInAgainButton } from "./sign-in-again-button";

/** For pages opened without a session: sign in, then land back on the same page. */
export function SignInPrompt({ what = "your Onshape documents" }: { what?: string }) {
  return (
    <section
      aria-labelledby="sign-in-prompt"
      className="mx-auto flex max-w-xl flex-col items-start gap-4 rounded-lg border border-onshape-line bg-white p-6 shadow-sm"
    >
      <h1 id="sign-in-prompt" className="text-xl font-semibold">
        Sign in to continue
      </h1>
      <p className="text-onshape-muted">
        Sign in with your Onshape account to see {what}. You will come back to this page.
      </p>
      <SignInAgainButton />
    </section>
  );
}
