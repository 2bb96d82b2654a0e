import { getFramework } from "../../../../src/core/framework/registry";
import { submissionSheet } from "../../../../src/core/workbook/layouts/submission";
import { peerSubmission } from "../../../helpers/publicBenchmark";

/* The submission sheet's title names the framework answered, as every sheet svmi draws does. */

describe("submissionSheet", () => {
  it("keeps the SVMI's title for the SVMI", () => {
    const framework = getFramework("public");
    const sheet = submissionSheet(framework, peerSubmission(framework, 2));
    expect(sheet.values[0]).toEqual(["SVMI survey submission"]);
  });

  it("names another framework as itself, never as the SVMI", () => {
    const framework = getFramework("svm-adoption");
    const sheet = submissionSheet(framework, peerSubmission(framework, 2));
    expect(sheet.values[0]).toEqual(["Social Value Model adoption: survey submission"]);
  });
});
