import { Button, type ButtonVariant } from "@/components/ui/button";
import { signInInTab } from "@/lib/actions/sign-in";

/** Signs in inside the Onshape tab's iframe and comes back to the same tab. */
export function SignInInTabForm({
  tabQuery,
  label = "Sign in with Onshape",
  variant = "primary",
}: {
  tabQuery: string;
  label?: string;
  variant?: ButtonVariant;
}) {
  return (
    <form action={signInInTab}>
      <input type="hidden" name="tab" value={tabQuery} />
      <Button type="submit" variant={variant}>
        {label}
      </Button>
    </form>
  );
}
