/**
 * SVMI for business and suppliers to the public sector
 * ====================================================
 *
 * This file holds the questions of the business version of the Social Value Maturity Index
 * (SVMI, 2016). It is based on the appendix matrix "Private Sector Social Value Maturity Index"
 * in "Bridging the Gap: Improving Communities with the Social Value Maturity Index". All wording
 * below is our own; the meaning, theme and level of every matrix statement is kept.
 *
 * How to read it
 * - There are nine themes, A to I, in the order of the matrix.
 * - Each question grades one practice. Its options run from the lowest level to the highest:
 *   1 Follower, 2 Mature, 3 Leader, 4 Innovator. Levels within a question never skip.
 * - There is no level 0 (Incomplete/Non Compliant) in this file: that level only applies to the
 *   Act's fundamental requirements, which bind public bodies, not businesses.
 * - An option starting "Not yet:" means the practice is not in place. It sits one level below the
 *   statement it leads to and grades no matrix criterion.
 * - "action" is the step an organisation takes to reach that option from the one just below it.
 *   The action plan is built from these.
 * - "criteria" names the matrix statements the option grades, as "<theme>.<level>.<number>".
 *   Example: "B.2.3" is theme B (Culture and Management), Mature column, statement 3.
 *   A matrix cell with no numbering counts as statement 1.
 *
 * Scoring (done elsewhere): a theme's level is the lowest level over its questions, where a
 * question answered at its top option counts as fully met. So a question that only exists at
 * Leader or Innovator does not hold a theme back, unless it is answered "Not yet".
 */
import type { FrameworkSpec } from "../spec";
import { svmiLevels } from "./svmiLevels";

export const BUSINESS_FRAMEWORK: FrameworkSpec = {
  id: "business",
  name: "SVMI for business and suppliers to the public sector",
  version: "1.0",
  levels: svmiLevels([
    "Not used in the business index. The Act places no duty on businesses, so there is no Incomplete/Non Compliant level here and every business answer scores at least Follower.",
    "Led by compliance: the business does only what each contract demands on social value.",
    "Proactive: the business actively looks to add social value on a contract-by-contract basis.",
    "Social value has become part of the company's corporate strategy.",
    "Adding social value sits at the heart of the business and is built into everything it does.",
  ]),
  themes: [
    // ---------------------------------------------------------------------------------------
    // A  Policy and Scope
    // ---------------------------------------------------------------------------------------
    {
      id: "A",
      name: "Policy and Scope",
      questions: [
        {
          // Main ladder: from a loose CSR commitment to the spirit of the Act across the business.
          id: "A1",
          text: "How developed is your social value policy, and how far does it reach?",
          options: [
            {
              level: 1,
              text: "We have no social value policy; at most a general commitment to CSR.",
              criteria: ["A.1.1"],
            },
            {
              level: 2,
              text: "We have a clear social value policy, written to answer what public sector customers need.",
              action:
                "Write a dedicated social value policy that answers the needs of your public sector customers, and get it agreed.",
              criteria: ["A.2.1"],
            },
            {
              level: 3,
              text: "We actively put the 'spirit of the Act' into practice on our contracts, shaped around local needs.",
              action:
                "Go further than the policy document: act on the 'spirit of the Act' proactively on contracts, adapting it to what each locality needs.",
              criteria: ["A.3.1"],
            },
            {
              level: 4,
              text: "The 'spirit of the Act' guides everything the business does, shaped to each local authority area and its communities.",
              action:
                "Extend the 'spirit of the Act' from contracts to every business activity, adapting it to each local authority area and its communities.",
              criteria: ["A.4.1"],
            },
          ],
        },
        {
          // A.2.2 standard offer on all projects -> A.3.3 activities specific to each project.
          id: "A2",
          text: "What social value activities do you offer on your projects?",
          options: [
            {
              level: 1,
              text: "Not yet: we have no standard set of CSR or social value activities that we offer.",
              criteria: [],
            },
            {
              level: 2,
              text: "We offer a common set of CSR and social value activities on every project.",
              action:
                "Put together a standard menu of CSR and social value activities and make it available on every project.",
              criteria: ["A.2.2"],
            },
            {
              level: 3,
              text: "As well as our standard offer, we develop related and project-linked activities designed for each project, its community and the local authority.",
              action:
                "Design project-linked activities, plus related social value activities, fitted to each project, its community and its local authority.",
              criteria: ["A.3.3"],
            },
          ],
        },
        {
          // A.2.3 (Mature only): social value responses in bids when the customer asks.
          id: "A3",
          text: "When a customer asks for social value in a bid, do you respond?",
          options: [
            {
              level: 1,
              text: "Not yet: we do not prepare specific social value responses for bids, even where a customer requires one.",
              criteria: [],
            },
            {
              level: 2,
              text: "When a customer requires it, we add a social value response to the bid, case by case.",
              action:
                "Make sure that whenever a customer asks for social value, a response is prepared and included in the bid or tender.",
              criteria: ["A.2.3"],
            },
          ],
        },
        {
          // A.3.2 the wider local authority area -> A.4.2 the authority's vision and all stakeholders.
          id: "A4",
          text: "Do you look beyond the project to the wider local authority area?",
          options: [
            {
              level: 2,
              text: "Not yet: our social value offer stays within what each project asks for.",
              criteria: [],
            },
            {
              level: 3,
              text: "We go past what the project requires and consider the wider local authority area.",
              action:
                "Look beyond the project's own requirements and plan social value for the local authority area as a whole.",
              criteria: ["A.3.2"],
            },
            {
              level: 4,
              text: "We understand and back the local authority's vision, and respond to the needs of all its stakeholders.",
              action:
                "Learn the local authority's vision, align your social value offer to support it, and respond to the needs of every stakeholder group.",
              criteria: ["A.4.2"],
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------
    // B  Culture and Management
    // ---------------------------------------------------------------------------------------
    {
      id: "B",
      name: "Culture and Management",
      questions: [
        {
          // Main ladder: values and culture.
          id: "B1",
          text: "How far is social value part of your organisation's values and culture?",
          options: [
            {
              level: 1,
              text: "Social value is not yet part of our culture, and we have not started to work out values or a policy stance on CSR and the community.",
              criteria: ["B.1.1"],
            },
            {
              level: 2,
              text: "Our values, and our policy stance on CSR and the community, are still being shaped.",
              action:
                "Start defining your organisation's values on CSR and community, and draft a policy approach to go with them.",
              criteria: ["B.2.1"],
            },
            {
              level: 3,
              text: "Our approach to values and community is mature and backed by well-developed policies.",
              action:
                "Finish developing your values and community approach and support it with complete, well-developed policies.",
              criteria: ["B.3.1"],
            },
            {
              level: 4,
              text: "Social value is woven into our culture: we live by our values and can show them in practice.",
              action:
                "Make social value part of everyday culture, so that staff act on your values and you can give evidence of them in practice.",
              criteria: ["B.4.1"],
            },
          ],
        },
        {
          // B.1.2 nobody accountable -> B.2.3 a named individual.
          id: "B2",
          text: "Who is responsible for delivering social value?",
          options: [
            {
              level: 1,
              text: "No one in particular is accountable for social value or CSR activity.",
              criteria: ["B.1.2"],
            },
            {
              level: 2,
              text: "A named individual is responsible for delivering social value.",
              action:
                "Appoint a named person with responsibility for delivering social value across the business.",
              criteria: ["B.2.3"],
            },
          ],
        },
        {
          // B.2.2 (Mature only): the board recognises social value as an issue.
          id: "B3",
          text: "Is social value recognised by your board?",
          options: [
            {
              level: 1,
              text: "Not yet: the board has not recognised social value as an issue.",
              criteria: [],
            },
            {
              level: 2,
              text: "The board recognises social value as an issue.",
              action:
                "Bring social value to the board's attention so that it is treated as a board-level issue.",
              criteria: ["B.2.2"],
            },
          ],
        },
        {
          // Widening circle of capability: own staff -> sub-contractors -> supply chain partners.
          id: "B4",
          text: "Whose social value skills and capacity do you build?",
          options: [
            {
              level: 1,
              text: "Not yet: we have no process for building staff skills in social value.",
              criteria: [],
            },
            {
              level: 2,
              text: "We have processes to build our own staff's social value skills.",
              action: "Introduce a process for training and upskilling your staff in social value.",
              criteria: ["B.2.4"],
            },
            {
              level: 3,
              text: "We train sub-contractors in social value as well as our own staff.",
              action:
                "Extend your social value training to sub-contractors, not only your own employees.",
              criteria: ["B.3.2"],
            },
            {
              level: 4,
              text: "We actively back our supply chain partners, such as SMEs, social enterprises, charities and other third sector bodies.",
              action:
                "Go beyond training and give ongoing support to supply chain partners, particularly SMEs, social enterprises and third sector bodies.",
              criteria: ["B.4.3"],
            },
          ],
        },
        {
          // B.3.3 use case studies -> B.4.2 share knowledge and case studies with others.
          id: "B5",
          text: "How do you use best practice case studies?",
          options: [
            {
              level: 2,
              text: "Not yet: we do not draw on best practice case studies.",
              criteria: [],
            },
            {
              level: 3,
              text: "Best practice case studies inform our social value strategy.",
              action:
                "Gather best practice case studies and use them when setting your social value strategy.",
              criteria: ["B.3.3"],
            },
            {
              level: 4,
              text: "We share our knowledge and good practice, case studies included, with other organisations.",
              action:
                "Publish and share your own good practice and case studies so that others can learn from them.",
              criteria: ["B.4.2"],
            },
          ],
        },
        {
          // B.4.4 (Innovator only): embedded in every part of the business.
          id: "B6",
          text: "How far is social value embedded across the business?",
          options: [
            {
              level: 3,
              text: "Not yet: social value is not built into every part of the business.",
              criteria: [],
            },
            {
              level: 4,
              text: "Social value is built into every part of the business, including how we commission and procure.",
              action:
                "Embed social value in all business functions, including your commissioning and procurement practice.",
              criteria: ["B.4.4"],
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------
    // C  Stakeholder Engagement
    // ---------------------------------------------------------------------------------------
    {
      id: "C",
      name: "Stakeholder Engagement",
      questions: [
        {
          // Main ladder: how stakeholders are consulted, up to AA1000 shaping the whole approach.
          id: "C1",
          text: "How do you seek the views of stakeholders?",
          options: [
            {
              level: 1,
              text: "We only engage stakeholders when someone asks us to.",
              criteria: ["C.1.1"],
            },
            {
              level: 2,
              text: "We ask stakeholders for some feedback.",
              action: "Begin asking stakeholders for feedback on your social value work.",
              criteria: ["C.2.1"],
            },
            {
              level: 3,
              text: "We identify and prioritise our stakeholders and consult them for feedback, following AA1000.",
              action:
                "Map and prioritise your stakeholders and consult them systematically for feedback, using AA1000 as your guide.",
              criteria: ["C.3.1"],
            },
            {
              level: 4,
              text: "The principles of AA1000 shape our whole approach to social value.",
              action:
                "Apply the AA1000 principles beyond consultation, using them to develop your overall approach to social value.",
              criteria: ["C.4.1"],
            },
          ],
        },
        {
          // What feedback is used for: project decisions -> key themes -> whole organisation.
          id: "C2",
          text: "How structured is your use of stakeholder feedback, and what does it inform?",
          options: [
            {
              level: 1,
              text: "Not yet: stakeholder feedback does not inform our decisions.",
              criteria: [],
            },
            {
              level: 2,
              text: "Feedback, however informal, shapes decisions on individual projects only.",
              action:
                "Start using the feedback you receive when making decisions on individual projects.",
              criteria: ["C.2.2"],
            },
            {
              level: 3,
              text: "We pick out the key themes in feedback and respond to them.",
              action: "Analyse feedback to find its key themes, and respond to each of them.",
              criteria: ["C.3.2"],
            },
            {
              level: 4,
              text: "We seek feedback both on individual projects and on the organisation as a whole.",
              action:
                "Widen feedback beyond projects, so that it is sought for the whole organisation as well as project by project.",
              criteria: ["C.4.3"],
            },
          ],
        },
        {
          // C.3.3 (Leader only): resource committed to feedback.
          id: "C3",
          text: "Do you commit resources to stakeholder feedback?",
          options: [
            {
              level: 2,
              text: "Not yet: no dedicated resource is set aside for gathering and answering feedback.",
              criteria: [],
            },
            {
              level: 3,
              text: "We commit resource to gathering feedback and responding to it.",
              action:
                "Allocate people and budget to collecting stakeholder feedback and acting on it.",
              criteria: ["C.3.3"],
            },
          ],
        },
        {
          // C.4.2 (Innovator only): proactive outreach.
          id: "C4",
          text: "Do you reach out to communities and local authorities to improve your offer?",
          options: [
            {
              level: 3,
              text: "Not yet: we do not proactively approach communities, councils and other stakeholders to improve our offer.",
              criteria: [],
            },
            {
              level: 4,
              text: "We proactively approach local communities, local authorities and other stakeholders to strengthen our social value offer.",
              action:
                "Take the initiative in contacting local communities, councils and a wide range of stakeholders, and use what you learn to improve your social value offer.",
              criteria: ["C.4.2"],
            },
          ],
        },
        {
          // C.4.4 (Innovator only): external stakeholders in the accountability process.
          id: "C5",
          text: "Are external stakeholders part of how you are held to account?",
          options: [
            {
              level: 3,
              text: "Not yet: external stakeholders play no part in holding us to account.",
              criteria: [],
            },
            {
              level: 4,
              text: "We actively invite external stakeholders into our accountability process.",
              action:
                "Give external stakeholders a formal role in your accountability process and encourage them to take it up.",
              criteria: ["C.4.4"],
            },
          ],
        },
        {
          // C.4.5 (Innovator only): feedback evidenced and reported.
          id: "C6",
          text: "Do you evidence and report the feedback you receive?",
          options: [
            {
              level: 3,
              text: "Not yet: feedback is neither evidenced nor reported.",
              criteria: [],
            },
            {
              level: 4,
              text: "We keep evidence of stakeholder feedback and report on it.",
              action:
                "Record the evidence behind stakeholder feedback and include it in your reporting.",
              criteria: ["C.4.5"],
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------
    // D  Community Projects Design
    // ---------------------------------------------------------------------------------------
    {
      id: "D",
      name: "Community Projects Design",
      questions: [
        {
          // Main ladder: one-off -> standard -> locally targeted -> lifetime impact.
          id: "D1",
          text: "What kind of community activities do you provide?",
          options: [
            {
              level: 1,
              text: "We have no specific community projects, only one-off initiatives.",
              criteria: ["D.1.1"],
            },
            {
              level: 2,
              text: "We offer a standard set of activities aimed at a general need, for example apprenticeships or local spend.",
              action:
                "Develop a standard package of community activities that meets a general need, for example apprenticeships or spending locally.",
              criteria: ["D.2.1"],
            },
            {
              level: 3,
              text: "Our activities are targeted at, and suitable for, the local community.",
              action:
                "Tailor your community activities to what each local community actually needs.",
              criteria: ["D.3.2"],
            },
            {
              level: 4,
              text: "We design initiatives for maximum impact, taking account of the benefits to people and communities over their lifetime.",
              action:
                "Plan initiatives around the lifetime benefits they bring to individuals and communities, to get the most impact from them.",
              criteria: ["D.4.1"],
            },
          ],
        },
        {
          // D.3.1 strategy for community activities -> D.4.2 social impact of mainstream activities.
          id: "D2",
          text: "Is there a strategy behind your community activities, and does it reach your mainstream business?",
          options: [
            {
              level: 2,
              text: "Not yet: we have no strategic approach to community activities.",
              criteria: [],
            },
            {
              level: 3,
              text: "We take a strategic approach to our community activities.",
              action:
                "Set out a strategy for your community activities rather than deciding them one at a time.",
              criteria: ["D.3.1"],
            },
            {
              level: 4,
              text: "We also consider the social impact of our mainstream business activities.",
              action:
                "Extend your thinking beyond community projects and assess the social impact of your core, day-to-day business.",
              criteria: ["D.4.2"],
            },
          ],
        },
        {
          // D.3.3 (Leader only): innovation from within the business.
          id: "D3",
          text: "Do you encourage social value innovation from within the business?",
          options: [
            {
              level: 2,
              text: "Not yet: we do not actively encourage innovation from our own people.",
              criteria: [],
            },
            {
              level: 3,
              text: "We promote and support innovation that comes from inside the business.",
              action:
                "Encourage staff to propose new social value ideas, and back the best of them.",
              criteria: ["D.3.3"],
            },
          ],
        },
        {
          // D.4.3 (Innovator only): collaboration with the local authority and other contractors.
          id: "D4",
          text: "Do you collaborate with the local authority and other contractors on community activities?",
          options: [
            {
              level: 3,
              text: "Not yet: we design our activities on our own.",
              criteria: [],
            },
            {
              level: 4,
              text: "We work with the local authority and other contractors, our supply chain included, so that activities deliver the most social value.",
              action:
                "Set up joint working with the local authority, other contractors and your own supply chain, to get the most social value from activities.",
              criteria: ["D.4.3"],
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------
    // E  Social Value Measurement: Themes, Outcomes and Measures
    // ---------------------------------------------------------------------------------------
    {
      id: "E",
      name: "Social Value Measurement: Themes, Outcomes and Measures",
      questions: [
        {
          // Main ladder: contract evidence -> business-wide data -> numeric valuation -> outcomes and impact.
          id: "E1",
          text: "How do you capture and value the social value you deliver?",
          options: [
            {
              level: 1,
              text: "We can show what we did on a contract when the contracting authority asks for social value.",
              criteria: ["E.1.1"],
            },
            {
              level: 2,
              text: "We collect some social value data across the business, but have no specific measurement solution.",
              action:
                "Start gathering social value data from across the business, not just contract by contract.",
              criteria: ["E.2.1"],
            },
            {
              level: 3,
              text: "We collect output data and use a suitable numeric method to put a value on it against the local authority's TOMs.",
              action:
                "Adopt a numeric method for turning your output data into a value against the local authority's TOMs.",
              criteria: ["E.3.2"],
            },
            {
              level: 4,
              text: "We can show the added value, in outcomes and impact, that our work brings to communities over time, using both financial and non-financial methods.",
              action:
                "Track outcomes and impact over time and demonstrate the value they add for communities with financial and non-financial methods.",
              criteria: ["E.4.1"],
            },
          ],
        },
        {
          // E.3.1 own TOMs -> E.4.2 TOMs kept current and reflecting local needs.
          id: "E2",
          text: "Do you have your own themes, outcomes and measures (TOMs)?",
          options: [
            {
              level: 2,
              text: "Not yet: we have no TOMs of our own.",
              criteria: [],
            },
            {
              level: 3,
              text: "We have developed our own TOMs, which reflect our work and line up with public sector needs.",
              action:
                "Develop a set of TOMs of your own that mirrors what your business does and lines up with public sector needs.",
              criteria: ["E.3.1"],
            },
            {
              level: 4,
              text: "We have processes that keep our TOMs up to date and take local needs into account.",
              action:
                "Put processes in place to review your TOMs regularly so they stay current and reflect local needs.",
              criteria: ["E.4.2"],
            },
          ],
        },
        {
          // E.3.3 about +5% SVA -> E.4.4 an additional +10% SVA.
          id: "E3",
          text: "How much Social Value Add (SVA) do you achieve on your projects?",
          options: [
            {
              level: 2,
              text: "Not yet: we do not reach around +5% Social Value Add (SVA: social value delivered on top of the contract) on all our projects.",
              criteria: [],
            },
            {
              level: 3,
              text: "Each of our projects delivers around +5% SVA (Social Value Add).",
              action: "Plan every project so that it delivers about +5% SVA.",
              criteria: ["E.3.3"],
            },
            {
              level: 4,
              text: "We achieve an additional +10% SVA on every project (the matrix sets this as the Innovator figure).",
              action: "Raise your ambition so that each project delivers an additional +10% SVA.",
              criteria: ["E.4.4"],
            },
          ],
        },
        {
          // E.4.3 (Innovator only): intangible as well as quantitative benefits.
          id: "E4",
          text: "Do you measure intangible as well as quantitative benefits?",
          options: [
            {
              level: 3,
              text: "Not yet: we measure only benefits that can be counted.",
              criteria: [],
            },
            {
              level: 4,
              text: "We measure intangible benefits as well as quantitative ones.",
              action:
                "Add measures for intangible benefits alongside the quantitative ones you already track.",
              criteria: ["E.4.3"],
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------
    // F  Bid Management and Contract Reporting
    // ---------------------------------------------------------------------------------------
    {
      id: "F",
      name: "Bid Management and Contract Reporting",
      questions: [
        {
          // Main ladder: social value content of tenders.
          id: "F1",
          text: "How does social value feature in your tenders?",
          options: [
            {
              level: 1,
              text: "Social value appears in our tenders at most in general terms, and only where the tender requires it.",
              criteria: ["F.1.1"],
            },
            {
              level: 2,
              text: "Where tenders require it, we respond in detail with specific social value solutions.",
              action:
                "Replace general statements with detailed, specific social value solutions whenever a tender asks for them.",
              criteria: ["F.2.1"],
            },
            {
              level: 3,
              text: "We include social value undertakings in every tender, whether or not it is required.",
              action:
                "Offer social value undertakings in all your tenders, even where the customer does not ask for them.",
              criteria: ["F.3.1"],
            },
            {
              level: 4,
              text: "Every tender carries social value commitments, set against both financial and non-financial targets.",
              action:
                "Set financial and non-financial targets and build the social value commitments in every tender around them.",
              criteria: ["F.4.2"],
            },
          ],
        },
        {
          // Delivery and reporting on won contracts: left to the contract manager -> quarterly customer feedback.
          id: "F2",
          text: "How do you manage and report social value on the contracts you win?",
          options: [
            {
              level: 1,
              text: "Delivering social value on a contract is left to the contract manager, when the contract requires it.",
              criteria: ["F.1.2"],
            },
            {
              level: 2,
              text: "We report social value each year, as the contract's performance requirements demand.",
              action:
                "Set up annual social value reporting that meets each contract's performance requirements.",
              criteria: ["F.2.2"],
            },
            {
              level: 3,
              text: "We review performance, feed back to customers regularly and act to keep improving how we deliver social value.",
              action:
                "Review social value performance on each contract, report back to customers regularly and act on what you learn to keep improving delivery.",
              criteria: ["F.3.2"],
            },
            {
              level: 4,
              text: "Customers get feedback on our social value progress every quarter.",
              action: "Move to quarterly progress updates on social value for every customer.",
              criteria: ["F.4.3"],
            },
          ],
        },
        {
          // F.3.3 lessons learnt and benchmarking -> F.4.1 benchmarking shared with other organisations.
          id: "F3",
          text: "How do you learn from past bids and contracts?",
          options: [
            {
              level: 2,
              text: "Not yet: we have no process for capturing lessons and feedback.",
              criteria: [],
            },
            {
              level: 3,
              text: "We have processes to capture lessons learnt and feedback, drawing on benchmarking and case law, so our practice keeps improving.",
              action:
                "Create a process that captures lessons learnt and feedback, uses benchmarking and case law, and feeds the results into your practice.",
              criteria: ["F.3.3"],
            },
            {
              level: 4,
              text: "We benchmark all our contracts and share the results with other organisations so that best practice can be set.",
              action:
                "Benchmark social value across all contracts and share the findings with other organisations to build best practice.",
              criteria: ["F.4.1"],
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------
    // G  Procurement and Commissioning of Supply Chain
    // ---------------------------------------------------------------------------------------
    {
      id: "G",
      name: "Procurement and Commissioning of Supply Chain",
      questions: [
        {
          // Main ladder: social value in buying from the supply chain.
          id: "G1",
          text: "How does social value feature when you buy from your supply chain?",
          options: [
            {
              level: 1,
              text: "Social value is not specifically mentioned in our procurement or supply chain reporting.",
              criteria: ["G.1.1"],
            },
            {
              level: 2,
              text: "Relevant tenders to our suppliers include social value within the quality score.",
              action: "Add social value to the quality score of relevant supply chain tenders.",
              criteria: ["G.2.1"],
            },
            {
              level: 3,
              text: "Our supply chain contracts explicitly ask for social value commitments.",
              action:
                "Write an explicit request for social value commitments into your supply chain contracts.",
              criteria: ["G.3.1"],
            },
            {
              level: 4,
              text: "Social value is fully built into our tenders and is one of the main criteria for choosing suppliers.",
              action:
                "Make social value one of the main criteria for selecting suppliers, fully integrated into your tender process.",
              criteria: ["G.4.1"],
            },
          ],
        },
        {
          // G.2.2 guidance -> G.3.3 training for the supply chain.
          id: "G2",
          text: "How do you help suppliers understand and deliver social value?",
          options: [
            {
              level: 1,
              text: "Not yet: we do not engage suppliers on social value.",
              criteria: [],
            },
            {
              level: 2,
              text: "We engage suppliers on the key issues and give them guidance.",
              action:
                "Talk to suppliers about the key social value issues and provide them with guidance.",
              criteria: ["G.2.2"],
            },
            {
              level: 3,
              text: "We train our supply chain to help it unlock social value opportunities.",
              action:
                "Offer training to your supply chain so suppliers can find and unlock social value opportunities.",
              criteria: ["G.3.3"],
            },
          ],
        },
        {
          // G.3.2 capacity building for small and third sector suppliers -> G.4.2 support through a bid.
          id: "G3",
          text: "How do you support micro businesses, SMEs and third sector suppliers?",
          options: [
            {
              level: 2,
              text: "Not yet: we have no particular focus on smaller or third sector suppliers.",
              criteria: [],
            },
            {
              level: 3,
              text: "We focus specifically on building the capacity of micro businesses, SMEs and third sector suppliers.",
              action:
                "Run a targeted programme to build the capacity of micro businesses, SMEs and third sector suppliers.",
              criteria: ["G.3.2"],
            },
            {
              level: 4,
              text: "We help SMEs and third sector bodies through the bidding process.",
              action: "Help SMEs and third sector organisations to prepare and submit their bids.",
              criteria: ["G.4.2"],
            },
          ],
        },
        {
          // G.3.4 (Leader only): supplier summits.
          id: "G4",
          text: "Do you hold supplier summits?",
          options: [
            {
              level: 2,
              text: "Not yet: we do not hold supplier summits.",
              criteria: [],
            },
            {
              level: 3,
              text: "We hold supplier summits to build suppliers' understanding and their capacity to deliver.",
              action:
                "Organise supplier summits to grow your suppliers' understanding of social value and their ability to deliver it.",
              criteria: ["G.3.4"],
            },
          ],
        },
        {
          // G.4.3 (Innovator only): Tier 2 and 3 reporting.
          id: "G5",
          text: "Do your Tier 2 and 3 suppliers report on social value?",
          options: [
            {
              level: 3,
              text: "Not yet: we do not require social value reporting below our direct suppliers.",
              criteria: [],
            },
            {
              level: 4,
              text: "Our Tier 2 and 3 suppliers are required to report social value.",
              action:
                "Require your Tier 2 and 3 suppliers to report the social value they deliver.",
              criteria: ["G.4.3"],
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------
    // H  Reporting
    // ---------------------------------------------------------------------------------------
    {
      id: "H",
      name: "Reporting",
      questions: [
        {
          // Main ladder: generic CSR statement -> monthly integrated reporting.
          id: "H1",
          text: "How do you report on social value?",
          options: [
            {
              level: 1,
              text: "Our reporting is at most an annual CSR statement or a general report.",
              criteria: ["H.1.1"],
            },
            {
              level: 2,
              text: "We produce a comprehensive CSR report that mentions social value to some extent.",
              action: "Expand your CSR statement into a full CSR report that covers social value.",
              criteria: ["H.2.1"],
            },
            {
              level: 3,
              text: "We report comprehensively on social value activity across the business; the data may or may not be externally assured.",
              action: "Produce dedicated, business-wide reporting on your social value activities.",
              criteria: ["H.3.1"],
            },
            {
              level: 4,
              text: "Each month we report in an integrated way on individual projects, the whole business and our supply chain, including SMEs and the voluntary sector.",
              action:
                "Move to monthly integrated reporting covering each project, the whole business and your supply chain, including SMEs and voluntary sector partners.",
              criteria: ["H.4.1"],
            },
          ],
        },
        {
          // H.4.2 (Innovator only): external assurance and publication.
          id: "H2",
          text: "Is your social value reporting externally assured and public?",
          options: [
            {
              level: 3,
              text: "Not yet: our social value reporting is not both externally assured and published.",
              criteria: [],
            },
            {
              level: 4,
              text: "Our reporting is externally assured and publicly available.",
              action:
                "Commission external assurance of your social value reporting and publish it.",
              criteria: ["H.4.2"],
            },
          ],
        },
        {
          // H.4.3 (Innovator only): holistic reporting such as <IR>.
          id: "H3",
          text: "Do you report financial and non-financial information together?",
          options: [
            {
              level: 3,
              text: "Not yet: financial and non-financial information are reported separately.",
              criteria: [],
            },
            {
              level: 4,
              text: "We report financial and non-financial information together in a holistic way, for example through Integrated Reporting (<IR>).",
              action:
                "Bring financial and non-financial information together in one holistic report, for example using Integrated Reporting (<IR>).",
              criteria: ["H.4.3"],
            },
          ],
        },
        {
          // H.4.4 (Innovator only): formal feedback loop.
          id: "H4",
          text: "Does what you learn from reporting feed back into your practice?",
          options: [
            {
              level: 3,
              text: "Not yet: there is no formal feedback loop from our reporting.",
              criteria: [],
            },
            {
              level: 4,
              text: "A formal feedback loop lets us learn proactively from our reporting.",
              action:
                "Set up a formal feedback loop so that your reporting drives proactive learning.",
              criteria: ["H.4.4"],
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------
    // I  Governance and Accountability
    // ---------------------------------------------------------------------------------------
    {
      id: "I",
      name: "Governance and Accountability",
      questions: [
        {
          // Main ladder: board involvement. I.2.4 (annual board reporting) is the Mature rung.
          id: "I1",
          text: "How involved is your board in social value?",
          options: [
            {
              level: 1,
              text: "Social value has no place at board level: no one there is responsible for it and the board receives no reports on it.",
              criteria: ["I.1.1"],
            },
            {
              level: 2,
              text: "The board receives a social value report once a year.",
              action: "Report to the board on social value at least once a year.",
              criteria: ["I.2.4"],
            },
            {
              level: 3,
              text: "The board directly oversees social value performance.",
              action: "Give the board direct oversight of your social value performance.",
              criteria: ["I.3.1"],
            },
            {
              level: 4,
              text: "A main board member is specifically responsible for social value delivery in the business.",
              action:
                "Name a main board member to take specific responsibility for social value delivery across the business.",
              criteria: ["I.4.1"],
            },
          ],
        },
        {
          // I.3.2 regular measurement and reporting -> I.4.2 reports to the main board at least bi-monthly.
          id: "I2",
          text: "How often is social value measured and reported?",
          options: [
            {
              level: 2,
              text: "Not yet: social value is not measured and reported on a regular basis.",
              criteria: [],
            },
            {
              level: 3,
              text: "We measure and report social value regularly.",
              action: "Measure social value on a regular cycle and report the results each time.",
              criteria: ["I.3.2"],
            },
            {
              level: 4,
              text: "Progress against target goes to the main board at least every two months.",
              action:
                "Report progress against your social value targets to the main board every two months or more often.",
              criteria: ["I.4.2"],
            },
          ],
        },
        {
          // I.1.2 project level only -> I.2.2 core principle with published policy and strategy.
          id: "I3",
          text: "How is social value positioned and managed across the business?",
          options: [
            {
              level: 1,
              text: "Not yet: social value is not a recognised core principle with a published policy and implementation strategy; it is handled project by project.",
              criteria: ["I.1.2"],
            },
            {
              level: 2,
              text: "Social value is a recognised core principle, backed by a social value policy and an implementation strategy, both published.",
              action:
                "Adopt social value as a core principle, and publish a social value policy and an implementation strategy to support it.",
              criteria: ["I.2.2"],
            },
          ],
        },
        {
          // I.2.1 (Mature only): the Act in the corporate strategy, linked to sustainability.
          id: "I4",
          text: "Does your corporate strategy refer to the Social Value Act?",
          options: [
            {
              level: 1,
              text: "Not yet: our corporate strategy does not both mention the Social Value Act and link it to sustainability.",
              criteria: [],
            },
            {
              level: 2,
              text: "Our corporate strategy mentions the Social Value Act and cross-refers it to our sustainability approach.",
              action:
                "Reference the Social Value Act in your corporate strategy and link it explicitly to your sustainability commitments.",
              criteria: ["I.2.1"],
            },
          ],
        },
        {
          // I.2.3 (Mature only): documentation on the website.
          id: "I5",
          text: "Is your social value documentation publicly available?",
          options: [
            {
              level: 1,
              text: "Not yet: our social value documents are not available online.",
              criteria: [],
            },
            {
              level: 2,
              text: "All relevant social value documents are published on our website.",
              action: "Put every relevant social value document on your website.",
              criteria: ["I.2.3"],
            },
          ],
        },
      ],
    },
  ],
};
