import { signInAndReturn } from "@/lib/actions/sign-in";
import { Button } from "@/components/ui/button";

export function SignInButton({ returnTo = "/" }: { returnTo?: string }) {
  return (
    <form action={signInAndReturn}>
      <input type="hidden" name="returnTo" value={returnTo} />
      <Button type="submit" variant="primary">
        Sign in with Onshape
      </Button>
    </form>
  );
}
