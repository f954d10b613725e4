// The schema checks live with the emulator, which also validates request bodies with them.
export {
  checkAgainstSpec,
  findOperation,
  openapiSpec,
  operationResponse,
  undeclaredProperties,
} from "../../../emulator/openapi/spec-validator";
