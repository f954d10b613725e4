import { derivedId, type SeedColor, type SeedElement, type SeedPart } from "../seed";
import { createImage, type RgbImage } from "./png";

// Deterministic pictures for thumbnails: a Part Studio shows one disc per part in the part's
// colour, sized by its volume (so a version or configuration with other parts looks
// different), an assembly one stacked block per instance, a drawing a sheet with a title
// block. The same content and size always give the same bytes.

const background = [236, 239, 244] as const;

function fillRect(img: RgbImage, x0: number, y0: number, w: number, h: number, c: SeedColor) {
  const xStart = Math.max(0, Math.floor(x0));
  const yStart = Math.max(0, Math.floor(y0));
  const xEnd = Math.min(img.width, Math.floor(x0 + w));
  const yEnd = Math.min(img.height, Math.floor(y0 + h));
  for (let y = yStart; y < yEnd; y++) {
    for (let x = xStart; x < xEnd; x++)
      img.pixels.set([c.red, c.green, c.blue], (y * img.width + x) * 3);
  }
}

function fillDisc(img: RgbImage, cx: number, cy: number, r: number, c: SeedColor) {
  for (let y = Math.max(0, Math.floor(cy - r)); y < Math.min(img.height, Math.ceil(cy + r)); y++) {
    for (let x = Math.max(0, Math.floor(cx - r)); x < Math.min(img.width, Math.ceil(cx + r)); x++) {
      if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r) {
        img.pixels.set([c.red, c.green, c.blue], (y * img.width + x) * 3);
      }
    }
  }
}

/** A stable colour from an id, kept mid-bright so it shows on the light background. */
export function colorFromId(id: string): SeedColor {
  const hash = derivedId("color", id);
  const channel = (offset: number) =>
    40 + (Number.parseInt(hash.slice(offset, offset + 2), 16) % 160);
  return { red: channel(0), green: channel(2), blue: channel(4) };
}

export type ThumbnailRequest = {
  element: SeedElement;
  width: number;
  height: number;
  /** A Part Studio's parts in the configuration shown; default: its stored parts. */
  parts?: readonly SeedPart[];
  /** An assembly's number of instances in the configuration shown; default: one per row. */
  instanceCount?: number;
};

export function drawElementThumbnail(request: ThumbnailRequest): RgbImage {
  const { element, width, height } = request;
  const img = createImage(width, height, background);
  const unit = Math.min(width, height);
  const ink = { red: 40, green: 44, blue: 52 };
  switch (element.elementType) {
    case "PARTSTUDIO": {
      const parts = (request.parts ?? element.parts).slice(0, 6);
      const largest = Math.max(...parts.map((part) => part.volume));
      parts.forEach((part, i) => {
        const cx = (width * (i + 1)) / (parts.length + 1);
        const cy = height / 2 + ((i % 2 === 0 ? -1 : 1) * unit) / 8;
        const size = 0.5 + 0.5 * Math.cbrt(part.volume / largest);
        fillDisc(img, cx, cy, (size * unit) / 4, part.color);
      });
      if (parts.length === 0) fillRect(img, width / 4, height / 2 - 1, width / 2, 2, ink);
      break;
    }
    case "ASSEMBLY": {
      const color = colorFromId(element.id);
      const count = request.instanceCount ?? element.instances.length;
      Array.from({ length: Math.min(count, 5) }).forEach((_, i) => {
        fillRect(
          img,
          width * 0.15 + i * unit * 0.08,
          height * 0.2 + i * unit * 0.1,
          width * 0.4,
          height * 0.3,
          color,
        );
      });
      break;
    }
    case "DRAWING":
    case "BLOB": {
      const white = { red: 255, green: 255, blue: 255 };
      fillRect(img, width * 0.1, height * 0.1, width * 0.8, height * 0.8, white);
      fillRect(img, width * 0.55, height * 0.7, width * 0.33, height * 0.16, ink);
      fillRect(img, width * 0.15, height * 0.2, width * 0.35, Math.max(1, unit / 40), ink);
      break;
    }
  }
  return img;
}
