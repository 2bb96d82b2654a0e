import {
  createFakeExcel,
  FakeWorkbook,
  type WorksheetChangedArgs,
} from "../../../src/testing/fakeExcel";

function setup(sheets?: string[]) {
  const workbook = new FakeWorkbook(sheets);
  return { workbook, excel: createFakeExcel(workbook) };
}

describe("loading and reading", () => {
  test("a property must be loaded, and synced, before it is read", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- reading too early is what this test checks
      expect(() => range.values).toThrow("fake Excel: Range.values was not loaded");
      range.load("values,address");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- reading too early is what this test checks
      expect(() => range.values).toThrow("fake Excel: Range.values was read before context.sync()");
      await context.sync();
      expect(range.values).toEqual([["", ""]]);
      expect(range.address).toBe("Sheet1!A1:B1");
      // eslint-disable-next-line office-addins/load-object-before-read -- reading too early is what this test checks
      expect(() => range.rowIndex).toThrow("Range.rowIndex was not loaded");
    });
  });

  test("load accepts strings, arrays, objects and items/ paths", async () => {
    const { excel } = setup(["One", "Two"]);
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/position");
      const range = context.workbook.worksheets.getItem("One").getRange("$B$2");
      range.load(["rowIndex"]);
      range.load({ columnIndex: true });
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ["One", 0],
        ["Two", 1],
      ]);
      expect([range.rowIndex, range.columnIndex]).toEqual([1, 1]);
      expect(() => sheets.items[0].visibility).toThrow("Worksheet.visibility was not loaded");
    });
  });

  test("a load snapshots the document at its place in the batch", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      cell.values = [["first"]];
      const before = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      cell.values = [["second"]];
      await context.sync();
      expect(before.values).toEqual([["first"]]);
    });
  });

  test("strings are stored as Excel reads typed text", async () => {
    const { workbook, excel } = setup();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1").values = [
        ["12", "'12", "TRUE", "50%", "2026-11-22"],
      ];
      await context.sync();
    });
    expect(workbook.sheet("Sheet1").values).toEqual([[12, "12", true, 0.5, 46348]]);
    expect(workbook.sheet("Sheet1").format("E1").numberFormat).toBe("yyyy-mm-dd");
  });

  test("members the fake lacks say so", async () => {
    const { excel } = setup();
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1") as unknown as {
          autoFilter: unknown;
        };
        return sheet.autoFilter;
      })
    ).rejects.toThrow("fake Excel: Worksheet.autoFilter is not modelled");
  });
});

describe("null objects", () => {
  test("refuses a chain on a null object: Office.js promises nothing for it", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const name = context.workbook.names.getItemOrNullObject("Missing").load("name");
      const table = context.workbook.tables.getItemOrNullObject("T").load("name");
      expect(() => name.isNullObject).toThrow("isNullObject was read before context.sync()");
      await context.sync();
      expect([name.isNullObject, table.isNullObject]).toEqual([true, true]);
      expect(() => name.getRangeOrNullObject()).toThrow(/null NamedItem.*check isNullObject first/);
      expect(() => table.getHeaderRowRange()).toThrow(/null Table/);
      expect(() => name.name).toThrow("read on a null object");
    });
  });

  test("a used range is null on an empty sheet and real once it has values", async () => {
    const { workbook, excel } = setup();
    const usedRange = () =>
      excel.run(async (context) => {
        const used = context.workbook.worksheets
          .getItem("Sheet1")
          .getUsedRangeOrNullObject(true)
          .load("address");
        await context.sync();
        return used.isNullObject ? null : used.address;
      });
    expect(await usedRange()).toBeNull();
    await workbook.userEdit("Sheet1", "C3", "x");
    expect(await usedRange()).toBe("Sheet1!C3");
  });

  test("getItem of a missing item fails the sync, naming the item", async () => {
    const { excel } = setup();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nowhere").load("name");
        await context.sync();
      })
    ).rejects.toThrow(/Nowhere.*ItemNotFound/);
  });
});

describe("batches", () => {
  test("every sync counts, in every context", async () => {
    const { workbook, excel } = setup();
    await excel.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    await excel.run(async (context) => context.sync());
    expect(workbook.syncCount).toBe(3);
  });

  test("writes queued after the last sync are an error", async () => {
    const { excel } = setup();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      })
    ).rejects.toThrow("fake Excel: changes made after the last context.sync() were never sent");
  });

  test("a block of the wrong shape fails the sync, and the rest of the batch is skipped", async () => {
    const { workbook, excel } = setup();
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:B2").values = [["only one row", "x"]];
        sheet.getRange("C1").values = [["skipped"]];
        await context.sync();
      })
    ).rejects.toThrow(/doesn't match the size.*InvalidArgument/);
    expect(workbook.sheet("Sheet1").value("C1")).toBe("");
  });

  test("sheet names are unique whatever their case", async () => {
    const { excel } = setup();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add("SHEET1");
        await context.sync();
      })
    ).rejects.toThrow("ItemAlreadyExists");
  });
});

describe("names, tables and sheets", () => {
  async function addMarker(excel: ReturnType<typeof createFakeExcel>) {
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Action Plan");
      context.workbook.names.add("Marker", sheet.getRange("A1"), "test");
      await context.sync();
    });
  }

  test("a name follows its sheet's rename, and becomes #REF! when the sheet goes", async () => {
    const { workbook, excel } = setup();
    await addMarker(excel);
    expect(workbook.names).toEqual({ Marker: "='Action Plan'!$A$1" });
    workbook.renameSheet("Action Plan", "Plan");
    expect(workbook.names.Marker).toBe("=Plan!$A$1");
    workbook.deleteSheet("Plan");
    await excel.run(async (context) => {
      const names = context.workbook.names.load("items/name,items/formula");
      const range = context.workbook.names.getItemOrNullObject("Marker").getRangeOrNullObject();
      await context.sync();
      expect(names.items.map((n) => n.formula)).toEqual(["=#REF!$A$1"]);
      expect(range.isNullObject).toBe(true);
    });
  });

  test("a table follows rows inserted above it and grows with rows inserted inside it", async () => {
    const { workbook, excel } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B3:C5").values = [
        ["Id", "Answer"],
        ["Q1", "yes"],
        ["Q2", "no"],
      ];
      sheet.tables.add(sheet.getRange("B3:C5"), true).name = "Answers";
      await context.sync();
    });
    await workbook.insertRowsAbove("Sheet1", 0, 2);
    await workbook.insertRowsAbove("Sheet1", 6, 1);
    expect(workbook.table("Answers")).toMatchObject({
      address: "B5:C8",
      columns: ["Id", "Answer"],
    });
    await workbook.sortTableRows("Answers", (a, b) => String(a[0]).localeCompare(String(b[0])));
    await excel.run(async (context) => {
      const body = context.workbook.tables
        .getItemOrNullObject("Answers")
        .getDataBodyRange()
        .load("values,rowIndex");
      await context.sync();
      expect(body.rowIndex).toBe(5);
      expect(body.values).toEqual([
        ["", ""],
        ["Q1", "yes"],
        ["Q2", "no"],
      ]);
    });
  });
});

describe("charts", () => {
  test("charts.add guesses categories and named series from a labelled block", async () => {
    const { workbook, excel } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:D4").values = [
        ["Data", "Present", "Future"],
        ["Policy", 1, 3],
        ["People", 2, 4],
      ];
      const chart = sheet.charts.add("RadarMarkers", sheet.getRange("B2:D4"), "Columns");
      chart.name = "Radar";
      chart.series.getItemAt(1).format.line.color = "#e69f00";
      chart.series.getItemAt(2).delete(); // there is no third series
      await expect(context.sync()).rejects.toThrow("getItemAt(2)");
      const found = sheet.charts.getItemOrNullObject("Radar").load("name");
      await context.sync();
      expect(found.isNullObject).toBe(false);
    });
    expect(workbook.sheet("Sheet1").charts[0].series).toEqual([
      expect.objectContaining({
        name: "Present",
        values: "Sheet1!$C$3:$C$4",
        xAxis: "Sheet1!$B$3:$B$4",
      }),
      expect.objectContaining({ name: "Future", values: "Sheet1!$D$3:$D$4", lineColor: "#E69F00" }),
    ]);
  });
});

describe("events", () => {
  async function watch(excel: ReturnType<typeof createFakeExcel>, seen: WorksheetChangedArgs[]) {
    return excel.run(async (context) => {
      const result = context.workbook.worksheets
        .getItem("Sheet1")
        .onChanged.add(async (args: Excel.WorksheetChangedEventArgs) => {
          seen.push(args as unknown as WorksheetChangedArgs);
        });
      await context.sync();
      return result;
    });
  }

  test("a person's edit fires the sheet's handlers with its source", async () => {
    const { workbook, excel } = setup();
    const seen: WorksheetChangedArgs[] = [];
    await watch(excel, seen);
    await workbook.userEdit("Sheet1", "B2", "hello", "Remote");
    expect(seen).toEqual([
      expect.objectContaining({
        address: "B2",
        source: "Remote",
        changeType: "RangeEdited",
        triggerSource: "Unknown",
        worksheetId: workbook.sheet("Sheet1").id,
      }),
    ]);
  });

  test("the add-in's own writes fire events only while events are enabled", async () => {
    const { workbook, excel } = setup();
    const seen: WorksheetChangedArgs[] = [];
    await watch(excel, seen);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1, 2]];
      await context.sync();
    });
    await workbook.idle();
    expect(seen.map((e) => [e.address, e.triggerSource])).toEqual([["A1:B1", "ThisLocalAddin"]]);
    await excel.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[3]];
      await context.sync();
    });
    await workbook.userEdit("Sheet1", "A3", 4);
    expect(seen).toHaveLength(1);
    expect(workbook.eventsEnabled).toBe(false);
  });

  test("a removed handler stops at the next sync of the context that added it", async () => {
    const { workbook, excel } = setup();
    const seen: WorksheetChangedArgs[] = [];
    const registration = await watch(excel, seen);
    await excel.run(registration.context, async (context) => {
      registration.remove();
      await workbook.userEdit("Sheet1", "A1", "still heard");
      await context.sync();
    });
    await workbook.userEdit("Sheet1", "A2", "not heard");
    expect(seen.map((e) => e.address)).toEqual(["A1"]);
  });
});

describe("cell-edit mode (Excel.RunOptions.delayForCellEdit)", () => {
  it("fails a batch while the user edits a cell, unless it asked to wait; then runs it after", async () => {
    const book = new FakeWorkbook();
    const excel = createFakeExcel(book);
    book.startCellEdit();
    await expect(excel.run(async (ctx) => ctx.sync())).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    let ran = false;
    const waiting = excel.run({ delayForCellEdit: true }, async (ctx) => {
      ran = true;
      await ctx.sync();
    });
    await Promise.resolve();
    expect(ran).toBe(false);
    book.endCellEdit();
    await waiting;
    expect(ran).toBe(true);
  });
});
