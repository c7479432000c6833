/**
 * The warning's CSS, inside its shadow root so page CSS cannot restyle or hide it. Calm colours with
 * WCAG AA contrast or better: high = white on deep red (≈ 7.9:1), medium = near-black on warm yellow
 * (≈ 13:1); the focus ring is always visible for keyboard users.
 */
export const WARNING_CSS = `
:host { all: initial; }
.lw {
  position: absolute; top: 0; inset-inline-start: 0;
  box-sizing: border-box; width: max-content; max-width: min(36rem, 92vw);
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  border-radius: 8px; padding: 6px 8px; box-shadow: 0 1px 4px rgba(0,0,0,.25);
  display: flex; flex-wrap: wrap; align-items: flex-start; gap: 4px 8px; text-align: start;
  white-space: normal; cursor: default; user-select: text;
}
.lw.high { background: #8c1d18; color: #fff; border: 1px solid #5e100c; }
.lw.medium { background: #fff1c2; color: #2b1d00; border: 1px solid #8a6d00; }
/* Burmese and Khmer stack vowel signs and subscripts far above and below the line: at Latin's 1.35 the
   two-line badge's overflow:hidden cuts them off (seen in the my/km screenshots of tests/e2e/popup.spec.ts). */
.lw:lang(my), .lw:lang(km) { line-height: 1.9; }
.icon { font-size: 14px; line-height: 1.2; }
.text { margin: 0; flex: 1 1 14rem; min-width: 0; }
/* Closed, the badge is at most two lines so it covers little of the post; "Why?" opens the rest. */
.lw:not(.open) .text { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; }
.text strong { font-weight: 700; }
.buttons { display: flex; gap: 6px; flex-wrap: wrap; }
button {
  font: inherit; font-size: 12px; border-radius: 6px; padding: 2px 8px; cursor: pointer;
  border: 1px solid currentColor; background: transparent; color: inherit; min-height: 24px;
}
button:hover { background: rgba(127,127,127,.2); }
button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 1px; }
.high button:focus-visible { outline-color: #fff; }
.close { border: 0; font-size: 16px; line-height: 1; padding: 2px 6px; min-width: 24px; } /* the × alone is narrower than a 24 px tap target in some fonts */
.details { flex-basis: 100%; margin: 4px 0 0; padding: 6px 0 0; border-top: 1px solid currentColor; }
.details ul { margin: 0; padding-inline-start: 18px; }
.details li { margin: 0 0 4px; }
.details h3 { font-size: 12px; margin: 6px 0 2px; }
`;
