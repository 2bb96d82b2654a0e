/**
 * workbook.settings: the add-in's document settings (key to JSON value), and each Setting.
 */
import { clone } from "./address";
import { collection, kind, props } from "./proxy";
import type { FakeWorkbook } from "./workbookModel";

class Setting extends kind<string>("Setting") {
  _gone(key: string) {
    return !this._ctx._book._settings.has(key);
  }
}
props(Setting, {
  key: [(k) => k],
  value: [
    (k, self: Setting) => self._ctx._book._settings.get(k),
    (k, v, self: Setting) => self._ctx._book._settings.set(k, clone(v)),
  ],
});

export class SettingCollection extends collection<FakeWorkbook, string, Setting>(
  "SettingCollection",
  () => Setting,
  (b) => [...b._settings.keys()],
  (b, key) => (b._settings.has(key) ? key : undefined)
) {
  /** Sets or adds a setting; values are stored as JSON, as Excel does. */
  add(key: string, value: unknown): Setting {
    return this._create(Setting, "add()", (b) => (b._settings.set(key, clone(value)), key));
  }
}
