// What the thumbnail routes answer when Onshape has no picture: a neutral box outline in the
// app's colours, so lists keep their layout.

export const placeholderSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="170" viewBox="0 0 300 170"><rect width="300" height="170" fill="#f4f6f9"/><path d="M150 45l40 22.5v35L150 125l-40-22.5v-35L150 45zm0 0v80m-40-57.5 40 22.5 40-22.5" fill="none" stroke="#5b6675" stroke-width="3" stroke-linejoin="round"/></svg>`;
