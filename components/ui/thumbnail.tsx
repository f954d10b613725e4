import Image from "next/image";
import { SessionImage } from "@/components/tab/session-image";

// Thumbnails come from the app's own route (it adds the user's Onshape token). Next's image
// optimizer would fetch that route without the user's cookies, so images are not optimized.
// They sit next to the name they show, so they are decorative (empty alt).

export function Thumbnail({
  src,
  width,
  height,
  className = "",
  inTab = false,
}: {
  /** null: Onshape has no picture; a placeholder is drawn without asking. */
  src: string | null;
  width: number;
  height: number;
  className?: string;
  /** Inside the Onshape tab, whose session may live only in its memory (no cookie to send). */
  inTab?: boolean;
}) {
  const box = `shrink-0 rounded border border-onshape-line bg-onshape-wash object-contain ${className}`;
  if (!src) return <ThumbnailPlaceholder width={width} height={height} className={box} />;
  if (inTab) return <SessionImage src={src} width={width} height={height} className={box} />;
  return <Image src={src} alt="" width={width} height={height} unoptimized className={box} />;
}

export function ThumbnailPlaceholder({
  width,
  height,
  className,
}: {
  width: number;
  height: number;
  className?: string;
}) {
  return (
    <svg
      aria-hidden="true"
      width={width}
      height={height}
      viewBox="0 0 24 24"
      className={className}
      data-testid="thumbnail-placeholder"
    >
      <path
        d="M12 4 20 8.5v7L12 20l-8-4.5v-7L12 4Zm0 0v16M4 8.5l8 4.5 8-4.5"
        fill="none"
        stroke="#5b6675"
        strokeWidth="0.8"
        strokeLinejoin="round"
        transform="translate(6 6) scale(0.5)"
      />
    </svg>
  );
}
