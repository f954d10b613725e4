import { signInAndReturn } from "@/lib/actions/sign-in";
import { Button } from "@/components/ui/button";

/** Signs in; the user then lands on their documents (not on a page with one button). */
export function SignInButton({ returnTo = "/documents" }: { returnTo?: string }) {
  return (
    <form action={signInAndReturn}>
      <input type="hidden" name="returnTo" value={returnTo} />
      <Button type="submit" variant="primary">
        Sign in with Onshape
      </Button>
    </form>
  );
}
