import { signOutOfApp } from "@/lib/actions/sign-in";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  return (
    <form action={signOutOfApp}>
      <Button type="submit">Sign out</Button>
    </form>
  );
}
