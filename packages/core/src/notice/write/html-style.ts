/**
 * The notice's only style: readable type, tables that scroll instead of overflowing on a phone,
 * colours that pass WCAG AA contrast, and a print layout without the table of contents that shows
 * where each link goes. Embedded so the page loads nothing from elsewhere.
 */
export const NOTICE_CSS = `
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 58rem; padding: 1.5rem 1rem 3rem; font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.4rem; line-height: 1.3; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 2px solid #d0d7de; }
h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; }
a { color: #0645ad; }
a:focus-visible, .table:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
nav ol { columns: 2 16rem; padding-left: 1.5rem; }
dl { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0.75rem 0; }
dl > div { display: contents; }
dt { font-weight: 600; }
dd { margin: 0; }
.table { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; min-width: 42rem; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 0.5rem; }
th, td { border: 1px solid #c4ccd4; padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #eef2f6; }
tbody th { font-weight: 600; min-width: 9rem; overflow-wrap: anywhere; }
@media (max-width: 40rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.5rem; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; }
  nav { display: none; }
  h2, h3 { break-after: avoid; }
  tr, dl > div, li { break-inside: avoid; }
  .table { overflow: visible; }
  table { min-width: 0; font-size: 8.5pt; }
  th, td { min-width: 5rem; padding: 0.2rem 0.3rem; overflow-wrap: anywhere; }
  a { color: #000; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
}
`;
