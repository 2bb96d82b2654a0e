import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App, { APP_TITLE } from "../../src/taskpane/components/App";

// Tell React this environment flushes updates through act(), as a test renderer would.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe("App", () => {
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

  test("shows the title, the five levels and the ten public themes inside the Fluent theme", () => {
    act(() =>
      root.render(
        <FluentProvider theme={webLightTheme}>
          <App />
        </FluentProvider>
      )
    );
    expect(container.querySelector("h1")?.textContent).toBe(APP_TITLE);
    const items = [...container.querySelectorAll("li")].map((li) => li.textContent ?? "");
    expect(items.slice(0, 5).map((text) => text.split(":")[0])).toEqual([
      "Incomplete/Non Compliant",
      "Follower",
      "Mature",
      "Leader",
      "Innovator",
    ]);
    expect(items.slice(5)).toHaveLength(10);
    expect(items[5]).toBe("A Policy & Scope (5 questions)");
  });
});
