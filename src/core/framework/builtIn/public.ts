import type { FrameworkSpec } from "../spec";
import { svmiLevels } from "./svmiLevels";

/*
 * The SVMI for the public sector (2016), as questions.
 *
 * How to read this file
 * - Each theme (A-J) is a list of questions. Each question grades one practice.
 * - A question's options run from its lowest level to its highest, one option per level.
 *   0 = Incomplete/Non Compliant, 1 = Follower, 2 = Mature, 3 = Leader, 4 = Innovator.
 * - `action` on an option says what to do to reach that option from the one just below it.
 * - `criteria` names the cells of the SVMI matrix the option grades: "C.3.2" is the second
 *   numbered criterion in theme C's Leader column (an unnumbered cell counts as 1).
 * - Where a practice appears at one level only, the question has a "Not yet" option one level
 *   below it. A question answered at its top option is fully met, so it never holds its theme
 *   below Innovator (see README, "Scoring rules").
 * - Level 0 appears only where the Act itself sets the requirement (themes A, E, F, H, J), as the
 *   East Herts and Walsall action plans show.
 * - All wording is our own; meaning, theme and level follow the SVMI matrix.
 */
export const PUBLIC_FRAMEWORK: FrameworkSpec = {
  id: "public",
  name: "SVMI for the public sector",
  version: "1.0",
  levels: svmiLevels([
    "Does not yet meet the basic duties that the Social Value Act places on a public body.",
    "Driven by compliance: does the minimum the Act asks for.",
    "Takes the initiative to make social value part of commissioning and procurement.",
    "Social value is part of corporate strategy, with thorough frameworks to manage and deliver it.",
    "Social value is a core operating measure in every directorate, department and activity, reported regularly against targets.",
  ]),
  themes: [
    {
      id: "A",
      name: "Policy & Scope",
      questions: [
        {
          id: "A1",
          text: "Which of your contracts and spending carry social value requirements?",
          options: [
            {
              level: 0,
              text: "We do not yet consider social value as the Act requires, not even for services contracts above the OJEU threshold.",
              criteria: [],
            },
            {
              level: 1,
              text: "We do only what the Act requires (services contracts above the OJEU threshold); no policy or process of ours yet decides which other contracts include social value.",
              action: "Make sure, at the very least, that you meet what the Act requires.",
              criteria: ["A.1.1"],
            },
            {
              level: 2,
              text: "Our policy sets a process for deciding which contracts include social value, with a threshold we have justified as relevant and proportionate.",
              action:
                "Set up a process, written into your policy, that decides which contracts must carry social value, looking past the OJEU threshold, and record why the threshold you choose is relevant and proportionate.",
              criteria: ["A.2.1", "A.2.2"],
            },
            {
              level: 3,
              text: "Social value requirements cover supplies, works and services, both above and below OJEU thresholds.",
              action:
                "Extend social value requirements to supplies, works and services, whether the contract is above or below OJEU thresholds.",
              criteria: ["A.3.1"],
            },
            {
              level: 4,
              text: "Social value requirements cover planning and grants as well as supplies, works and services.",
              action:
                "Reach past what the Act asks: set social value requirements for planning and grants as well as for supplies, works and services.",
              criteria: ["A.4.1"],
            },
          ],
        },
        {
          id: "A2",
          text: "Are social value requirements scaled to each contract?",
          options: [
            {
              level: 2,
              text: "Not yet: the same requirements apply whatever the contract.",
              criteria: [],
            },
            {
              level: 3,
              text: "The requirements are scaled to each contract's size and scope.",
              action:
                "Work out how to scale the social value you ask for to each contract's size and scope.",
              criteria: ["A.3.2"],
            },
          ],
        },
        {
          id: "A3",
          text: "Do your frameworks carry social value?",
          options: [
            {
              level: 2,
              text: "Not yet: social value is not built into our frameworks.",
              criteria: [],
            },
            {
              level: 3,
              text: "Social value is built into frameworks where it is appropriate.",
              action: "Build social value into your frameworks wherever it fits.",
              criteria: ["A.3.3"],
            },
            {
              level: 4,
              text: "Every framework we use covers social value.",
              action: "Bring every framework you use within the scope of social value.",
              criteria: ["A.4.3"],
            },
          ],
        },
        {
          id: "A4",
          text: "Do you encourage social value created outside contracts?",
          options: [
            {
              level: 3,
              text: "Not yet: our social value work stays within contracts.",
              criteria: [],
            },
            {
              level: 4,
              text: "We encourage social value work beyond contracts, for example through time banks or charter-accredited organisations.",
              action:
                "Encourage social value outside contracts too, for example through time banks or organisations accredited under a charter.",
              criteria: ["A.4.2"],
            },
          ],
        },
        {
          id: "A5",
          text: "Do you have policies on stakeholder involvement, materiality and valuation?",
          options: [
            { level: 3, text: "Not yet: we have no specific policies on these.", criteria: [] },
            {
              level: 4,
              text: "We have specific policies on involving stakeholders, assessing materiality and valuing social value.",
              action:
                "Write specific policies on how stakeholders are involved, how materiality is assessed and how social value is valued.",
              criteria: ["A.4.4"],
            },
          ],
        },
      ],
    },
    {
      id: "B",
      name: "Internal Management",
      questions: [
        {
          id: "B1",
          text: "Who is responsible for social value inside the organisation?",
          options: [
            {
              level: 1,
              text: "No particular officer or elected member reports directly on social value.",
              criteria: ["B.1.1"],
            },
            {
              level: 2,
              text: "A councillor, or a member of Cabinet, the Board or the authority, leads on social value and reports on it.",
              action:
                "Give a councillor, or a member of Cabinet, the Board or the authority, the lead on social value, including reporting on it.",
              criteria: ["B.2.1"],
            },
            {
              level: 3,
              text: "As well as the member lead, named officers report to the Board or members on social value and manage and deliver it across commissioning and procurement.",
              action:
                "Name an officer who runs social value across commissioning and procurement, delivers it and reports on it.",
              criteria: ["B.3.1"],
            },
            {
              level: 4,
              text: "Every officer is expected to own the management and delivery of social value in their work.",
              action: "Write social value into the responsibilities of every officer.",
              criteria: ["B.4.1"],
            },
          ],
        },
        {
          id: "B2",
          text: "Are officers trained and equipped to deliver social value?",
          options: [
            {
              level: 2,
              text: "Not yet: officers get no specific training or resources for it.",
              criteria: [],
            },
            {
              level: 3,
              text: "The officers concerned receive social value training and resources to carry out the strategy.",
              action:
                "Run a training programme for the officers who work on social value and give them resources that help them carry out the strategy.",
              criteria: ["B.3.2"],
            },
          ],
        },
        {
          id: "B3",
          text: "Is social value a KPI at Cabinet or Scrutiny Committee meetings?",
          options: [
            { level: 3, text: "Not yet: it is not tracked as a KPI there.", criteria: [] },
            {
              level: 4,
              text: "Cabinet or Scrutiny Committee meetings track progress with social value as one of their KPIs.",
              action: "Make social value a KPI that Cabinet or Scrutiny Committee meetings review.",
              criteria: ["B.4.2"],
            },
          ],
        },
      ],
    },
    {
      id: "C",
      name: "Measurement: Themes, Outcomes and Measures",
      questions: [
        {
          id: "C1",
          text: "In what terms is social value measured?",
          options: [
            {
              level: 1,
              text: "We do not measure social value yet, or our measures are still being developed.",
              criteria: ["C.1.1"],
            },
            {
              level: 2,
              text: "We track social value through non-financial measures, using TOMs that have been approved.",
              action:
                "Start a programme that tracks social value through non-financial measures, using TOMs that have been approved.",
              criteria: ["C.2.1"],
            },
            {
              // The matrix repeats this statement in the Innovator column: meeting it here meets both.
              level: 3,
              text: "We put a financial value on social value too, alongside non-financial measures, against our themes and outcomes.",
              action:
                "Begin measuring social value in financial terms as well as non-financial ones, against the approved TOMs.",
              criteria: ["C.3.1", "C.4.1"],
            },
          ],
        },
        {
          id: "C2",
          text: "Do your TOMs link back to the Corporate Strategy and the social value policy?",
          options: [
            { level: 1, text: "Not yet: there is no clear link between them.", criteria: [] },
            {
              level: 2,
              text: "A golden thread runs from the Corporate Strategy through the social value policy to the TOMs.",
              action:
                "Make sure a golden thread connects your Corporate Strategy, your social value policy and your TOMs.",
              criteria: ["C.2.2"],
            },
          ],
        },
        {
          id: "C3",
          text: "Can suppliers see your TOMs?",
          options: [
            { level: 1, text: "Not yet: our TOMs are not published.", criteria: [] },
            {
              level: 2,
              text: "Our detailed TOMs are on our website for every supplier, as part of the social value policy.",
              action:
                "Have your policy require that the approved TOMs are published on your website where suppliers can find them.",
              criteria: ["C.2.3"],
            },
          ],
        },
        {
          id: "C4",
          text: "Do you update your TOMs every year?",
          options: [
            {
              level: 2,
              text: "Not yet: our TOMs are not reviewed on a yearly cycle.",
              criteria: [],
            },
            {
              level: 3,
              text: "TOMs, values included, are updated every year with supporting evidence and a stated method.",
              action:
                "Set up a yearly update of the TOMs and their values, supported by case-study evidence, what current contracts show and a stated method.",
              criteria: ["C.3.2"],
            },
          ],
        },
        {
          id: "C5",
          text: "How are outcomes weighted?",
          options: [
            { level: 2, text: "Not yet: outcomes are not weighted.", criteria: [] },
            {
              level: 3,
              text: "Outcomes are weighted systematically to reflect council and local priorities.",
              action: "Bring in a way of weighting outcomes by council and local priorities.",
              criteria: ["C.3.3"],
            },
            {
              level: 4,
              text: "The financial weightings of outcomes are also adjusted in the light of stakeholder feedback.",
              action:
                "Use what stakeholders tell you to adjust the financial weightings of outcomes.",
              criteria: ["C.4.2"],
            },
          ],
        },
        {
          id: "C6",
          text: "Can local communities' priorities change your TOMs?",
          options: [
            {
              level: 3,
              text: "Not yet: there is no route for community priorities into the TOMs.",
              criteria: [],
            },
            {
              level: 4,
              text: "We have processes, such as a Community Social Value Charter, that let TOMs be updated to match local community priorities.",
              action:
                "Put processes in place so that changing local community priorities are reflected in the TOMs each year.",
              criteria: ["C.4.3"],
            },
          ],
        },
        {
          id: "C7",
          text: "Who helps you develop your TOMs?",
          options: [
            { level: 3, text: "Not yet: we develop TOMs on our own.", criteria: [] },
            {
              level: 4,
              text: "Other stakeholders and public bodies, including health, education and the emergency services, are consulted when TOMs are developed.",
              action:
                "Involve stakeholders and other public bodies (health, education, emergency services and others) when you develop or update the TOMs.",
              criteria: ["C.4.4"],
            },
          ],
        },
      ],
    },
    {
      id: "D",
      name: "Commissioning",
      questions: [
        {
          id: "D1",
          text: "How far is social value built into how you commission services?",
          options: [
            {
              level: 1,
              text: "Commissioning gives social value no particular attention beyond what the Act requires.",
              criteria: ["D.1.1"],
            },
            {
              level: 2,
              text: "A needs assessment has been used to revise how we commission projects for social value.",
              action:
                "Use a needs assessment to refresh how social value is handled in commissioning.",
              criteria: ["D.2.1"],
            },
            {
              level: 3,
              text: "Social value runs through the whole commissioning cycle, with procurement involved from start to finish.",
              action:
                "Carry social value through every stage of the commissioning cycle and involve procurement from start to finish.",
              criteria: ["D.3.1"],
            },
            {
              level: 4,
              text: "All services are commissioned for outcomes, with departments, Planning included, working together.",
              action:
                "Commission every service for outcomes, with departments, Planning among them, working on it together.",
              criteria: ["D.4.1"],
            },
          ],
        },
        {
          id: "D2",
          text: "Have key projects been re-commissioned around social value?",
          options: [
            {
              level: 1,
              text: "Not yet: no key project has been re-commissioned this way.",
              criteria: [],
            },
            {
              level: 2,
              text: "Key projects have been re-commissioned with creating social value at their heart.",
              action:
                "Re-commission your key projects so that creating social value is central to them.",
              criteria: ["D.2.2"],
            },
          ],
        },
        {
          id: "D3",
          text: "Do you assess new contracts for social value before procurement starts?",
          options: [
            { level: 2, text: "Not yet: new contracts are not assessed for this.", criteria: [] },
            {
              level: 3,
              text: "Every new contract is assessed, before procurement, for what it could add to our social value objectives.",
              action:
                "Assess each new contract before procurement begins for what it could contribute to social value.",
              criteria: ["D.3.2"],
            },
          ],
        },
        {
          id: "D4",
          text: "How do you keep your TOMs in step with commissioning?",
          options: [
            {
              level: 2,
              text: "Not yet: our TOMs are not aligned with a delivery strategy.",
              criteria: [],
            },
            {
              level: 3,
              text: "We adjust the TOMs to our overall social value delivery strategy.",
              action: "Whenever the social value strategy is updated, realign the TOMs with it.",
              criteria: ["D.3.3"],
            },
            {
              level: 4,
              text: "Commissioning and procurement teams give each other regular feedback so that TOMs stay live and relevant.",
              action:
                "Have commissioning and procurement teams exchange feedback regularly so the TOMs stay current and relevant.",
              criteria: ["D.4.2"],
            },
          ],
        },
        {
          id: "D5",
          text: "Do projects that departments run themselves include social value?",
          options: [
            {
              level: 2,
              text: "Not yet: self-service projects have no social value guidance.",
              criteria: [],
            },
            {
              level: 3,
              text: "Self-service (department-led) projects have guidance, resources and templates that build in social value.",
              action:
                "Build social value into the guidance, resources and templates that departments use for self-service projects.",
              criteria: ["D.3.4"],
            },
          ],
        },
        {
          id: "D6",
          text: "Do you map social value geographically?",
          options: [
            {
              level: 3,
              text: "Not yet: social value is not both mapped geospatially and measured in evaluation criteria.",
              criteria: [],
            },
            {
              level: 4,
              text: "Social value is mapped geospatially and measured as part of the evaluation criteria.",
              action:
                "Map social value geospatially and measure it within your evaluation criteria.",
              criteria: ["D.4.3"],
            },
          ],
        },
        {
          id: "D7",
          text: "Does stakeholder feedback shape the outcomes you commission for?",
          options: [
            {
              level: 3,
              text: "Not yet: outcomes are not revised from stakeholder feedback.",
              criteria: [],
            },
            {
              level: 4,
              text: "Outcomes are updated systematically as stakeholder feedback comes in.",
              action: "Update outcomes systematically so they build on what stakeholders tell you.",
              criteria: ["D.4.4"],
            },
          ],
        },
      ],
    },
    {
      id: "E",
      name: "Procurement",
      questions: [
        {
          id: "E1",
          text: "Which tenders include social value?",
          options: [
            { level: 0, text: "Our tenders do not mention social value yet.", criteria: [] },
            {
              level: 1,
              text: "Tenders for services mention social value where relevant, but not every relevant tender yet sets scored social value requirements.",
              action: "Make sure tenders for services mention social value.",
              criteria: ["E.1.1"],
            },
            {
              level: 2,
              text: "Every relevant tender sets social value requirements, scored within the Quality Score.",
              action:
                "Set social value requirements in every relevant tender and score them within the Quality Score.",
              criteria: ["E.2.1"],
            },
            {
              level: 3,
              text: "Every tender, for contracts and frameworks alike, includes social value requirements scored within the Quality Score.",
              action:
                "Include social value requirements, scored within the Quality Score, in every tender, contracts and frameworks alike.",
              criteria: ["E.3.1"],
            },
          ],
        },
        {
          id: "E2",
          text: "Do you ask bidders what social value they will deliver?",
          options: [
            {
              level: 0,
              text: "Not yet: bidders are not asked for social value commitments.",
              criteria: [],
            },
            {
              level: 1,
              text: "Bidders are asked to commit to improving the economic, social and environmental wellbeing of the area.",
              action:
                "Ask bidders to commit to social value that improves the area's economic, social and environmental wellbeing.",
              criteria: ["E.1.2"],
            },
          ],
        },
        {
          id: "E3",
          text: "How much weight does social value carry when tenders are scored?",
          options: [
            {
              level: 1,
              text: "Social value is not weighted, or carries less than 5% of the Quality Score.",
              criteria: [],
            },
            {
              level: 2,
              text: "Social value carries 5% or more of the Quality Score, typically 5-10%.",
              action: "Give social value a weighting of 5-10% within the Quality Score.",
              criteria: ["E.2.2"],
            },
            {
              level: 3,
              text: "Social value has its own scoring and weighting, worth at least 5% of the total score.",
              action:
                "Give social value its own scoring and weighting, worth at least 5% of the total score.",
              criteria: ["E.3.2"],
            },
            {
              level: 4,
              text: "Social value carries at least 10% of the total score, unless a robust rationale justifies less.",
              action:
                "Raise the social value weighting to at least 10% of the total score, and record a robust rationale wherever it is lower.",
              criteria: ["E.4.2"],
            },
          ],
        },
        {
          id: "E4",
          text: "How do you keep the social value approach consistent from tender to tender?",
          options: [
            { level: 2, text: "Not yet: there are no checks for consistency.", criteria: [] },
            {
              level: 3,
              text: "Gateways and checks keep tenders consistent within departments.",
              action:
                "Add checks or gateways so that each department applies social value consistently.",
              criteria: ["E.3.3"],
            },
            {
              level: 4,
              text: "Processes across departments keep the approach consistent throughout the organisation.",
              action:
                "Add checks or gateways that span departments, so the whole organisation applies social value consistently.",
              criteria: ["E.4.3"],
            },
          ],
        },
        {
          id: "E5",
          text: "How do lessons learnt feed back into procurement?",
          options: [
            { level: 2, text: "Not yet: lessons and feedback are not captured.", criteria: [] },
            {
              level: 3,
              text: "Within departments, lessons learnt and feedback improve practice, including the policy and toolkit.",
              action:
                "Set up a process within departments for feeding lessons learnt and feedback back into practice.",
              criteria: ["E.3.4"],
            },
            {
              level: 4,
              text: "Feedback and improvement processes work across the whole organisation.",
              action:
                "Set up a process for feeding lessons learnt and feedback back into practice across the whole organisation.",
              criteria: ["E.4.1"],
            },
          ],
        },
        {
          id: "E6",
          text: "Do departments share their TOMs?",
          options: [
            {
              level: 3,
              text: "Not yet: no set of TOMs is shared between departments.",
              criteria: [],
            },
            {
              level: 4,
              text: "TOMs are shared by more than one department.",
              action: "Create a shared place where departments can draw on the same TOMs.",
              criteria: ["E.4.1"],
            },
          ],
        },
      ],
    },
    {
      id: "F",
      name: "Market Engagement and Partnerships",
      questions: [
        {
          id: "F1",
          text: "How do you engage the market on social value?",
          options: [
            {
              level: 0,
              text: "We have not yet engaged the market on social value at all.",
              criteria: [],
            },
            {
              level: 1,
              text: "We have taken some first, ad hoc steps to engage the market on social value.",
              action:
                "Take first steps to talk to the market about social value, even if only ad hoc.",
              criteria: ["F.1.1"],
            },
            {
              level: 2,
              text: "We run initiatives with businesses and third sector providers to build capacity and shape the market.",
              action:
                "Work with businesses and third sector organisations to build their capacity to deliver social value.",
              criteria: ["F.2.1"],
            },
            {
              level: 3,
              text: "We hold regular supplier summits, both to build capacity and to hear suppliers' feedback.",
              action:
                "Hold supplier summits on a regular basis to build capacity and gather feedback.",
              criteria: ["F.3.1"],
            },
            {
              level: 4,
              text: "Building on regular summits, we run specific initiatives, for example time brokerage and time banking, to start partnerships with businesses and the third sector.",
              action:
                "Start specific partnership initiatives with businesses and the third sector, for example time brokerage or time banking.",
              criteria: ["F.4.1"],
            },
          ],
        },
        {
          id: "F2",
          text: "Do you engage the market about individual projects?",
          options: [
            { level: 1, text: "Not yet: there is no project-level engagement.", criteria: [] },
            {
              level: 2,
              text: "We offer or hold market engagement for specific projects where it is relevant.",
              action:
                "Offer market engagement for individual projects where it is relevant and proportionate.",
              criteria: ["F.2.2"],
            },
          ],
        },
        {
          id: "F3",
          text: "Do you give the market examples of strong social value practice?",
          options: [
            { level: 2, text: "Not yet: we share no case studies or examples.", criteria: [] },
            {
              level: 3,
              text: "We share case studies and innovative examples that show what each level and action looks like.",
              action:
                "Build up a collection of case studies and other social value examples, your own or borrowed, and share it with the market.",
              criteria: ["F.3.2"],
            },
          ],
        },
        {
          id: "F4",
          text: "Do you have a market development plan?",
          options: [
            { level: 2, text: "Not yet: there is no market development plan.", criteria: [] },
            {
              level: 3,
              text: "A market development plan is part of the policy behind our commissioning development and action plan.",
              action:
                "Write a market development plan into the policy behind your commissioning development and action plan.",
              criteria: ["F.3.3"],
            },
          ],
        },
        {
          id: "F5",
          text: "Do you help local small organisations build their skills?",
          options: [
            { level: 2, text: "Not yet: there is no specific focus on this.", criteria: [] },
            {
              level: 3,
              text: "We focus on upskilling local micro, small and medium-sized enterprises, businesses and VCS organisations.",
              action:
                "Start a programme that upskills local organisations: micro, small and medium-sized enterprises and VCS groups.",
              criteria: ["F.3.4"],
            },
          ],
        },
        {
          id: "F6",
          text: "Are there regular social value forums?",
          options: [
            { level: 2, text: "Not yet: there are no regular forums.", criteria: [] },
            {
              level: 3,
              text: "Regular forums bring people together to network and engage on social value.",
              action:
                "Find or start a regular series of forums for networking and engagement on social value.",
              criteria: ["F.3.5"],
            },
          ],
        },
        {
          id: "F7",
          text: "Do you promote B2B and B2Three relationships?",
          options: [
            { level: 3, text: "Not yet: we do not promote them.", criteria: [] },
            {
              level: 4,
              text: "We promote B2B and B2Three (business-to-third-sector) relationships among larger suppliers and on long-term frameworks.",
              action:
                "Start promoting B2B and B2Three relationships with larger suppliers and on long-term frameworks.",
              criteria: ["F.4.2"],
            },
          ],
        },
        {
          id: "F8",
          text: "How do providers give you feedback?",
          options: [
            { level: 3, text: "Not yet: there is no continuing feedback mechanism.", criteria: [] },
            {
              level: 4,
              text: "Feedback mechanisms are continuous, including a yearly provider satisfaction survey.",
              action:
                "Keep feedback channels open all year round and survey provider satisfaction every year.",
              criteria: ["F.4.3"],
            },
          ],
        },
        {
          id: "F9",
          text: "Is there a cross sector advisory group?",
          options: [
            { level: 3, text: "Not yet: there is no such group.", criteria: [] },
            {
              level: 4,
              text: "A cross sector advisory group gives us feedback at regular meetings.",
              action:
                "Set up a cross sector advisory group on social value and market engagement that meets regularly.",
              criteria: ["F.4.4"],
            },
          ],
        },
      ],
    },
    {
      id: "G",
      name: "Contract Management",
      questions: [
        {
          id: "G1",
          text: "What happens to social value after a contract is awarded?",
          options: [
            {
              level: 1,
              text: "After award, contracts are not monitored for social value in any consistent way.",
              criteria: ["G.1.1"],
            },
            {
              level: 2,
              text: "Contracts that include social value carry a targeted action plan for it, and its delivery is monitored.",
              action:
                "Write a specific, targeted action plan for social value into each contract and monitor delivery after award.",
              criteria: ["G.2.1"],
            },
            {
              level: 3,
              text: "Performance reviews and regular feedback lead to action that keeps improving social value delivery.",
              action:
                "Review contract performance and act on the feedback so that social value delivery keeps improving.",
              criteria: ["G.3.1"],
            },
            {
              level: 4,
              text: "Suppliers receive feedback on their progress every quarter.",
              action: "Give suppliers feedback on their social value progress every quarter.",
              criteria: ["G.4.2"],
            },
          ],
        },
        {
          id: "G2",
          text: "How do you learn from contracts and compare them?",
          options: [
            { level: 2, text: "Not yet: lessons and benchmarks are not collected.", criteria: [] },
            {
              level: 3,
              text: "Lessons learnt and feedback, including benchmarking and case law, feed continuous improvement.",
              action:
                "Set up a process that turns lessons learnt, benchmarking and case law into better contract practice.",
              criteria: ["G.3.2"],
            },
            {
              level: 4,
              text: "All contracts are benchmarked and the results shared with other councils to set best practice.",
              action:
                "Benchmark every contract and share the results with other councils so that best practice can be agreed.",
              criteria: ["G.4.1"],
            },
          ],
        },
      ],
    },
    {
      id: "H",
      name: "Cross Sector Collaboration",
      questions: [
        {
          id: "H1",
          text: "How do you work with other public bodies in your area on social value?",
          options: [
            {
              level: 1,
              text: "We do not work with other public bodies on social value.",
              criteria: ["H.1.1"],
            },
            {
              level: 2,
              text: "We have identified the relevant public bodies, such as health, education and the emergency services, and held first discussions.",
              action:
                "Identify the public bodies you could collaborate with across sectors and open discussions with them.",
              criteria: ["H.2.1"],
            },
            {
              level: 3,
              text: "A cross sector committee develops joined-up social value policies and shared TOMs and manages their delivery.",
              action:
                "Form a cross sector committee to develop joined-up social value policies and shared TOMs and to manage their delivery.",
              criteria: ["H.3.1"],
            },
            {
              level: 4,
              text: "All public bodies in the area use one common set of TOMs in their procurement and reporting.",
              action:
                "Agree one common set of TOMs that every public body in the area uses for procurement and reporting.",
              criteria: ["H.4.1"],
            },
          ],
        },
        {
          // The matrix lists ad hoc data sharing under Mature; both sample action plans give its
          // action under "To reach Follower", with Incomplete/Non Compliant below it. We follow the
          // plans (README, "Choices").
          id: "H2",
          text: "Do you share data with other public bodies for joint procurement or commissioning?",
          options: [
            {
              level: 0,
              text: "No: we share no data with other public bodies for joint procurement or commissioning.",
              criteria: [],
            },
            {
              level: 1,
              text: "We share data with other public bodies for joint procurement or commissioning, at least informally, case by case.",
              action:
                "Set up a way to share data, case by case, for joint procurement or commissioning.",
              criteria: ["H.2.2"],
            },
          ],
        },
        {
          id: "H3",
          text: "How often do partners meet to share feedback?",
          options: [
            { level: 2, text: "Not yet: there are no regular meetings.", criteria: [] },
            {
              level: 3,
              text: "Regular meetings and feedback sessions are held.",
              action:
                "Hold regular meetings and feedback sessions with your cross sector partners.",
              criteria: ["H.3.2"],
            },
            {
              level: 4,
              text: "Regular cross sector meetings share feedback and benchmarking.",
              action: "Use the regular cross sector meetings to share feedback and benchmarks.",
              criteria: ["H.4.2"],
            },
          ],
        },
        {
          id: "H4",
          text: "Do partners share an implementation plan?",
          options: [
            { level: 2, text: "Not yet: there is no shared plan.", criteria: [] },
            {
              level: 3,
              text: "We have an implementation plan shared with our partners.",
              action: "Agree a shared implementation plan with your partners.",
              criteria: ["H.3.3"],
            },
          ],
        },
        {
          id: "H5",
          text: "Have you explored commissioning and procuring together?",
          options: [
            { level: 3, text: "Not yet: joint commissioning has not been explored.", criteria: [] },
            {
              level: 4,
              text: "We have explored opportunities for shared commissioning and procurement.",
              action: "Look for opportunities to commission and procure jointly with partners.",
              criteria: ["H.4.3"],
            },
          ],
        },
        {
          id: "H6",
          text: "Do you identify and share the savings social value brings?",
          options: [
            {
              level: 3,
              text: "Not yet: savings are not both identified and shared.",
              criteria: [],
            },
            {
              level: 4,
              text: "Cost savings are identified and the results shared, to build the financial case.",
              action:
                "Find the cost savings that social value initiatives make possible and share them with partners.",
              criteria: ["H.4.4"],
            },
          ],
        },
        {
          id: "H7",
          text: "Do partners report social value the same way?",
          options: [
            { level: 3, text: "Not yet: each body reports in its own way.", criteria: [] },
            {
              level: 4,
              text: "Partners use a common way of reporting social value.",
              action: "Agree a common method for reporting social value with your partners.",
              criteria: ["H.4.5"],
            },
          ],
        },
      ],
    },
    {
      id: "I",
      name: "Reporting",
      questions: [
        {
          id: "I1",
          text: "Who hears how social value is progressing?",
          options: [
            {
              level: 1,
              text: "Cabinet and the Scrutiny Committee hear nothing about social value.",
              criteria: ["I.1.1"],
            },
            {
              level: 2,
              text: "Cabinet or the Scrutiny Committee receives feedback on social value created once a year.",
              action: "Report to Cabinet or the Scrutiny Committee on social value once a year.",
              criteria: ["I.2.1"],
            },
            {
              level: 3,
              text: "Cabinet or the Scrutiny Committee hears about social value several times a year.",
              action:
                "Report to Cabinet or the Scrutiny Committee on social value several times a year.",
              criteria: ["I.3.1"],
            },
            {
              level: 4,
              text: "As well as regular updates to members, citizens regularly hear how the value created compares with targets, including local performance.",
              action:
                "Tell citizens regularly how the social value created compares with targets, including local performance.",
              criteria: ["I.4.1"],
            },
          ],
        },
        {
          id: "I2",
          text: "What do you publish about social value?",
          options: [
            { level: 1, text: "Not yet: we publish no social value report.", criteria: [] },
            {
              level: 2,
              text: "A robust report on progress and delivery is published every year.",
              action:
                "Start publishing a yearly report on how social value is progressing and being delivered.",
              criteria: ["I.2.2"],
            },
            {
              level: 3,
              text: "The yearly report shows benchmarks and progress against targets.",
              action: "Add benchmarks and progress against targets to the yearly report.",
              criteria: ["I.3.2"],
            },
          ],
        },
        {
          id: "I3",
          text: "How do you gather citizens' feedback?",
          options: [
            {
              level: 3,
              text: "Not yet: we use no innovative channels, such as mapping or digital tools, to gather citizens' views.",
              criteria: [],
            },
            {
              level: 4,
              text: "Innovative communication, such as geospatial mapping and digital channels, draws in citizens' feedback.",
              action:
                "Use innovative communication, such as geospatial mapping and digital channels, to collect citizens' feedback.",
              criteria: ["I.4.2"],
            },
          ],
        },
        {
          id: "I4",
          text: "Do you publish evidence of the difference social value makes?",
          options: [
            { level: 3, text: "Not yet: no such evidence is published.", criteria: [] },
            {
              level: 4,
              text: "We publish evidence, with case studies, of where social value has made a difference.",
              action:
                "Publish evidence, case studies among it, of the local difference your social value policy makes.",
              criteria: ["I.4.3"],
            },
          ],
        },
      ],
    },
    {
      id: "J",
      name: "Governance and Accountability",
      questions: [
        {
          id: "J1",
          text: "Has the council or authority considered social value as the Act requires?",
          options: [
            { level: 0, text: "No: it has not been considered, or not on record.", criteria: [] },
            {
              level: 1,
              text: "Yes: the council or authority has considered social value as the Act requires, and the minutes record it.",
              action:
                "Make sure the council or authority considers social value as the Act requires, and that the minutes record it.",
              criteria: ["J.1.1"],
            },
          ],
        },
        {
          id: "J2",
          text: "Does the Corporate Strategy refer to the Social Value Act?",
          options: [
            {
              level: 1,
              text: "Not yet: the Corporate Strategy does not mention it.",
              criteria: [],
            },
            {
              level: 2,
              text: "The Corporate Strategy mentions the Social Value Act.",
              action: "Make sure the Corporate Strategy addresses the Social Value Act.",
              criteria: ["J.2.1"],
            },
          ],
        },
        {
          id: "J3",
          text: "How firmly is social value written into policy?",
          options: [
            {
              level: 1,
              text: "Not yet: social value is not adopted as a core principle with a published policy and implementation strategy.",
              criteria: [],
            },
            {
              level: 2,
              text: "Social value is a recognised core principle, backed by a published policy and implementation strategy.",
              action:
                "Adopt social value as a core principle, backed by a social value policy and an implementation strategy that you publish.",
              criteria: ["J.2.2"],
            },
            {
              level: 3,
              text: "Social value is embedded in the practice, tools, resources and processes of commissioning and procurement, under a policy that has been ratified and a toolkit, both published.",
              action:
                "Embed social value in commissioning and procurement through a ratified policy and a published toolkit.",
              criteria: ["J.3.2"],
            },
          ],
        },
        {
          id: "J4",
          text: "Are your social value documents public?",
          options: [
            {
              level: 1,
              text: "Not yet: some relevant social value documents are missing from our website.",
              criteria: [],
            },
            {
              level: 2,
              text: "All relevant social value documents are on our website.",
              action: "Publish every relevant social value document on your website.",
              criteria: ["J.2.3"],
            },
          ],
        },
        {
          id: "J5",
          text: "How closely do senior members oversee social value performance?",
          options: [
            { level: 2, text: "Not yet: no Cabinet member oversees it directly.", criteria: [] },
            {
              level: 3,
              text: "A Cabinet Member oversees social value performance directly.",
              action: "Give a Cabinet Member direct oversight of how social value is performing.",
              criteria: ["J.3.1"],
            },
            {
              level: 4,
              text: "Performance is scrutinised at Cabinet level, with regular reporting as appropriate.",
              action:
                "Have Cabinet scrutinise social value performance, with regular reports as appropriate.",
              criteria: ["J.4.1"],
            },
          ],
        },
        {
          id: "J6",
          text: "Is there an overarching social value action plan?",
          options: [
            { level: 2, text: "Not yet: there is no overarching action plan.", criteria: [] },
            {
              level: 3,
              text: "An overarching action plan underpins how social value is implemented.",
              action: "Support the rollout of social value with one overarching action plan.",
              criteria: ["J.3.3"],
            },
          ],
        },
        {
          id: "J7",
          text: "How is social value measured and held to targets?",
          options: [
            { level: 2, text: "Not yet: it is not measured and reported regularly.", criteria: [] },
            {
              level: 3,
              text: "Social value is measured, and reported on, at regular intervals.",
              action: "Measure social value and report on it regularly.",
              criteria: ["J.3.4"],
            },
            {
              level: 4,
              text: "SMART targets for social value are set, and the council or authority accepts being held to account for them.",
              action:
                "Set SMART targets for social value and be ready to be held accountable for them.",
              criteria: ["J.4.2"],
            },
          ],
        },
        {
          id: "J8",
          text: "Do departments have their own social value targets?",
          options: [
            { level: 3, text: "Not yet: targets are not set per department.", criteria: [] },
            {
              level: 4,
              text: "Each department has targets and reports on them every year, or we are a smaller council, of which the index does not expect department targets.",
              action:
                "In a larger council, set targets for each department and have each report against them every year.",
              criteria: ["J.4.3"],
            },
          ],
        },
        {
          id: "J9",
          text: "Does an outside group challenge your social value work?",
          options: [
            { level: 3, text: "Not yet: there is no such group.", criteria: [] },
            {
              level: 4,
              text: "An advisory group drawn from across sectors oversees, scrutinises and challenges our social value work.",
              action:
                "Set up an advisory group on social value, drawn from across sectors, to oversee, scrutinise and challenge your work.",
              criteria: ["J.4.4"],
            },
          ],
        },
        {
          id: "J10",
          text: "Is what you report about social value independently verified?",
          options: [
            { level: 3, text: "Not yet: reported figures are not verified.", criteria: [] },
            {
              level: 4,
              text: "A third party verifies the social value we report, for example through independent assurance.",
              action:
                "Have a third party verify the social value you report, for example through independent assurance.",
              criteria: ["J.4.5"],
            },
          ],
        },
      ],
    },
  ],
};
