import { gearboxIds } from "../../emulator/seed";

const { document: did, versionV2: vid, partStudio } = gearboxIds;

/** The Part Studio page at a version: after the first view every answer comes from the cache. */
export const cachedPartStudio = `/documents/${did}/v/${vid}/e/${partStudio}?type=partstudio`;
