import { answersFromLevels, SURREY } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/framework/registry";
import { officeAssessmentApi } from "../../src/office/api";
import { ALL_CAPABILITIES } from "../../src/office/requirements";
import { createFakeExcel, FakeWorkbook } from "../../src/testing/fakeExcel";

/**
 * The add-in's API on the fake host with Surrey's worked example created, answered and scored,
 * and a counter of the syncs a call takes.
 */
export async function surreyOnFakeHost() {
  const book = new FakeWorkbook();
  const excel = createFakeExcel(book);
  const api = officeAssessmentApi(excel as unknown as typeof Excel, ALL_CAPABILITIES);
  await api.create({
    frameworkId: "public",
    organisation: "Surrey County Council",
    date: "2026-11-22",
  });
  await api.fillAnswers(answersFromLevels(getFramework("public"), SURREY.answers));
  await api.rescore();
  const syncsOf = async <T>(call: () => Promise<T>) => {
    const before = book.syncCount;
    const result = await call();
    return { result, syncs: book.syncCount - before };
  };
  return { book, api, syncsOf };
}
