import type { Surface } from "@/lib/navigation/surface";
import type { UnitSystem } from "@/lib/format/units";
import type { BomView, ElementKind, ElementRef } from "@/lib/onshape/types";

/** What every element panel gets: plain values only; panels fetch their own data. */
export type ElementViewProps = {
  userId: string;
  elementRef: ElementRef;
  /** BCP 47, e.g. "de-DE": numbers and dates. */
  locale: string;
  bomView: BomView;
  /** From the link (`?units=`), else the reader's remembered choice, else metric. */
  units: UnitSystem;
  /** The type the link promised: its content is fetched alongside the element lookup. */
  kindHint?: ElementKind;
  /** The app's own pages (default) or the Onshape tab, where moves stay inside the tab. */
  surface?: Surface;
};
