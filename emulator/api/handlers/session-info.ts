import { findCompany } from "../../seed";
import { avatarUrl } from "../avatars";
import { apiUrl, jsonResponse, viewUrl, type Handler } from "../handler-context";

// GET /users/sessioninfo (BTUserOAuth2SummaryInfo): who the bearer token belongs to.
// `company` only for users in a company (enterprise) account, as on Onshape.
export const sessionInfo: Handler = (ctx) => {
  const { user, origin } = ctx.req;
  const company = findCompany(user.companyId);
  return jsonResponse(ctx, {
    jsonType: "BTUserOAuth2SummaryInfo",
    id: user.id,
    name: user.name,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    image: avatarUrl(origin, user.id),
    href: apiUrl(ctx, `/users/${user.id}`),
    state: 1,
    isGuest: false,
    isLight: false,
    isExternal: false,
    isOnshapeSupport: false,
    personalMessageAllowed: true,
    companyPlan: company !== undefined,
    roles: ["USER"],
    ...(company
      ? {
          company: {
            id: company.id,
            name: company.name,
            domainPrefix: company.domainPrefix,
            enterpriseBaseUrl: `https://${company.domainPrefix}.onshape.com`,
            href: apiUrl(ctx, `/companies/${company.id}`),
            viewRef: viewUrl(ctx, `/company/${company.id}`),
            admin: false,
          },
        }
      : {}),
  });
};
