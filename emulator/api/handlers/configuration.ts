import {
  parametersOf,
  type ElementConfiguration,
} from "../../configurations/element-configuration";
import {
  configurationString,
  encodeValue,
  parseConfiguration,
} from "../../configurations/parse-configuration";
import type { SeedConfigurationParameter, SeedElement } from "../../seed";
import { requestConfiguration } from "../configuration-param";
import { errorResponse, jsonResponse, type Handler, type HandlerContext } from "../handler-context";
import { booleanParam, stringParam } from "../query-params";
import { validBody } from "../request-body";
import { checkIds, fail, resolveDocument, resolveElement, type Resolved } from "../resolve-path";

// getConfiguration (BTConfigurationResponse-2019), encodeConfigurationMap and
// decodeConfiguration. Only Part Studios and assemblies can be configured; other elements
// have no configuration (400), an unconfigured one has no parameters.

const parameterBtTypes = {
  ENUM: "BTMConfigurationParameterEnum-105",
  BOOLEAN: "BTMConfigurationParameterBoolean-2550",
  QUANTITY: "BTMConfigurationParameterQuantity-1826",
  STRING: "BTMConfigurationParameterString-872",
} as const;

/** GBTConfigurationParameterType's order, which decodeConfiguration reports as a number. */
const parameterTypeNumbers = { ENUM: 0, BOOLEAN: 1, STRING: 2, QUANTITY: 3 } as const;

const unitAbbreviations = { millimeter: "mm" } as const;

function parameterJson(parameter: SeedConfigurationParameter) {
  const common = {
    btType: parameterBtTypes[parameter.type],
    nodeId: `M${parameter.id}`,
    parameterId: parameter.id,
    parameterName: parameter.name,
    parameterType: parameter.type,
    isCosmetic: false,
    valid: true,
  };
  switch (parameter.type) {
    case "ENUM":
      return {
        ...common,
        enumName: `${parameter.id}_conf`,
        namespace: "",
        defaultValue: parameter.defaultValue,
        options: parameter.options.map((option) => ({
          btType: "BTMEnumOption-592",
          nodeId: `M${parameter.id}${option.id}`,
          option: option.id,
          optionName: option.name,
        })),
        optionIds: parameter.options.map((option) => option.id),
        optionNames: parameter.options.map((option) => option.name),
      };
    case "BOOLEAN":
    case "STRING":
      return { ...common, defaultValue: parameter.defaultValue };
    case "QUANTITY":
      return {
        ...common,
        quantityType: parameter.quantityType,
        rangeAndDefault: {
          btType: "BTQuantityRange-181",
          defaultValue: parameter.defaultValue,
          minValue: parameter.minValue,
          maxValue: parameter.maxValue,
          units: parameter.units,
        },
      };
  }
}

function displayValue(parameter: SeedConfigurationParameter, value: unknown): string {
  if (parameter.type === "ENUM") {
    return parameter.options.find((option) => option.id === value)?.name ?? String(value);
  }
  if (parameter.type === "QUANTITY")
    return `${Number(value)} ${unitAbbreviations[parameter.units]}`;
  return String(value);
}

function currentValueJson(parameter: SeedConfigurationParameter, value: unknown) {
  const common = { nodeId: `C${parameter.id}`, parameterId: parameter.id };
  switch (parameter.type) {
    case "ENUM":
      return {
        ...common,
        btType: "BTMParameterEnum-145",
        enumName: `${parameter.id}_conf`,
        namespace: "",
        value: String(value),
      };
    case "BOOLEAN":
      return { ...common, btType: "BTMParameterBoolean-144", value: value === true };
    case "QUANTITY":
      return {
        ...common,
        btType: "BTMParameterQuantity-147",
        expression: displayValue(parameter, value),
        isInteger: false,
        units: parameter.units,
        value: Number(value),
      };
    case "STRING":
      return { ...common, btType: "BTMParameterString-149", value: String(value) };
  }
}

function configurable(ctx: HandlerContext, element: SeedElement): Resolved<SeedElement> {
  if (element.elementType === "PARTSTUDIO" || element.elementType === "ASSEMBLY") {
    return { ok: true, value: element };
  }
  return fail(ctx, 400, "Only Part Studios and assemblies have configurations.");
}

export const getConfiguration: Handler = (ctx) => {
  const access = resolveElement(ctx);
  if (!access.ok) return access.response;
  const element = configurable(ctx, access.value.element);
  if (!element.ok) return element.response;
  const parameters = parametersOf(element.value);
  return jsonResponse(ctx, {
    btType: "BTConfigurationResponse-2019",
    configurationParameters: parameters.map(parameterJson),
    currentConfiguration: parameters.map((p) => currentValueJson(p, p.defaultValue)),
    libraryVersion: 2472,
    microversionSkew: false,
    rejectMicroversionSkew: false,
    serializationVersion: "1.2.15",
    sourceMicroversion: access.value.snapshot.microversionId,
  });
};

type EncodeBody = { parameters?: { parameterId?: string; parameterValue?: string }[] };

/** The element at the document's default workspace, or at `versionId`. */
function elementForEncoding(ctx: HandlerContext): Resolved<SeedElement> {
  const invalid = checkIds<SeedElement>(ctx, ["did", "eid"]);
  if (invalid) return invalid;
  const documentAccess = resolveDocument(ctx);
  if (!documentAccess.ok) return documentAccess;
  const versionId = stringParam(ctx.req.query, "versionId");
  const snapshot = versionId
    ? documentAccess.value.doc.versions.find((version) => version.id === versionId)
    : documentAccess.value.doc.workspaces[0];
  if (!snapshot) return fail(ctx, 404, "Version not found.");
  const element = snapshot.elements.find((e) => e.id === ctx.params.eid);
  if (!element) return fail(ctx, 404, "Element not found.");
  return configurable(ctx, element);
}

export const encodeConfigurationMap: Handler = (ctx) => {
  const element = elementForEncoding(ctx);
  if (!element.ok) return element.response;
  const body = validBody<EncodeBody>(ctx);
  if (!body.ok) return body.response;
  const parameters = parametersOf(element.value);
  const values: Record<string, string | number | boolean> = {};
  const ids: string[] = [];
  for (const entry of body.value.parameters ?? []) {
    const id = entry.parameterId ?? "";
    if (ids.includes(id)) {
      return errorResponse(ctx, 400, `Configuration parameter "${id}" is given twice.`);
    }
    // One parameter at a time, so a value may contain ";" or "=".
    const parsed = parseConfiguration(parameters, `${id}=${entry.parameterValue ?? ""}`);
    if (!parsed.ok) return errorResponse(ctx, 400, parsed.message);
    values[id] = parsed.value.values[id]!;
    ids.push(id);
  }
  const encodedId = configurationString(parameters, values, ids);
  return jsonResponse(ctx, {
    encodedId,
    queryParam: `configuration=${encodeURIComponent(encodedId)}`,
  });
};

function decodedJson(configuration: ElementConfiguration, withDisplay: boolean) {
  return {
    isStandardContent: false,
    parameters: configuration.parameters.map((parameter) => {
      const value = configuration.values[parameter.id];
      return {
        parameterId: parameter.id,
        parameterName: parameter.name,
        parameterType: parameterTypeNumbers[parameter.type],
        parameterValue: encodeValue(parameter, value),
        explicit: configuration.explicit.includes(parameter.id),
        isCosmetic: false,
        isVisible: true,
        ...(withDisplay
          ? {
              parameterDisplayValue: displayValue(parameter, value),
              parameterAbbreviatedDisplayValue: displayValue(parameter, value),
            }
          : {}),
      };
    }),
  };
}

export const decodeConfiguration: Handler = (ctx) => {
  const access = resolveElement(ctx);
  if (!access.ok) return access.response;
  const element = configurable(ctx, access.value.element);
  if (!element.ok) return element.response;
  const configuration = requestConfiguration(ctx, element.value, ctx.params.cid ?? "");
  if (!configuration.ok) return configuration.response;
  return jsonResponse(
    ctx,
    decodedJson(configuration.value, booleanParam(ctx.req.query, "includeDisplay", false)),
  );
};
