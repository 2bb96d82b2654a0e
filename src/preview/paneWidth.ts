/**
 * The task pane's width in the preview: Excel lets a person drag the pane from about 320 px, opens
 * it near 350, and a wide screen allows 500; the pane's layout must hold at each. Chosen in the
 * banner or with ?width=320 in the address (kept there, so a reload or a link shows the same).
 */
export const PANE_WIDTHS = [320, 350, 500] as const;
const DEFAULT_WIDTH = 350;

/** The width asked for in the address; any sensible number of pixels, not only the three offered. */
export function widthFromQuery(search: string): number {
  const asked = Number(new URLSearchParams(search).get("width"));
  return Number.isInteger(asked) && asked >= 200 && asked <= 1200 ? asked : DEFAULT_WIDTH;
}

/** Fills the banner's width group with a radio button per width, wired to the page's --pane-width. */
export function setUpPaneWidth(page: Window): void {
  const doc = page.document;
  const group = doc.getElementById("pane-width");
  const radios = PANE_WIDTHS.map((width) => {
    const label = doc.createElement("label");
    const radio = Object.assign(doc.createElement("input"), {
      type: "radio",
      name: "pane-width",
      value: String(width),
    });
    label.append(radio, ` ${width} px`);
    group?.append(label);
    return radio;
  });
  const apply = (width: number) => {
    doc.body.style.setProperty("--pane-width", `${width}px`);
    radios.forEach((r) => (r.checked = Number(r.value) === width));
  };
  radios.forEach((radio) =>
    radio.addEventListener("change", () => {
      const width = Number(radio.value);
      apply(width);
      const url = new URL(page.location.href);
      url.searchParams.set("width", String(width));
      page.history.replaceState(null, "", url);
    })
  );
  apply(widthFromQuery(page.location.search));
}
