import "server-only";
import { headers } from "next/headers";
import { localeFromAcceptLanguage } from "./locale";

/** The locale for this request's standalone pages; the tab passes Onshape's `locale` instead. */
export async function requestLocale(): Promise<string> {
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}
