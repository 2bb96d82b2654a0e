// jsdom lays nothing out, so it lacks what browsers have for layout; the pane calls these.
// ResizeObserver (Fluent's MessageBar reflows its actions with it) never fires here, and scrolling
// moves nothing: both are real in the browser tests (test/e2e).
"use strict";
/* global window */

if (typeof window !== "undefined") {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.scrollTo = () => {};
}
