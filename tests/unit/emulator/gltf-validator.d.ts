// gltf-validator (Khronos' official glTF validator, compiled to JS) ships no types.
declare module "gltf-validator" {
  export type ValidationReport = {
    issues: {
      numErrors: number;
      numWarnings: number;
      messages: { code: string; message: string; severity: number; pointer?: string }[];
    };
    info?: { version: string; totalVertexCount?: number; drawCallCount?: number };
  };
  export function validateBytes(
    data: Uint8Array,
    options?: {
      uri?: string;
      format?: "glb" | "gltf";
      maxIssues?: number;
      externalResourceFunction?: (uri: string) => Promise<Uint8Array>;
    },
  ): Promise<ValidationReport>;
}
