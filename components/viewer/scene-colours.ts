/** The 3D view's background (also the box behind it while it loads). */
export const backgroundColor = "#f4f6f9";
export const hoverColor = "#38bdf8";
export const selectColor = "#0284c7";
