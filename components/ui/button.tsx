import type { ButtonHTMLAttributes } from "react";

// The app's buttons: primary (the one action a screen is about), secondary (everything else),
// and link (a quiet action in running text). Links that look like buttons use `buttonClass`.

export type ButtonVariant = "primary" | "secondary" | "link";

const focus =
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-onshape";

const variants: Record<ButtonVariant, string> = {
  primary: `rounded-md bg-onshape px-4 py-1.5 font-medium text-white shadow-sm hover:bg-onshape-dark ${focus}`,
  secondary: `rounded-md border border-onshape-line bg-white px-3 py-1.5 text-onshape-ink hover:bg-onshape-wash ${focus}`,
  link: `text-onshape underline-offset-2 hover:underline ${focus}`,
};

const disabled = "disabled:cursor-not-allowed disabled:opacity-60";

export function buttonClass(variant: ButtonVariant = "secondary", extra = ""): string {
  return `${variants[variant]} ${disabled} ${extra}`.trim();
}

export function Button({
  variant = "secondary",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
