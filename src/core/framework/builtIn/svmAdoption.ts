import type { FrameworkSpec, QuestionSpec, ThemeSpec } from "../spec";
import { SVM_ADOPTION_GROUPS } from "./svmAdoptionGroups";

/*
 * Social Value Model adoption: a self-assessment derived from a 2023 practitioner report on the
 * first two years of the central-government Social Value Model (seed 003). It is not an official
 * framework.
 *
 * How to read this file
 * - The report names eight critical characteristics of successful adoption; each is a theme here,
 *   in the report's order. Theme ids are two-letter initials of the characteristic (PC = Policy and
 *   culture …) and question ids add a number (PC1, PC2), as the SVMI files use a letter and a
 *   number. Two letters, rather than A-H, so that an adoption theme is never mistaken for one of
 *   the SVMI's public themes A-J, which the crosswalk prints beside it.
 * - The report groups the characteristics by when they matter (setting strategy, implementation,
 *   enablers). The groups are listed once, in SVM_ADOPTION_GROUPS (svmAdoptionGroups.ts, apart so
 *   the crosswalk can name them without this data), and each theme's `group` is read from there.
 * - The levels are the report's four mindsets in its order, with a floor below Compliance for an
 *   organisation that has not reached it: 0 Not yet, 1 Compliance, 2 Strategic, 3 Delivery,
 *   4 Systemic.
 * - The report describes each characteristic only at its mature end, and each mindset for the
 *   organisation as a whole. The statements that grade a characteristic at each mindset are ours:
 *   each question grades one practice at every level, so every characteristic has two or three
 *   statements per mindset. `action` says how to reach a level from the one below.
 * - No floor option starts "Not yet": the floor level is itself called Not yet, and such a start
 *   would make the option read "Not yet — counts as Not yet" (see optionWording.ts).
 * - All wording is our own; each statement keeps to what the report says of its characteristic
 *   and mindset.
 */

/** A practice's statement at each level; each mindset's with the action that reaches it. */
interface Ladder {
  floor: string;
  compliance: Step;
  strategic: Step;
  delivery: Step;
  systemic: Step;
}
/** [the statement at this level, the action that takes you there from the level below]. */
type Step = readonly [text: string, action: string];

/** One question whose options run from the floor to Systemic, one per level. */
function practice(id: string, text: string, ladder: Ladder): QuestionSpec {
  const steps = [ladder.compliance, ladder.strategic, ladder.delivery, ladder.systemic];
  return {
    id,
    text,
    options: [
      { level: 0, text: ladder.floor },
      ...steps.map(([stepText, action], i) => ({ level: i + 1, text: stepText, action })),
    ],
  };
}

// The groups live apart (svmAdoptionGroups.ts): the crosswalk needs them, not this data.
export { SVM_ADOPTION_GROUPS, type AdoptionGroup } from "./svmAdoptionGroups";

/**
 * Each theme with the name of its group in SVM_ADOPTION_GROUPS, the one list of them. A theme
 * left out of every group gets none, which loadFramework refuses (every theme or none).
 */
function inGroups(themes: readonly ThemeSpec[]): ThemeSpec[] {
  return themes.map((theme) => {
    const group = SVM_ADOPTION_GROUPS.find((g) => g.themes.includes(theme.id));
    return group ? { ...theme, group: group.name } : theme;
  });
}

export const SVM_ADOPTION_FRAMEWORK: FrameworkSpec = {
  id: "svm-adoption",
  name: "Social Value Model adoption",
  version: "0.1",
  provenance:
    "Derived by svmi from a 2023 practitioner report on two years of the central-government Social Value Model (its eight critical characteristics and four mindsets); not an official framework. The statements at each mindset are svmi's own reading of the report.",
  levels: [
    {
      label: "Not yet",
      description:
        "Has not reached compliance: the Model (or, where it is not mandatory, the organisation's own social value rules) is not yet applied to every procurement it should cover.",
    },
    {
      label: "Compliance",
      description:
        "Concentrates on applying the Model correctly when procuring: picking themes and award criteria, backed by guidance and training so that practice is consistent.",
    },
    {
      label: "Strategic",
      description:
        "With compliance settled, uses social value to serve the organisation's own strategic priorities and aligns its choices to them.",
    },
    {
      label: "Delivery",
      description:
        "With compliant procurement and a strategic frame in place, turns to the later stages: delivering commitments during contracts and capturing their impact, with close stakeholder engagement as normal practice.",
    },
    {
      label: "Systemic",
      description:
        "Works in partnership with suppliers, communities and partners, looking across the whole system to get the most outcome and impact for shared goals.",
    },
  ],
  themes: inGroups([
    {
      id: "PC",
      name: "Policy and culture",
      questions: [
        practice("PC1", "Is social value written into your strategy and policies?", {
          floor: "None of our strategies or policies mentions social value.",
          compliance: [
            "A procurement policy or procedure says how our tenders apply the Model; no other strategy mentions it.",
            "Write down, in a procurement policy or procedure, how your tenders apply the Social Value Model.",
          ],
          strategic: [
            "Our corporate strategy names the social value priorities we pursue through contracts, each tied to an organisational objective.",
            "Name in the corporate strategy the social value priorities you pursue through contracts, and tie each one to an organisational objective.",
          ],
          delivery: [
            "Each functional and programme strategy turns those priorities into activities and targets of its own.",
            "Have every functional and programme strategy translate the corporate priorities into its own activities and targets.",
          ],
          systemic: [
            "Our strategy places our priorities within outcomes agreed with partners for the places and people we serve together.",
            "Agree outcomes with partner bodies for the places and people you serve together, and set your priorities within them.",
          ],
        }),
        practice("PC2", "Does everyone mean the same thing by social value?", {
          floor: "We have no working definition of social value; people use the term loosely.",
          compliance: [
            "We treat the Model's themes and outcomes as our definition, and point commercial staff to the central guidance.",
            "Adopt the Model's themes and outcomes as your working definition and point every commercial colleague to the central guidance.",
          ],
          strategic: [
            "A short written statement sets out what counts as social value for us and what does not, including which practices we now expect as standard rather than count as additional.",
            "Write a brief statement of what social value does and does not mean for your organisation, listing the practices you now treat as standard good practice rather than as additional.",
          ],
          delivery: [
            "Budget holders and delivery teams use that statement when they plan and run contracts, and new staff meet it at induction.",
            "Build the statement into induction and into contract planning, so that delivery teams and budget holders use it, not only commercial staff.",
          ],
          systemic: [
            "We have compared our definition with those of partner bodies and suppliers, and use common wording where we work together.",
            "Compare your definition with partner bodies' and suppliers' and settle on common wording wherever you commission or deliver together.",
          ],
        }),
        practice("PC3", "Is social value done every time, or only in pockets?", {
          floor: "Social value is considered only when an individual officer chooses to.",
          compliance: [
            "Every procurement in scope includes social value because the rules require it, and we check that it does.",
            "Make social value a required step of every procurement the Model covers, and check each one includes it.",
          ],
          strategic: [
            "Senior leaders present social value in business plans and briefings as a means to our own objectives, not only as a rule.",
            "Ask senior leaders to explain, in business plans and staff briefings, how social value serves the organisation's objectives.",
          ],
          delivery: [
            "Contract owners and service managers have social value in their objectives and can say what their contracts deliver.",
            "Add delivering social value to the objectives of every contract owner and service manager.",
          ],
          systemic: [
            "Staff work on social value with suppliers, partners and communities as a matter of course, beyond their own contracts.",
            "Encourage and recognise staff who take social value work beyond their own contracts, with suppliers, partners and communities.",
          ],
        }),
      ],
    },
    {
      id: "IA",
      name: "Inclusive approach",
      questions: [
        practice("IA1", "Who has a say in your social value priorities?", {
          floor: "No one sets social value priorities; each tender decides for itself.",
          compliance: [
            "The procurement team picks the themes and award criteria for each tender, following the guidance.",
            "Have the procurement team pick each tender's themes and award criteria as the guidance sets out.",
          ],
          strategic: [
            "Budget holders help choose the priorities and the questions asked in their own procurements.",
            "Involve budget holders in choosing the priorities, and the questions bidders are asked, for each of their procurements.",
          ],
          delivery: [
            "Suppliers, VCSEs and community groups are asked for their views on our priorities on a regular cycle, and what they said is recorded.",
            "Set a regular cycle for hearing the views of suppliers, VCSEs and community groups on your priorities, and keep a record of them.",
          ],
          systemic: [
            "Stakeholders decide priorities with us, and we can show priorities that changed because of what they said.",
            "Give stakeholders a real share in deciding priorities, and publish which ones changed as a result.",
          ],
        }),
        practice("IA2", "Do the criteria fit the contract and the people it affects?", {
          floor: "Our tenders carry no social value award criteria.",
          compliance: [
            "Tenders use the Model's standard award criteria, copied in largely as they stand.",
            "Put the Model's standard award criteria into every tender it covers.",
          ],
          strategic: [
            "Each tender's criteria are chosen for its subject, location and timescale and for the part SMEs and VCSEs can play.",
            "Choose each tender's criteria to suit its subject, location and timescale, and the room it gives SMEs and VCSEs.",
          ],
          delivery: [
            "Before a contract starts, the communities or service users it affects are asked what change they want from it, and the answer is in its delivery plan.",
            "Ask the communities or service users a contract affects what they want it to change, and write that into its delivery plan.",
          ],
          systemic: [
            "Communities and partners help decide how the social value of the contracts in one area is combined for the greatest effect.",
            "Plan with communities and partners how the social value of the contracts in one area adds up, and agree where to focus it.",
          ],
        }),
      ],
    },
    {
      id: "WL",
      name: "Whole lifecycle perspective",
      questions: [
        practice("WL1", "Can you trace social value from policy to delivery?", {
          floor: "We cannot link what our tenders ask on social value to any policy.",
          compliance: [
            "Every tender in scope carries social value requirements, though they are not yet linked to our policies or programme objectives.",
            "Make sure every tender in scope carries its social value requirements, before working on the links to wider objectives.",
          ],
          strategic: [
            "For each major procurement we can show, step by step, how its requirements follow from programme objectives, departmental priorities and policy.",
            "Document, for every major procurement, how its requirements follow from programme objectives, departmental priorities and policy.",
          ],
          delivery: [
            "The same priorities carry on into each contract's management plan and delivery reviews rather than stopping at award.",
            "Carry each contract's social value requirements forward into its management plan and its delivery reviews.",
          ],
          systemic: [
            "Customers, suppliers and third parties follow one aligned approach across the lifecycle, so their plans and reports fit together.",
            "Agree one approach across the lifecycle with customers, suppliers and third parties, so that their plans and reports fit with yours.",
          ],
        }),
        practice("WL2", "Do your processes and systems make room for social value at each stage?", {
          floor: "None of our processes or systems has a place for social value.",
          compliance: [
            "Procurement templates and evaluation steps include social value; no other process does.",
            "Add social value to your procurement templates and evaluation steps.",
          ],
          strategic: [
            "Business cases and pre-procurement plans have a social value section linked to our priorities.",
            "Give business cases and pre-procurement plans a social value section that links to your priorities.",
          ],
          delivery: [
            "Contract and delivery management systems hold each contract's commitments and what has been delivered against them.",
            "Record commitments, and delivery against them, in your contract and delivery management systems.",
          ],
          systemic: [
            "Social value data passes between us, suppliers and partners in a common format or system that spans contracts.",
            "Exchange social value data with suppliers and partners in a common format or system that spans contracts.",
          ],
        }),
        practice("WL3", "Does each round of procurement improve on the last?", {
          floor:
            "Each procurement handles social value its own way, and no one records how it went.",
          compliance: [
            "One documented method for applying the Model is used in every procurement.",
            "Document one repeatable method for applying the Model and use it in every procurement.",
          ],
          strategic: [
            "Lessons from earlier procurements are reviewed and have changed how we set priorities and criteria.",
            "Review what earlier procurements taught you and change how you set priorities and criteria accordingly.",
          ],
          delivery: [
            "Evidence of impact from contracts in delivery is used when new procurements are designed.",
            "Use the impact evidence from contracts in delivery when you design the next procurements.",
          ],
          systemic: [
            "We review the whole lifecycle with suppliers and partners and change the approach together.",
            "Hold joint reviews of the whole lifecycle with suppliers and partners, and agree the improvements together.",
          ],
        }),
      ],
    },
    {
      id: "SC",
      name: "Supply chain engagement",
      questions: [
        practice("SC1", "When and how do suppliers hear about your social value priorities?", {
          floor: "We do not tell suppliers about our social value priorities.",
          compliance: [
            "Suppliers learn of our requirements only from the tender documents.",
            "Set out the social value requirements plainly in every tender's documents.",
          ],
          strategic: [
            "Our published pipeline shows the social value priorities of coming procurements, and each tender explains why its questions were chosen.",
            "Publish the procurement pipeline with its social value priorities, and explain in each tender why its questions were chosen.",
          ],
          delivery: [
            "For relevant procurements we engage the market on social value before issuing the invitation to tender, so bidders can prepare.",
            "Engage the market on social value ahead of the invitation to tender for every relevant procurement.",
          ],
          systemic: [
            "We host forums where suppliers learn from each other and develop social value offers together.",
            "Set up forums where suppliers share what works and build social value offers jointly.",
          ],
        }),
        practice("SC2", "Does what the market tells you change your approach?", {
          floor: "Suppliers have no way to tell us about our social value requirements.",
          compliance: [
            "Suppliers can ask clarification questions on social value during a tender, and we answer them.",
            "Answer suppliers' clarification questions on social value during every tender.",
          ],
          strategic: [
            "We log the questions suppliers keep asking and have rewritten requirements that proved unclear.",
            "Keep a log of the social value questions suppliers ask again and again, and rewrite the requirements they show to be unclear.",
          ],
          delivery: [
            "After each relevant procurement we ask suppliers what worked and what did not, and act on the market issues they raise.",
            "Ask suppliers after each relevant procurement what worked and what did not, and deal with the market issues they identify.",
          ],
          systemic: [
            "Contracts allow commitments to be adjusted, by agreement, when circumstances or what the market can offer change.",
            "Write contracts so that commitments can be changed by agreement when circumstances or what the market can offer change.",
          ],
        }),
        practice("SC3", "Do commitments reach beyond the prime contractor?", {
          floor: "We do not know whether any commitment reaches subcontractors.",
          compliance: [
            "Prime contractors answer for the commitments in their bids; we do not ask about their supply chains.",
            "Hold prime contractors to the social value commitments made in their bids.",
          ],
          strategic: [
            "Tenders ask bidders how SMEs and VCSEs in their supply chain will help deliver our priorities.",
            "Ask bidders how SMEs and VCSEs in their supply chains will contribute to your priorities.",
          ],
          delivery: [
            "Contracts require commitments to be passed on to subcontractors, and delivery reports cover them.",
            "Require suppliers to pass their commitments on to subcontractors and to include them in delivery reports.",
          ],
          systemic: [
            "We work with primes, SMEs and VCSEs as one supply chain to build the capacity and skills it needs to improve outcomes.",
            "Work with prime contractors, SMEs and VCSEs as one supply chain to grow the capacity and skills it needs to improve outcomes.",
          ],
        }),
      ],
    },
    {
      id: "CM",
      name: "Contract management",
      questions: [
        practice("CM1", "Are social value commitments managed once a contract is awarded?", {
          floor: "Commitments made in bids are not written into the contracts.",
          compliance: [
            "The winning bidder's commitments are written into the contract but seldom checked while it runs.",
            "Write every winning bidder's social value commitments into the contract.",
          ],
          strategic: [
            "Each contract names who manages its commitments and what evidence the supplier must provide.",
            "Name, for every contract, who manages its commitments and what evidence the supplier has to provide.",
          ],
          delivery: [
            "Social value is a standing item of every contract review, alongside cost and quality.",
            "Make social value a standing item of each contract review, next to cost and quality.",
          ],
          systemic: [
            "Suppliers, partners and beneficiaries take part in reviewing what contracts deliver and set the next targets with us.",
            "Bring suppliers, partners and beneficiaries into contract reviews and agree the next targets with them.",
          ],
        }),
        practice("CM2", "Does feedback from delivery lead to improvement?", {
          floor: "Nobody records whether commitments are being met.",
          compliance: [
            "Suppliers send the delivery reports their contracts require, and we file them.",
            "Ask suppliers for the delivery reports their contracts require, and keep them.",
          ],
          strategic: [
            "Delivery reports are checked against the commitments, and each shortfall is taken up with the supplier.",
            "Check delivery reports against the commitments and take up every shortfall with the supplier.",
          ],
          delivery: [
            "Regular service reviews keep attention on social impact, and what they find changes how the contract is run.",
            "Use regular service reviews to keep attention on social impact, and change how the contract is run in the light of what they find.",
          ],
          systemic: [
            "Lessons from running contracts are shared with other departments and suppliers and applied to other contracts.",
            "Share what running contracts teaches you with other departments and suppliers, so that other contracts improve too.",
          ],
        }),
      ],
    },
    {
      id: "MR",
      name: "Measurement and reporting",
      questions: [
        practice("MR1", "How is the social value of your contracts measured?", {
          floor: "We do not measure what our contracts deliver in social value.",
          compliance: [
            "We record the commitments made at award and count outputs with the Model's reporting metrics.",
            "Record the commitments made at award and count what is delivered with the Model's reporting metrics.",
          ],
          strategic: [
            "Our measures show progress on our own priorities, with key performance indicators agreed in each contract.",
            "Pick measures that show progress on your priorities, and agree key performance indicators for them in each contract.",
          ],
          delivery: [
            "We measure outcomes and impact, not only outputs, in one consistent way across all contracts.",
            "Move from counting outputs to measuring outcomes and impact, in one consistent way across all contracts.",
          ],
          systemic: [
            "Our measures are agreed with partners, so that impact can be added up across organisations and places.",
            "Agree measures with partner organisations so that impact can be added up across organisations and places.",
          ],
        }),
        practice("MR2", "Who sees your social value results?", {
          floor: "We report on social value to no one, inside or outside the organisation.",
          compliance: [
            "When asked, we report how many contracts included social value and what suppliers committed to.",
            "Be ready to report how many contracts included social value and what suppliers committed to.",
          ],
          strategic: [
            "Senior leaders receive a report of delivery against our social value priorities at least once a year.",
            "Report delivery against your priorities to senior leaders at least once a year.",
          ],
          delivery: [
            "We publish our results outside the organisation as well as reporting them inside it, on a fixed timetable.",
            "Publish your results externally as well as reporting them internally, on a fixed timetable.",
          ],
          systemic: [
            "We report with partners and suppliers on the combined impact in the places and communities we share.",
            "Produce joint reports with partners and suppliers on the combined impact in the places and communities you share.",
          ],
        }),
        practice("MR3", "Do the results change what you do?", {
          floor: "No one looks at social value results, where there are any.",
          compliance: [
            "Results are used to check that suppliers delivered what they committed to.",
            "Use the results to check that each supplier delivered what it committed to.",
          ],
          strategic: [
            "Results are compared with our priorities to decide where the next procurements should focus.",
            "Compare the results with your priorities and use them to decide where the next procurements should focus.",
          ],
          delivery: [
            "When an intended outcome is missed, a set corrective process is followed and what it did is recorded.",
            "Set a corrective process for outcomes that are missed, follow it every time and record what it did.",
          ],
          systemic: [
            "With partners, we use impact data to scale up what works across the system.",
            "Use impact data with your partners to find what works and scale it up across the system.",
          ],
        }),
      ],
    },
    {
      id: "CC",
      name: "Social value capability and capacity",
      questions: [
        practice("CC1", "Who leads social value, and how far does their expertise spread?", {
          floor: "No one has social value as part of their role.",
          compliance: [
            "A procurement lead looks after social value alongside other duties, using the central guidance and training.",
            "Give a procurement lead responsibility for social value, with the central guidance and training to hand.",
          ],
          strategic: [
            "Dedicated social value specialists lead our approach and work as a single coordinated team, not each to a separate agenda.",
            "Appoint dedicated social value specialists and bring them together as one coordinated team with a single approach.",
          ],
          delivery: [
            "The specialists upskill colleagues in every function, so delivery teams can apply the Model without them.",
            "Have the specialists upskill colleagues in every function until delivery teams can apply the Model on their own.",
          ],
          systemic: [
            "Our specialists take part in the cross-government network and exchange tools and lessons with other bodies.",
            "Join the cross-government social value network and exchange tools and lessons with other bodies.",
          ],
        }),
        practice("CC2", "Are staff trained and confident to apply the Model?", {
          floor: "Staff who run procurements have had no training on the Model.",
          compliance: [
            "Commercial staff have completed the standard training on applying the Model.",
            "Make sure all commercial staff complete the standard training on applying the Model.",
          ],
          strategic: [
            "Training covers our own priorities, and we check staff understanding of them at least once a year, for example by survey.",
            "Add your own priorities to the training, and check staff understanding of them at least yearly, for example by survey.",
          ],
          delivery: [
            "Contract managers and budget holders are trained too, and most staff say they are confident applying the Model in practice.",
            "Extend training to contract managers and budget holders, and keep at it until most staff say they are confident in practice.",
          ],
          systemic: [
            "Staff learn with peers in other bodies and in suppliers, through shared case studies and joint training.",
            "Learn with peers in other bodies and in suppliers, through shared case studies and joint training.",
          ],
        }),
        practice("CC3", "Is there enough resource for social value, aimed where it counts?", {
          floor: "No time or budget is set aside for social value work.",
          compliance: [
            "Procurement staff have time in their workload for the social value steps each tender needs, and no more.",
            "Allow procurement staff time in their workload for the social value steps each tender needs.",
          ],
          strategic: [
            "Resource for social value is planned and aimed at the procurements that matter most to our priorities.",
            "Plan the resource for social value and aim it at the procurements that matter most to your priorities.",
          ],
          delivery: [
            "Resource covers contract management and impact capture as well as procurement.",
            "Extend the resource from procurement to contract management and impact capture.",
          ],
          systemic: [
            "We pool resource with other bodies or partners for social value work we share.",
            "Pool resource with other bodies or partners for the social value work you share.",
          ],
        }),
      ],
    },
    {
      id: "GA",
      name: "Governance and accountability",
      questions: [
        practice("GA1", "Who in senior leadership answers for social value?", {
          floor: "No senior leader is named as responsible for social value.",
          compliance: [
            "A senior leader signs off that procurements comply with the Model.",
            "Name a senior leader to sign off that procurements comply with the Model.",
          ],
          strategic: [
            "A named member of the senior leadership team is responsible for social value and for how it serves our priorities.",
            "Make a named member of the senior leadership team responsible for social value and for how it serves your priorities.",
          ],
          delivery: [
            "That leader is accountable for what contracts deliver and for how impact is measured, and reports on both to the board or leadership team regularly.",
            "Hold that leader to account for what contracts deliver and how impact is measured, with a regular report to the board or leadership team.",
          ],
          systemic: [
            "Senior leaders answer for social value jointly with partners, through shared governance of common outcomes.",
            "Set up shared governance with partners, in which senior leaders answer jointly for common outcomes.",
          ],
        }),
        practice("GA2", "Where is social value governed?", {
          floor: "No board, committee or leadership meeting discusses social value.",
          compliance: [
            "Procurement governance checks that each tender in scope includes social value.",
            "Have procurement governance check that each tender in scope includes social value.",
          ],
          strategic: [
            "A governance forum approves the social value priorities and sees that each function follows them.",
            "Ask a governance forum to approve the priorities and to see that each function follows them.",
          ],
          delivery: [
            "Leadership meetings review social value delivery and impact as part of routine performance reporting.",
            "Put social value delivery and impact into the routine performance reports that leadership meetings review.",
          ],
          systemic: [
            "A joint group with partners, suppliers or community members oversees the social value outcomes we share.",
            "Form a joint group with partners, suppliers or community members to oversee the outcomes you share.",
          ],
        }),
      ],
    },
  ]),
};
