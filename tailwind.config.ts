import type { Config } from "tailwindcss";

// Loaded from app/globals.css with `@config`. Colours follow Onshape's light, dense UI so the
// app looks at home in an element tab.
export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        onshape: {
          DEFAULT: "#0a5bd3",
          dark: "#08469f",
          ink: "#1f2733",
          muted: "#5b6675",
          line: "#d9dee5",
          wash: "#f4f6f9",
        },
      },
      fontFamily: {
        sans: [
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Arial",
          "sans-serif",
        ],
      },
    },
  },
} satisfies Config;
