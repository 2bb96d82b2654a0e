import * as React from "react";
import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { getFramework } from "../../../src/core/framework/registry";
import type { Framework } from "../../../src/core/framework/types";
import { LevelBadge } from "../../../src/taskpane/components/LevelBadge";
import { medalFramework } from "../../helpers/medalFramework";

/*
 * LevelBadge: a level written as its name, on its framework's fill in its framework's text colour
 * (never colour alone); a theme or overall without a level yet shows a placeholder text instead.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function badge(ui: React.ReactElement): HTMLSpanElement {
  act(() => root.render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>));
  return container.querySelector("span")!;
}

/** A colour as jsdom writes it back (it turns "#21918C" into "rgb(33, 145, 140)"). */
function css(property: "background" | "color", value: string): string {
  const probe = document.createElement("span");
  probe.style[property] = value;
  return probe.style[property];
}

describe("LevelBadge", () => {
  it.each<[string, () => Framework]>([
    ["the medal framework", medalFramework],
    ["the public framework", () => getFramework("public")],
  ])("writes the level's name in %s's own colours", (_, framework) => {
    const { label, fill, text } = framework().levels[1];
    const span = badge(<LevelBadge framework={framework()} level={{ level: 1, label }} />);
    expect(span.textContent).toBe(label);
    expect(span.style.background).toMatch(/^rgb\(/);
    expect(span.style.background).toBe(css("background", fill));
    expect(span.style.color).toBe(css("color", text));
  });

  it("gives each level of a framework its own colour", () => {
    const medal = medalFramework();
    const gold = badge(<LevelBadge framework={medal} level={{ level: 2, label: "Gold" }} />);
    expect(gold.textContent).toBe("Gold");
    expect(gold.style.background).toBe(css("background", medal.levels[2].fill));
    expect(medal.levels[2].fill).not.toBe(medal.levels[1].fill);
  });

  it("says 'not scored', or the text given, when there is no level", () => {
    const none = { level: null, label: null };
    const span = badge(<LevelBadge framework={medalFramework()} level={none} />);
    expect(span.textContent).toBe("not scored");
    expect(span.style.background).toBe("");
    expect(
      badge(<LevelBadge framework={medalFramework()} level={none} empty="2 to answer" />)
        .textContent
    ).toBe("2 to answer");
  });
});
