import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  require_picocolors
} from "./chunk-3PX4WJAY.js";
import {
  forTerminal
} from "./chunk-RKDDUEGZ.js";
import "./chunk-OU57B5EK.js";
import {
  emit,
  oneOf,
  parseFlags,
  wantsColor
} from "./chunk-XK6H44CA.js";
import {
  decodeUtf8,
  defaultMappingFile,
  lintMapping,
  loadCatalogs,
  seedMappingFile
} from "./chunk-IKCRNHJX.js";
import {
  UsageError
} from "./chunk-2FBNQCWA.js";
import "./chunk-A3TXCLUC.js";
import "./chunk-YGSFOW3Y.js";
import {
  plural
} from "./chunk-AR5HQVXI.js";
import {
  __toESM
} from "./chunk-LVNFLO5R.js";

// src/commands/mapping-lint.ts
var import_picocolors = __toESM(require_picocolors(), 1);
import { readFile } from "node:fs/promises";
import path from "node:path";

// mappings/iso27001-2022-to-soc2.yaml
var iso27001_2022_to_soc2_default = `# Default crosswalk mapping (\`mapping: default\`): ISO/IEC 27001:2022 controls and ISMS clauses to
# the SOC 2 Trust Services Criteria (TSC 2017, points of focus revised 2022). Format: SPEC \xA71.2.
# The audit behind it \u2014 method, references, sampling, every corrected seed pair \u2014 is written
# out in mappings/README.md.
#
# What a row claims. Under SPEC \xA72 a criterion is ready only when EVERY row reaching it that is
# not absent (the organization implements its ISO control) is met, and a row is met only on
# evidence. So a row is a promise that an auditor testing the criterion would test this control:
#   full    \u2014 ISO/IEC 27001:2022's own records of the control are the evidence SOC 2 needs for
#             the criterion; the row asks for operating evidence (any record that the control
#             ran, not a policy or procedure), as often as its \`frequency\` says (annual when
#             none is written);
#   partial \u2014 SOC 2 asks for evidence ISO does not (sampled records across the period, a code of
#             conduct, board oversight, fraud risk, processing specifications, privacy notice
#             and rights); the row lists those records as evidence requirements;
#   gap     \u2014 ISO gives nothing towards the criterion; the row only documents that.
# A pair an auditor would not test (physical entry on logical access, a capacity control on
# recovery testing) is not harmless: it makes a criterion wait for evidence nobody will ask for.
#
# Rows carrying \`seed:\` are the seed's (shared/seed/iso27001-2022-to-soc2-mapping.md), all 27 of
# its rows in its order, filed under the 2022 id its control title names (31 rows: four seed
# controls split into two 2022 controls; a comment above a row explains every changed id).
# \`seed:\` and \`notes:\` are as the seed wrote them. The audit kept 20 of the seed's 47 ISO\u2192TSC
# pairs and corrected 27 on 20 rows, putting 21 pairs in their place; each such row says in
# \`corrected:\` what the seed had and why (mappings/iso27001-2022-to-soc2-seed.yaml is the seed
# as written, \`mapping: seed\`). Most corrections move a control to the criterion an auditor
# tests it under: physical entry to CC6.4, event monitoring to CC7.2, change management,
# release testing, secure coding, secure engineering and source code access to CC8.1, capacity
# to A1.1; the rest drop a criterion the control does not bear on (A1.1 capacity, A1.3
# recovery testing or C1.1 confidential information on controls that only serve them
# indirectly).
#
# Then come crosswalk's own rows (no \`seed:\`), which complete the mapping: every one of the 61
# criteria is reached by a full or partial row, and every Annex A control that bears on SOC 2
# appears (the two left out are named, with reasons, at the end). Each has \`source:\` (its
# provenance) and \`notes:\` (why full, why partial, what SOC 2 tests beyond ISO); they are
# grouped by the TSC series they chiefly serve. The audit added 12 pairs to them that the
# references agree on (A.5.18 \u2192 CC6.3 with the user access reviews, A.5.15 and A.5.16 \u2192 CC6.1,
# clause 8.2 \u2192 CC3.2, 9.2 \u2192 CC4.2, A.8.25 and A.8.33 \u2192 CC8.1, A.5.3 \u2192 CC1.3, A.6.4 \u2192 CC1.1,
# A.5.5 \u2192 CC2.3, A.5.24 \u2192 CC7.3, A.5.30 \u2192 CC7.5) and removed one (A.8.28 \u2192 PI1.4: output
# encoding is an injection defence, not complete and accurate output). Five of its rows were
# merged into the corrected seed rows they duplicated, their evidence requirements kept.
# In all: 133 rows (31 seed, 102 crosswalk), 195 ISO\u2192TSC pairs, 50 full, 82 partial, 1 gap.
#
# Sampling follows the AICPA guide's bands for tests of controls (annual 1, quarterly 2, monthly
# 2\u20135, weekly 5\u201315, daily 20\u201340, many times a day 25\u201360). Every evidence requirement states its
# \`frequency\`; \`min_samples\` is written only on population requirements (weekly, daily,
# per-event) whose population is smaller than the many-times-a-day band the per-event default
# (25) assumes: events that happen a few dozen times a year (hires, leavers, privileged access
# grants, staff reports, deletions, data subject requests) 10, the weekly band; incidents and
# media disposals 5; projects, secure-area visits and emergency changes 3; significant changes
# and forensic cases 2. An organization with fewer occurrences declares its \`population\`.
# No requirement writes \`max_age_days\`: the frequency's default (SPEC \xA71.2) fits each one, so a
# quarterly review is late after 122 days, not 90.

apiVersion: crosswalk/v1
kind: Mapping
name: ISO/IEC 27001:2022 to SOC 2 TSC 2017
rows:

  # --- Seed Phase 1 ---

  # Policies show what should happen; SOC 2 tests that they reached people and are kept current.
  # The evidence was on a crosswalk A.5.1 row (CC2.2, CC5.3), merged here with the correction.
  - iso: A.5.1
    tsc: [CC2.2, CC5.3]
    coverage: partial
    notes: ISO policy governance aligns to SOC 2 expectations for documented and approved policies. SOC 2 will require evidence of distribution & review.
    seed: A.5.1 Policies for Information Security
    corrected: >-
      seed had CC1.2 and CC1.3, full. CC1.2 is the board's independent oversight and CC1.3 the
      organization's structures, reporting lines and authorities; neither is tested on the
      information security policies. Documented, approved and reviewed policies are CC5.3 (deploys
      control activities through policies and procedures) and their distribution is CC2.2 (internal
      communication). The seed's own note asks for evidence of distribution and review, which SOC 2
      samples and ISO does not, so the row is partial with that evidence.
    evidence:
      - id: policy-acknowledgements
        description: Policy acknowledgement records for sampled personnel from across the workforce, each showing the person accepted the current information security policies at hire or within the last year.
        frequency: per-event
      - id: policy-review-records
        description: The record of the last review and approval of the information security policy and each topic-specific policy (approver, date, version), within the last year.
        frequency: annual

  - iso: A.5.7
    tsc: [CC3.2]
    coverage: partial
    notes: ISO expects proactive threat awareness; SOC 2 expects threat considerations embedded into risk assessments. Evidence of how intel informs risk must be shown.
    seed: A.5.7 Threat Intelligence
    evidence:
      - id: threat-intel-in-risk-assessment
        description: Risk assessment records (risk register entries or assessment minutes) showing how specific threat intelligence changed a risk rating or its treatment.
        frequency: annual
      - id: threat-intel-source-review
        description: A log of the threat intelligence sources and advisories reviewed, each with the date, reviewer and triage decision (not relevant, monitor, or actioned with a ticket).
        frequency: quarterly

  # seed wrote A.6.1 (ISO 27001:2013 numbering: A.6.1.1 "Information security roles and responsibilities");
  # 2022 A.6.1 is "Screening"; the 2022 control with this title is A.5.2
  - iso: A.5.2
    tsc: [CC1.3]
    coverage: full
    notes: Clear definition of responsibilities maps well. SOC 2 requires traceability into role assignments and approvals.
    seed: A.6.1 Roles & Responsibilities
    corrected: >-
      seed had CC1.4, which is attracting, developing and retaining competent people. Defining and
      allocating information security roles and responsibilities is CC1.3 (establishes structures,
      reporting lines, and defines, assigns and limits authorities and responsibilities).

  - iso: A.6.3
    tsc: [CC1.4, CC2.2]
    coverage: full
    notes: ISO requires training planning; SOC 2 validates completion records. Evidence depth is higher under SOC 2.
    seed: A.6.3 Information Security Awareness & Training
    corrected: >-
      seed had CC5.3 (deploying control activities through policies and procedures). Security
      awareness training is tested under CC2.2 (point of focus: communicates information to improve
      security knowledge and awareness, through an awareness training programme) and CC1.4
      (develops competent individuals through training).

  - iso: A.7.2
    tsc: [CC6.4]
    coverage: partial
    notes: Physical access controls align closely; SOC 2 requires logs or supporting evidence for testing.
    seed: A.7.2 Physical Entry Controls
    corrected: >-
      seed had CC6.1, full. CC6.1 is logical access security; physical entry to facilities is CC6.4
      (restricts physical access, and creates, removes and reviews it). SOC 2 samples the periodic
      review of who holds badge or key access, which ISO does not require at a set interval, so the
      row is partial with that review (moved here from a crosswalk A.7.2 row).
    evidence:
      - id: physical-access-review
        description: The latest quarterly review of badge or key access to the office and restricted areas, listing the holders and the reviewer's keep or revoke decision for each.
        frequency: quarterly

  # seed wrote A.8.1, but 2022 Annex A A.8.1 is "User endpoint devices";
  # "Operational planning and control" is ISMS clause 8.1 (not an Annex A control)
  - iso: "8.1"
    tsc: [CC5.3]
    coverage: partial
    notes: ISO provides structure, SOC 2 needs operational consistency demonstrated through sampled evidence.
    seed: A.8.1 Operational Planning & Control
    corrected: >-
      seed had CC2.1, which is about the quality of the information internal control relies on.
      Clause 8.1 plans and controls the ISMS processes and keeps records that they were carried out
      as planned: that is CC5.3 (control activities deployed through procedures, performed in a
      timely manner by responsible personnel), where the seed's sampled operational records belong.
    evidence:
      - id: operational-plan-approved
        description: The approved plan and criteria for the ISMS operational processes, showing approver, approval date and the processes, owners and acceptance criteria it covers.
        frequency: annual
      - id: operational-procedure-records
        description: Sampled operational records such as runbook executions or completed checklists, each dated and attributed, showing the documented procedures were followed consistently.
        frequency: weekly

  - iso: A.8.16
    tsc: [CC7.2]
    coverage: full
    frequency: daily
    notes: Monitoring expectations support SOC 2 control evaluations. SOC 2 tests alerting and response handling in practice.
    seed: A.8.16 Monitoring Activities
    corrected: >-
      seed had CC4.1, which is COSO monitoring of controls (ongoing and separate evaluations of
      whether the components of internal control are present and functioning). A.8.16 monitors
      networks, systems and applications for anomalous behaviour: that is CC7.2 (monitors system
      components for anomalies indicative of malicious acts, natural disasters and errors), where
      SOC 2 tests alerting and response handling.

  # Code review evidence belongs to change management (CC8.1); dependency scanning to CC7.1.
  - iso: A.8.28
    tsc: [CC8.1, CC7.1]
    coverage: partial
    notes: ISO control supports SOC 2 secure development expectations. SOC 2 typically requires code review evidence and dependency controls.
    seed: A.8.28 Secure Coding
    corrected: >-
      seed had CC3.2 and CC6.6. CC3.2 is the entity's risk identification and analysis, and CC6.6
      protects the system boundary against outside threats (firewalls, remote-access
      authentication); secure coding is neither. The code review the seed asks for is tested under
      CC8.1 (designs, develops and approves changes), and dependency scanning under CC7.1 (detects
      newly discovered vulnerabilities in system components).
    evidence:
      - id: code-review-records
        description: Sampled merged changes (pull or merge requests), each showing an approving peer review by someone other than the author recorded before the merge.
        frequency: per-event
      - id: dependency-scan-results
        description: Dependency or software-composition scan output for the in-scope repositories, with each finding triaged (fixed, ticketed or risk-accepted).
        frequency: monthly

  # seed wrote A.9.1 (ISO 27001:2013 numbering: A.9.1.1 "Access control policy");
  # 2022 "Access control" is A.5.15
  - iso: A.5.15
    tsc: [CC6.2, CC6.3]
    coverage: full
    notes: Alignment is strong. SOC 2 requires MFA & provisioning evidence, not just policy presence.
    seed: A.9.1 Access Control Policy

  # seed wrote A.9.2 (ISO 27001:2013 category "User access management"); in 2022 it is split:
  # registration/de-registration (2013 A.9.2.1) is A.5.16 "Identity management" \u2014 this row
  - iso: A.5.16
    tsc: [CC6.2]
    coverage: full
    frequency: weekly
    notes: Access provisioning and review expectations overlap well. SOC 2 will sample user access reviews.
    seed: A.9.2 User Access Management

  # seed wrote A.9.2 (ISO 27001:2013 category "User access management"); in 2022 it is split:
  # provisioning, review and removal (2013 A.9.2.2, A.9.2.5, A.9.2.6) is A.5.18 "Access rights" \u2014 this row
  # (the user access reviews the note mentions are asked for on the crosswalk A.5.18 \u2192 CC6.3 row)
  - iso: A.5.18
    tsc: [CC6.2]
    coverage: full
    frequency: per-event
    notes: Access provisioning and review expectations overlap well. SOC 2 will sample user access reviews.
    seed: A.9.2 User Access Management

  # seed wrote A.9.4 (ISO 27001:2013 category "System and application access control"); in 2022 it is split:
  # 2013 A.9.4.1 "Information access restriction" is A.8.3 \u2014 this row
  - iso: A.8.3
    tsc: [CC6.1, CC6.3]
    coverage: full
    notes: ISO and SOC 2 alignment is high \u2014 both require defined controls and monitoring.
    seed: A.9.4 System & Application Access Control
    corrected: >-
      seed had CC6.1 and CC6.2. CC6.2 is registering and authorizing users before credentials are
      issued, and removing them; restricting access to information and application functions is
      CC6.1 (restricts logical access) and CC6.3 (role-based access, least privilege). CC6.1 stands;
      CC6.2 is replaced by CC6.3.

  # seed wrote A.9.4 (ISO 27001:2013 category "System and application access control"); in 2022 it is split:
  # 2013 A.9.4.2 "Secure log-on procedures" is A.8.5 "Secure authentication" \u2014 this row
  - iso: A.8.5
    tsc: [CC6.1, CC6.6]
    coverage: full
    notes: ISO and SOC 2 alignment is high \u2014 both require defined controls and monitoring.
    seed: A.9.4 System & Application Access Control
    corrected: >-
      seed had CC6.1 and CC6.2. CC6.2 is user registration and deprovisioning, not how users
      authenticate. Secure authentication is CC6.1 (identifies and authenticates users) and CC6.6
      (requires additional authentication, such as MFA, for access from outside the boundary).
      CC6.1 stands; CC6.2 is replaced by CC6.6.

  # seed wrote A.10.1 (ISO 27001:2013 numbering: A.10.1 "Cryptographic controls");
  # 2022 "Use of cryptography" is A.8.24
  - iso: A.8.24
    tsc: [CC6.1, CC6.7]
    coverage: full
    notes: Encryption expectations align. SOC 2 requires proof of key management, rotation practices where applicable.
    seed: A.10.1 Cryptographic Controls

  # seed wrote A.11.1 (not a 2022 id; in 2013 A.11.1 is "Secure areas" and logging/monitoring is A.12.4);
  # by title this is 2022 A.8.15 "Logging" \u2014 this row \u2014 and A.8.16 "Monitoring activities"
  - iso: A.8.15
    tsc: [CC7.2]
    coverage: full
    frequency: daily
    notes: ISO logs + SOC alerting expectations complement each other. SOC 2 focuses on investigation outcomes.
    seed: A.11.1 Logging & Monitoring

  # seed wrote A.11.1 (not a 2022 id; in 2013 A.11.1 is "Secure areas" and logging/monitoring is A.12.4);
  # by title this is 2022 A.8.15 "Logging" and A.8.16 "Monitoring activities" \u2014 this row
  - iso: A.8.16
    tsc: [CC7.2]
    coverage: full
    frequency: daily
    notes: ISO logs + SOC alerting expectations complement each other. SOC 2 focuses on investigation outcomes.
    seed: A.11.1 Logging & Monitoring

  # seed wrote A.11.2 (not a 2022 id; 2013 equivalent is A.16.1.4 "Assessment of and decision on information security events");
  # 2022 "Assessment and decision on information security events" is A.5.25
  - iso: A.5.25
    tsc: [CC7.3]
    coverage: partial
    notes: ISO requires processes; SOC 2 validates incidents with evidence. Retrospective testing fills gaps.
    seed: A.11.2 Security Event Handling
    evidence:
      - id: incident-tickets
        description: Sampled security event or incident tickets, each showing triage, classification (event or incident, severity) and the decision taken, with timestamps and assignee.
        frequency: per-event
      - id: incident-retrospectives
        description: A post-incident review or tabletop exercise report (retrospective testing of the event-handling process) with findings and follow-up actions.
        frequency: annual

  # --- Seed Phase 2 ---

  # seed wrote A.7.4, but 2022 A.7.4 is "Physical security monitoring";
  # 2022 "Securing offices, rooms and facilities" is A.7.3 (2013 A.11.1.3)
  - iso: A.7.3
    tsc: [CC6.4]
    coverage: full
    notes: Physical protections support both Security and Availability criteria. SOC 2 requires logs or physical review evidence during testing.
    seed: A.7.4 Securing Offices, Rooms and Facilities
    corrected: >-
      seed had CC6.1 and A1.1. CC6.1 is logical access; securing offices, rooms and facilities is
      physical access, CC6.4. A1.1 is capacity management (measuring usage, forecasting demand) and
      has nothing to test on facility security; the environmental protections availability needs
      are A1.2, reached through A.7.5, A.7.8 and A.7.11. A1.1 is dropped.

  # seed wrote A.8.3, but 2022 A.8.3 is "Information access restriction";
  # 2022 "Capacity management" is A.8.6 (2013 A.12.1.3)
  - iso: A.8.6
    tsc: [A1.1]
    coverage: full
    frequency: monthly
    notes: ISO\u2019s expectation for capacity planning aligns with SOC 2 availability controls. Evidence typically includes monitoring thresholds and capacity plans.
    seed: A.8.3 Capacity Management
    corrected: >-
      seed had A1.2 (environmental protections, backup and recovery infrastructure). Capacity
      management is A1.1, whose points of focus are exactly A.8.6's: measures current usage,
      forecasts capacity, makes changes based on the forecasts.

  # seed wrote A.8.14, but 2022 A.8.14 is "Redundancy of information processing facilities";
  # 2022 "Change management" is A.8.32 (2013 A.12.1.2, A.14.2.2)
  # changes-tested-before-deployment and emergency-change-reviews were on a crosswalk A.8.32 \u2192 CC8.1 row, merged here.
  - iso: A.8.32
    tsc: [CC8.1]
    coverage: partial
    notes: Change controls support Availability, but SOC 2 requires audited change tickets and approval workflows. Gaps usually relate to operational proof rather than missing processes.
    seed: A.8.14 Change Management
    corrected: >-
      seed had A1.3 and CC7.2. A1.3 is testing the recovery plan and CC7.2 monitoring system
      components for anomalies; change management is neither. SOC 2 tests it under CC8.1
      (authorizes, tests, approves and deploys changes, including emergency changes), where the
      change tickets and approval workflow the seed asks for are sampled.
    evidence:
      - id: change-tickets-approved
        description: Sampled change tickets, each showing a recorded approval that precedes the production deployment of that change.
        frequency: per-event
      - id: change-approval-workflow
        description: An export of the enforced change-approval workflow configuration, such as branch protection rules requiring review or the CAB approval settings in the ticketing tool.
        frequency: annual
      - id: changes-tested-before-deployment
        description: Sampled production changes from the period, each showing the test results (CI run or QA sign-off) recorded before the deployment time.
        frequency: per-event
      - id: emergency-change-reviews
        description: The list of emergency changes made in the period, each with its retrospective review and approval within the policy window, or a system report showing there were none.
        frequency: per-event
        min_samples: 3

  # seed wrote A.8.15 "Test Management", but 2022 A.8.15 is "Logging" and no 2022 control is titled "Test management";
  # the closest is A.8.29 "Security testing in development and acceptance" (2013 A.14.2.8, A.14.2.9)
  # release-security-test-results was on a crosswalk A.8.29 \u2192 CC8.1 row, merged here.
  - iso: A.8.29
    tsc: [CC8.1]
    coverage: partial
    notes: Test processes contribute to service reliability. SOC 2 looks for consistent execution and evidence retention.
    seed: A.8.15 Test Management
    corrected: >-
      seed had PI1.2 and PI1.3, the input and processing controls of processing integrity (edit
      checks, job monitoring, reconciliations). Testing a release before it goes live is tested
      under CC8.1 (tests system changes; approves them before deployment), where the seed's test
      runs and sign-offs are sampled.
    evidence:
      - id: test-execution-records
        description: Test run reports (CI results or test management exports) for sampled releases, showing which tests ran, their results and the release they belong to.
        frequency: per-event
      - id: release-acceptance-signoff
        description: Retained acceptance sign-offs for sampled releases, naming who accepted the release, when, and against which acceptance criteria.
        frequency: per-event
      - id: release-security-test-results
        description: Security test results (static, dynamic or dependency analysis) for sampled releases from the period, each reviewed before the release was deployed.
        frequency: per-event

  # seed wrote A.8.22, but 2022 A.8.22 is "Segregation of networks";
  # 2022 "Management of technical vulnerabilities" is A.8.8 (2013 A.12.6.1)
  - iso: A.8.8
    tsc: [CC7.1]
    coverage: full
    frequency: monthly
    notes: Vulnerability handling supports Availability through proactive remediation. SOC 2 sampling commonly tests remediation timelines.
    seed: A.8.22 Management of Technical Vulnerabilities
    corrected: >-
      seed had CC7.1 and A1.1. CC7.1 (detects newly discovered vulnerabilities) stands. A1.1 is
      capacity management; remediating vulnerabilities helps availability only indirectly and no
      availability criterion tests it. A1.1 is dropped.

  # seed wrote A.8.24, but 2022 A.8.24 is "Use of cryptography";
  # 2022 "Logging" is A.8.15 (2013 A.12.4.1)
  - iso: A.8.15
    tsc: [CC7.2]
    coverage: full
    frequency: daily
    notes: Logging contributes to understanding service impact and incident diagnosis. SOC 2 requires logs tied to investigations.
    seed: A.8.24 Logging
    corrected: >-
      seed had CC7.2 and A1.3. CC7.2 stands. A1.3 is testing recovery plan procedures (restores,
      failover exercises); logs help diagnose an outage but are not a recovery test. A1.3 is dropped.

  - iso: A.8.27
    tsc: [CC8.1, A1.2]
    coverage: full
    notes: Architecture considerations support ongoing maintainability and reliability required by Availability criteria.
    seed: A.8.27 Secure System Architecture and Engineering Principles
    corrected: >-
      seed had CC3.2 and A1.1. CC3.2 is the entity-level risk assessment; engineering principles are
      applied when systems are designed and built, which SOC 2 tests under CC8.1 (designs and
      develops changes). A1.1 is capacity management; the reliability the seed means is designed-in
      redundancy and recovery infrastructure, A1.2.

  # seed wrote A.9.3 (not a 2022 id; the 2013 control is A.9.2.3 "Management of privileged access rights");
  # 2022 "Privileged access rights" is A.8.2
  - iso: A.8.2
    tsc: [CC6.2, CC6.3]
    coverage: partial
    notes: Privileged controls protect Confidentiality. SOC 2 requires evidence of reviews and confirmations.
    seed: A.9.3 Privileged Access Rights
    corrected: >-
      seed had CC6.2 and C1.1. CC6.2 (access authorized before it is granted) stands. C1.1 is
      identifying confidential information and protecting it from destruction over its retention;
      restricting privileged access protects every objective and is tested under CC6.3 (least
      privilege; reviews access roles), where the privileged access reviews are sampled.
    evidence:
      - id: privileged-access-review
        description: The most recent periodic review of privileged accounts, listing each account with the reviewer confirmation or removal decision and the review date.
        frequency: quarterly
      - id: privileged-access-approvals
        description: Approval records (tickets or access-request logs) for sampled privileged access grants, showing who approved each grant and when, before access was given.
        frequency: per-event
        min_samples: 10

  # seed wrote A.9.5 (not a 2022 id; the 2013 control is A.9.4.5 "Access control to program source code");
  # 2022 "Access to source code" is A.8.4
  - iso: A.8.4
    tsc: [CC6.1, CC8.1]
    coverage: full
    frequency: quarterly
    notes: Restricting code access protects confidentiality and integrity of internal systems. SOC 2 typically samples access lists.
    seed: A.9.5 Access to Source Code
    corrected: >-
      seed had CC6.6 and PI1.1. CC6.6 protects the system boundary against outside threats and PI1.1
      is the definition of processing specifications; neither is about who may read or change source
      code. Restricting access to source code is CC6.1 (restricts logical access to software) and
      part of CC8.1 (only authorized changes reach the code base).

  # seed wrote A.10.1 (ISO 27001:2013 numbering: A.10.1 "Cryptographic controls");
  # 2022 "Use of cryptography" is A.8.24
  - iso: A.8.24
    tsc: [C1.1]
    coverage: full
    notes: Encryption provides direct support for Confidentiality criteria. SOC 2 looks for key lifecycle evidence.
    seed: A.10.1 Cryptographic Controls

  # seed wrote A.10.2 (not a 2022 id; the 2013 control is A.10.1.2 "Key management");
  # in 2022 key management is part of A.8.24 "Use of cryptography"
  - iso: A.8.24
    tsc: [C1.1]
    coverage: full
    notes: Key management practices are directly relevant to confidentiality. SOC 2 requires verification of enforcement and rotation procedures.
    seed: A.10.2 Key Management

  # seed wrote A.11.1 (not a 2022 id; in 2013 A.11.1 is "Secure areas" and logging/monitoring is A.12.4);
  # by title this is 2022 A.8.15 "Logging" \u2014 this row \u2014 and A.8.16 "Monitoring activities"
  - iso: A.8.15
    tsc: [CC7.2]
    coverage: full
    frequency: daily
    notes: Monitoring user actions is relevant to confidentiality protections. Evidence depth is the differentiator under SOC 2.
    seed: A.11.1 Logging and Monitoring of Activities
    corrected: >-
      seed had C1.1 and CC7.2. CC7.2 stands. C1.1 is identifying confidential information and
      protecting it from destruction over its retention; logging user activity protects every
      objective and is tested under CC7.2, not C1.1. C1.1 is dropped.

  # seed wrote A.11.1 (not a 2022 id; in 2013 A.11.1 is "Secure areas" and logging/monitoring is A.12.4);
  # by title this is 2022 A.8.15 "Logging" and A.8.16 "Monitoring activities" \u2014 this row
  - iso: A.8.16
    tsc: [CC7.2]
    coverage: full
    frequency: daily
    notes: Monitoring user actions is relevant to confidentiality protections. Evidence depth is the differentiator under SOC 2.
    seed: A.11.1 Logging and Monitoring of Activities
    corrected: >-
      seed had C1.1 and CC7.2. CC7.2 stands. C1.1 is identifying confidential information and
      protecting it from destruction over its retention; monitoring user activity protects every
      objective and is tested under CC7.2, not C1.1. C1.1 is dropped.

  # seed wrote A.11.3 (not a 2022 id; the 2013 control is A.18.2.3 "Technical compliance review");
  # 2022 "Compliance with policies, rules and standards for information security" is A.5.36
  # (the correspondence also lists A.8.8 for A.18.2.3; this row is filed under A.5.36 only)
  - iso: A.5.36
    tsc: [CC7.1]
    coverage: full
    frequency: quarterly
    notes: Ongoing assessments support evaluation of confidentiality controls. SOC 2 will verify assessment records or tool output.
    seed: A.11.3 Assessment for Technical Compliance

  # =============================================================================================
  # crosswalk rows (not from the seed)
  # =============================================================================================

  # --- CC1 Control environment ---

  - iso: "5.1"
    tsc: [CC1.1, CC1.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 5.1 against the CC1.1 and CC1.2 points of focus (sets the tone at the top, establishes standards of conduct, operates independently)
    notes: >-
      Clause 5.1 makes top management lead and commit to the ISMS, which is the tone at the top of
      CC1.1. SOC 2 asks for two things ISO does not require: written standards of conduct that
      personnel commit to (CC1.1), and a board or equivalent body, independent of management, that
      oversees internal control (CC1.2). The auditor inspects both.
    evidence:
      - id: board-oversight-minutes
        description: Minutes of the board or a board committee from the period, showing it discussed security, risk and internal control matters and which of its members are independent of management.
        frequency: annual
      - id: code-of-conduct-approved
        description: The current code of conduct (standards of integrity and ethical behaviour) with its approval by senior management or the board and the approval date.
        frequency: annual

  - iso: "5.3"
    tsc: [CC1.3]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 5.3 against CC1.3 (establishes reporting lines; defines, assigns and limits authorities and responsibilities)
    notes: >-
      Clause 5.3 requires top management to assign and communicate the responsibilities and
      authorities for ISMS roles, including reporting on ISMS performance to top management. That
      is CC1.3's structures, reporting lines and authorities; the SOC 2 auditor inspects the same
      organization chart and role assignments the ISO auditor does.

  - iso: "7.2"
    tsc: [CC1.4, CC1.5]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 7.2 against CC1.4 (evaluates competence) and CC1.5 (establishes performance measures, evaluates performance)
    notes: >-
      Clause 7.2 requires the competence of people doing ISMS work to be determined, acquired and
      retained as documented evidence. SOC 2 looks wider: CC1.4 covers attracting, developing and
      retaining competent people across the system, and CC1.5 holds them accountable through
      performance measures and evaluations. ISO has no performance-evaluation requirement, so the
      auditor samples evaluations as well as competence records.
    evidence:
      - id: role-competence-records
        description: For sampled people in security-relevant roles, the job description stating the competence required and the training or qualification records showing they have it.
        frequency: annual
      - id: performance-evaluations
        description: Completed performance evaluations from the last review cycle for sampled employees, each assessing how the person met their security and control responsibilities.
        frequency: annual

  - iso: A.5.4
    tsc: [CC1.1, CC1.5]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.4 against CC1.1 (evaluates adherence to standards of conduct) and CC1.5 (enforces accountability)
    notes: >-
      A.5.4 makes management require all personnel to apply information security in line with the
      policies. ISO states the duty; SOC 2 tests that managers enforce it \u2014 deviations are noticed
      and followed up (CC1.1 addresses deviations in a timely manner; CC1.5 enforces
      accountability). The auditor asks for the follow-up records.
    evidence:
      - id: manager-follow-up-records
        description: Records from the period of managers following up personnel who missed mandatory security training, policy acknowledgements or access reviews, with the outcome of each follow-up.
        frequency: quarterly

  - iso: A.6.1
    tsc: [CC1.1, CC1.4]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.1 against the CC1.1 and CC1.4 points of focus on considering the background of individuals
    notes: >-
      A.6.1 requires background verification of candidates before they join, proportional to the
      risk of the role. SOC 2 counts it towards CC1.1 and CC1.4 and tests it by sampling new hires
      from the whole period: each must have a completed check dated before the start date. The rule
      is the same; SOC 2 differs in sampling the population.
    evidence:
      - id: background-check-records
        description: Background check records for sampled new hires (employees and contractors) from the period, each showing the check level, the result and a completion date on or before the start date.
        frequency: per-event
        min_samples: 10

  - iso: A.6.2
    tsc: [CC1.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.2 against CC1.1 (establishes standards of conduct; considers contractors and vendor employees)
    notes: >-
      A.6.2 puts personnel's and the organization's security responsibilities into the employment
      contract. CC1.1 expects people to commit to the standards of conduct when they join; SOC 2
      samples new hires and contractors for the signed terms.
    evidence:
      - id: signed-employment-terms
        description: Signed employment or contractor agreements for sampled new hires from the period, each containing the security and conduct terms and signed on or before the start date.
        frequency: per-event
        min_samples: 10

  - iso: A.6.4
    tsc: [CC1.1, CC1.5]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.4 against CC1.1 (addresses deviations in a timely manner) and CC1.5 (evaluates performance and rewards or disciplines individuals)
    notes: >-
      A.6.4 requires a formalized, communicated disciplinary process for policy violations. CC1.1
      expects deviations from the standards of conduct to be addressed in a timely manner, and CC1.5
      that accountability is actually enforced: the auditor asks which violations occurred in the
      period and what action followed. ISO requires the process; SOC 2 wants its outcomes.
    evidence:
      - id: disciplinary-case-log
        description: The log of information security policy violations in the period with the disciplinary action taken for each, or HR's signed statement that there were none.
        frequency: annual

  - iso: A.5.10
    tsc: [CC1.1, CC5.3]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.10 against CC1.1 (establishes standards of conduct) and CC5.3 (deploys policies)
    notes: >-
      A.5.10 requires rules for the acceptable use of information and assets to be documented and
      implemented. They are standards of conduct (CC1.1) deployed as policy (CC5.3). SOC 2 samples
      personnel to see that each accepted the rules when joining.
    evidence:
      - id: acceptable-use-acknowledgements
        description: Acceptable-use acknowledgements for sampled new hires and contractors from the period, each signed by the start date.
        frequency: per-event
        min_samples: 10

  # --- CC2 Communication and information ---

  - iso: "7.3"
    tsc: [CC2.2]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 7.3 against CC2.2 (communicates responsibilities; communicates information to improve security knowledge and awareness)
    notes: >-
      Clause 7.3 requires everyone working under the organization's control to be aware of the
      policy, their contribution to the ISMS and the implications of not conforming. That is the
      internal communication of objectives and responsibilities CC2.2 asks for, evidenced by the
      same awareness programme records. (Training completion records are the operating evidence
      of A.6.3, which reaches CC2.2 too.)

  - iso: "7.4"
    tsc: [CC2.2, CC2.3]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 7.4 against CC2.2 and CC2.3 (communicates system objectives, commitments and boundaries; enables inbound communications)
    notes: >-
      Clause 7.4 requires the ISMS to decide what to communicate, when, with whom and how,
      internally and externally. It is a plan; SOC 2 tests content and audience. CC2.3 expects the
      system description and service commitments to reach customers, with a channel for them to
      report incidents and complaints; CC2.2 expects objectives and their changes to reach
      personnel. The auditor samples both.
    evidence:
      - id: internal-control-communications
        description: Sampled internal communications from the period (all-hands notes, intranet posts, policy change notices) telling personnel about security objectives, responsibilities or changes to them.
        frequency: quarterly
      - id: external-commitments-communicated
        description: The system description and service commitments as customers receive them (trust page, contract security exhibit or SLA), including how customers report incidents and complaints.
        frequency: annual
  - iso: "9.1"
    tsc: [CC2.1, CC4.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 9.1 against CC2.1 (maintains quality throughout processing) and CC4.1 (considers a mix of ongoing and separate evaluations)
    notes: >-
      Clause 9.1 requires deciding what is monitored and measured, with methods that give valid
      results, when, and who analyses the results. That supplies CC2.1's relevant, quality
      information for internal control and CC4.1's ongoing evaluations. SOC 2 tests that the
      measurements were produced and reviewed during the period, not only defined.
    evidence:
      - id: isms-measurement-reports
        description: The security measurement or KPI report for the last quarter, showing each metric's result against its target and who reviewed it.
        frequency: quarterly

  - iso: A.6.8
    tsc: [CC2.2, CC7.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.8 against CC2.2 (provides separate communication lines) and CC7.2 (implements detection policies, procedures and tools)
    notes: >-
      A.6.8 requires a way for personnel to report observed or suspected security events through
      appropriate channels in good time. SOC 2 tests that the channel works \u2014 sampled staff reports
      reached the security team and were picked up \u2014 for CC2.2 and as a detection source for CC7.2.
      CC2.2 also expects a confidential line for ethics and fraud concerns, which A.6.8 does not
      require.
    evidence:
      - id: staff-event-reports
        description: Sampled security events reported by personnel in the period (phishing reports, lost devices, suspicious activity), each showing when it was reported and when the security team acknowledged it.
        frequency: per-event
        min_samples: 10

  - iso: A.5.14
    tsc: [CC2.3, CC6.7]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.14 against CC6.7 (restricts the ability to perform transmission) and CC2.3 (communicates to external parties)
    notes: >-
      A.5.14 requires transfer rules, procedures or agreements for every kind of transfer facility,
      inside the organization and with other parties. CC6.7 restricts and protects the movement of
      information; CC2.3 communicates the security terms to external parties. SOC 2 tests the
      agreements behind the recurring external transfers that actually happen.
    evidence:
      - id: information-transfer-agreements
        description: Agreements or documented transfer terms for sampled recurring transfers of confidential data to or from external parties, showing the agreed channel and how the data is protected in transit.
        frequency: annual

  # --- CC3 Risk assessment ---

  - iso: "6.2"
    tsc: [CC3.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 6.2 against CC3.1 (specifies operations and compliance objectives; establishes sub-objectives)
    notes: >-
      Clause 6.2 requires measurable information security objectives consistent with the policy
      and the risk results. CC3.1 asks for objectives clear enough to identify risks against; in
      SOC 2 those are the service commitments and system requirements of the system description
      (availability targets, confidentiality commitments). ISMS objectives are often internal
      (training rates, audit findings), so the auditor wants the link to the commitments.
    evidence:
      - id: objectives-mapped-to-commitments
        description: The approved security objectives for the period, each linked to the service commitment or system requirement it supports, with its measure and owner.
        frequency: annual

  - iso: A.5.31
    tsc: [CC3.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.31 against CC3.1 (compliance objectives reflect external laws and regulations)
    notes: >-
      A.5.31 requires legal, statutory, regulatory and contractual requirements to be identified,
      documented and kept up to date, which is what CC3.1's compliance objectives start from. SOC 2
      frames objectives around the service commitments made to customers, so the auditor wants the
      register to include the contractual security, availability and confidentiality commitments,
      not only laws. (Identifying commitments is not communicating them: CC2.3 is left to 7.4 and
      A.5.14.)
    evidence:
      - id: legal-and-contractual-register
        description: The register of legal, regulatory and contractual requirements, including customer security, availability and confidentiality commitments, each with an owner and a review date within the last year.
        frequency: annual

  - iso: "6.1.2"
    tsc: [CC3.2]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 6.1.2 against CC3.2 (analyzes internal and external factors, estimates significance, identifies threats and vulnerabilities)
    notes: >-
      Clause 6.1.2 requires a defined, repeatable risk assessment: risk criteria, risks to
      confidentiality, integrity and availability identified with owners, analysed for likelihood
      and consequence, and evaluated. CC3.2 asks for the same and the auditor reads the same
      assessment and register. (How threat intelligence feeds it is tested on A.5.7; vendor risk on
      CC9.2.)

  - iso: "6.1.2"
    tsc: [CC3.3]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 6.1.2 against CC3.3 (considers various types of fraud; assesses incentives, pressures, opportunities, attitudes and rationalizations)
    notes: >-
      CC3.3 requires the risk assessment to consider the potential for fraud: incentives and
      pressures, opportunities (including misuse of system access and management override) and
      rationalizations. Clause 6.1.2 has no fraud requirement and ISMS risk registers rarely carry
      fraud scenarios; this is one of the most common findings for ISO-certified organizations in
      a first SOC 2 examination.
    evidence:
      - id: fraud-risk-assessment
        description: The fraud risk assessment from the last year (a section of the risk assessment or a separate document) covering fraud types, incentives and pressures, opportunities including misuse of system access and management override, and the responses chosen.
        frequency: annual

  - iso: "8.2"
    tsc: [CC3.2]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 8.2 against CC3.2 (identifies and analyzes risk; includes entity, subsidiary, division, operating unit and functional levels); AICPA's mapping of the TSC to ISO/IEC 27001 lists clause 8.2 under CC3.2
    notes: >-
      Clause 6.1.2 defines the risk assessment process; clause 8.2 requires it to be performed at
      planned intervals and the results kept. CC3.2 tests that the assessment was actually done
      in the period, and the dated assessment and register the ISO auditor reads are the evidence.
      (Assessments triggered by significant changes are evidenced on the 8.2 \u2192 CC3.4 row.)

  - iso: "6.1.3"
    tsc: [CC3.2, CC5.1]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 6.1.3 against CC3.2 (determines how to respond to risks) and CC5.1 (integrates with risk assessment; evaluates a mix of control activity types)
    notes: >-
      Clause 6.1.3 requires risk treatment options to be chosen, the necessary controls determined
      and compared with Annex A, a Statement of Applicability produced and the treatment plan
      approved by the risk owners. That is CC3.2's response to risks and CC5.1's selection of
      control activities that bring risks to acceptable levels; the Statement of Applicability and
      treatment plan are what both auditors inspect.

  - iso: "8.2"
    tsc: [CC3.4]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 8.2 against CC3.4 (assesses changes in the external environment, business model, leadership, systems and vendors)
    notes: >-
      Clause 8.2 requires risk assessments at planned intervals and when significant changes are
      proposed or occur. ISO sets the trigger; CC3.4 tests that the significant changes of the
      period (new product, system, vendor, region, leadership) were each identified and assessed,
      so the auditor picks the changes and looks for the assessment of each.
    evidence:
      - id: change-triggered-risk-assessments
        description: Risk assessments or risk register updates made in the period for significant changes (a new product, system, vendor, region or a re-organization), each dated and tied to the change.
        frequency: per-event
        min_samples: 2

  - iso: A.5.8
    tsc: [CC3.4]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.8 against CC3.4 (assesses changes in systems and technology)
    notes: >-
      A.5.8 integrates information security into project management, with security risks and
      requirements assessed early and throughout each project. For CC3.4 SOC 2 samples projects of
      the period and looks for the documented security assessment of each.
    evidence:
      - id: project-security-assessments
        description: Security risk assessments for sampled projects started or delivered in the period, each showing the risks identified and the security requirements agreed.
        frequency: per-event
        min_samples: 3

  # --- CC4 Monitoring activities ---

  - iso: "9.2"
    tsc: [CC4.1, CC4.2]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 9.2 against CC4.1 (considers a mix of ongoing and separate evaluations; objectively evaluates) and CC4.2 (assesses results; communicates deficiencies to parties responsible for corrective action)
    notes: >-
      Clause 9.2 requires an internal audit programme at planned intervals, with criteria and
      scope, auditors chosen for objectivity and impartiality, and results reported to relevant
      management: CC4.1's separate evaluations and CC4.2's communication of the deficiencies they
      find. The SOC 2 auditor inspects the same programme and reports (keep the programme's scope
      in line with the SOC 2 system description).

  - iso: A.5.35
    tsc: [CC4.1]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.35 against CC4.1 (objectively evaluates; uses knowledgeable personnel)
    notes: >-
      A.5.35 requires the approach to information security and its implementation to be reviewed
      independently at planned intervals and on significant change \u2014 an objective, separate
      evaluation under CC4.1. The independent review report is the evidence in both frameworks.

  - iso: A.5.36
    tsc: [CC4.1]
    coverage: full
    frequency: quarterly
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.36 against CC4.1 (integrates with business processes; considers different types of evaluations)
    notes: >-
      The seed maps A.5.36 to CC7.1. Its regular reviews of compliance with the policy,
      topic-specific policies, rules and standards are also CC4.1's ongoing evaluations of whether
      controls are present and functioning; the review records are the same.

  - iso: "9.3"
    tsc: [CC1.2, CC4.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 9.3 against CC4.2 (communicates deficiencies; monitors corrective action) and CC1.2 (establishes oversight responsibilities)
    notes: >-
      Clause 9.3 requires top management to review the ISMS at planned intervals with defined
      inputs (nonconformities, audit results, risk status) and outputs (improvement decisions).
      SOC 2 uses it for CC4.2 \u2014 deficiencies reach senior management and are corrected \u2014 and for
      the oversight of CC1.2. What SOC 2 adds is follow-through: the auditor checks the decisions
      were tracked to closure, not only minuted.
    evidence:
      - id: management-review-minutes
        description: Minutes of the last management review showing the attendees, the clause 9.3.2 inputs considered and the decisions taken.
        frequency: annual
      - id: management-review-actions
        description: The action log from the last management review, each action with an owner, a due date and its current status, showing overdue actions were escalated.
        frequency: annual

  - iso: "10.2"
    tsc: [CC4.2]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 10.2 against CC4.2 (assesses results, communicates deficiencies, monitors corrective action)
    notes: >-
      Clause 10.2 requires each nonconformity to be reacted to, its causes evaluated, corrective
      action taken and its effectiveness reviewed, all documented. That is CC4.2's evaluation,
      communication and correction of control deficiencies; the corrective-action register is
      what both auditors inspect.

  # --- CC5 Control activities ---

  - iso: A.8.25
    tsc: [CC5.2, CC8.1]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.25 against CC5.2 (establishes technology acquisition, development and maintenance process control activities) and CC8.1 (manages changes throughout the system life cycle; designs and develops changes)
    notes: >-
      A.8.25 requires rules for the secure development of software and systems to be established
      and applied: separate environments, secure coding guidance, security requirements in design,
      checkpoints, secure repositories and version control. Those are CC5.2's general control
      activities over technology development and maintenance, and the life-cycle frame of CC8.1.
      The records a SOC 2 auditor samples for CC8.1 (code reviews, tested and approved changes)
      are asked for on the A.8.28, A.8.29 and A.8.32 rows.

  - iso: A.5.37
    tsc: [CC5.2, CC5.3]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.37 against CC5.3 (establishes policies and procedures to support deployment of management's directives) and CC5.2 (technology infrastructure control activities)
    notes: >-
      A.5.37 requires documented operating procedures for information processing facilities
      (installation, backup, scheduling, error handling, restart and recovery, monitoring,
      maintenance), available to the people who need them. They are CC5.3's procedures that put
      policy into action and CC5.2's technology infrastructure control activities; whether each
      procedure operates is tested under the criterion it serves.

  - iso: A.5.3
    tsc: [CC1.3, CC5.1, CC6.3]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.3 against CC1.3 (defines, assigns and limits authorities and responsibilities), CC5.1 (addresses segregation of duties) and CC6.3 (uses role-based access controls)
    notes: >-
      A.5.3 requires conflicting duties and areas of responsibility to be segregated: CC1.3 limits
      authorities, CC5.1 names segregation of duties. SOC 2 tests whether the segregation holds in
      the systems: the auditor compares role assignments with the segregation matrix (nobody can
      both approve and deploy a change, or both request and approve access) for CC1.3, CC5.1 and
      CC6.3.
    evidence:
      - id: segregation-of-duties-review
        description: The latest review of role assignments in in-scope systems against the segregation-of-duties matrix, listing the conflicts found and how each was removed or compensated.
        frequency: annual

  # --- CC6 Logical and physical access controls ---

  - iso: A.5.15
    tsc: [CC6.1]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.15 against CC6.1 (restricts logical access; manages points of access; identifies and authenticates users); AICPA's mapping of the TSC to ISO/IEC 27001 files the access control policy (2013 A.9.1.1, now A.5.15) under CC6.1
    notes: >-
      The seed files A.5.15 under CC6.2 and CC6.3 only. Its rules for physical and logical access,
      set from business and security requirements and implemented, are first of all CC6.1's
      logical access security over protected information assets; the auditor inspects the access
      rules in force (identity provider, cloud console, application roles), not the policy alone.

  - iso: A.5.16
    tsc: [CC6.1]
    coverage: full
    frequency: weekly
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.16 against CC6.1 (identifies and authenticates users \u2014 persons, infrastructure and software are identified before they access information assets)
    notes: >-
      A.5.16 manages the full life cycle of identities: unique identities for people and systems,
      shared identities only where justified, identities removed when no longer needed. CC6.1
      requires every person, service and device to be identified before it reaches protected
      assets, which is the same control; the seed's row takes the registration side to CC6.2.
      Identities are created and removed as people join and leave, so SOC 2 samples them from the
      period (weekly band: a few dozen a year).

  - iso: A.5.18
    tsc: [CC6.3]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.18 against CC6.3 (creates, modifies or removes access based on authorization; uses role-based access; reviews access roles and rules); the user access reviews the seed's A.5.18 note says SOC 2 samples
    notes: >-
      A.5.18 requires access rights to be provisioned, reviewed, modified and removed according to
      the access control policy. The seed takes it to CC6.2 (registration and removal); the role
      and least-privilege half is CC6.3, and the review of access rights that both criteria name
      is what the seed's note says SOC 2 samples. ISO asks for reviews "at regular intervals";
      SOC 2 expects each quarter of the period to have one, with every change it decided carried
      out.
    evidence:
      - id: access-review-records
        description: The quarter's user access review for each in-scope system, listing every account with its role, the reviewer's keep, change or remove decision and the ticket that carried out each change.
        frequency: quarterly

  - iso: A.5.9
    tsc: [CC6.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.9 against CC6.1 (identifies and manages the inventory of information assets)
    notes: >-
      A.5.9 requires an accurate, up-to-date inventory of information and associated assets, with
      owners. CC6.1 names the same thing; the SOC 2 auditor tests completeness by comparing the
      inventory with what actually exists in the cloud accounts, device management and SaaS
      consoles.
    evidence:
      - id: asset-inventory-current
        description: The asset inventory as of the last quarter, each asset with an owner and a classification, reconciled against system-generated listings (cloud accounts, device management, SaaS admin consoles).
        frequency: quarterly

  - iso: A.5.17
    tsc: [CC6.1, CC6.6]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.17 against CC6.1 (manages credentials for infrastructure and software) and CC6.6 (protects identification and authentication credentials)
    notes: >-
      A.5.17 controls how authentication information is allocated and managed. SOC 2 tests the
      enforced configuration rather than the procedure: password, MFA and session rules in the
      identity provider, and how service secrets are stored and rotated.
    evidence:
      - id: authentication-configuration
        description: An export of the enforced authentication settings for in-scope systems (identity provider password, MFA and session policies; secrets manager storage and rotation settings).
        frequency: annual

  - iso: A.8.18
    tsc: [CC6.1, CC6.3]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.18 against CC6.1 (restricts logical access) and CC6.3 (reviews access roles and rules)
    notes: >-
      A.8.18 restricts and tightly controls utility programs that can override system and
      application controls. SOC 2 tests who can use them (break-glass accounts, database consoles,
      root or hypervisor tools) as part of restricted access and least privilege, through a
      periodic review.
    evidence:
      - id: privileged-utility-access-review
        description: The latest quarterly review of who can run privileged utilities and break-glass tooling, with the reviewer's keep or remove decision for each person.
        frequency: quarterly

  - iso: A.8.22
    tsc: [CC6.1, CC6.6]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.22 against CC6.1 (considers network segmentation) and CC6.6 (implements boundary protection systems)
    notes: >-
      A.8.22 segregates groups of information services, users and systems in the networks. It is
      CC6.1's network segmentation and part of CC6.6's boundary protection; the auditor inspects the
      same network design and segmentation rules the ISO auditor does.

  - iso: A.7.7
    tsc: [CC6.1, C1.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.7 against CC6.1 (restricts logical access) and C1.1 (protects confidential information)
    notes: >-
      A.7.7 requires clear desk rules for papers and removable media and clear screen rules for
      information processing facilities. SOC 2 does not name clear desk, but auditors test its
      technical half \u2014 an enforced screen lock \u2014 under CC6.1, and the handling of confidential
      papers under C1.1, and they want periodic checks rather than a policy alone.
    evidence:
      - id: clear-desk-and-screen-checks
        description: The latest periodic clear desk and clear screen walkthrough record, with the findings and follow-up, and the device-management setting that enforces screen lock after inactivity.
        frequency: quarterly

  - iso: A.6.5
    tsc: [CC6.2, C1.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.5 against CC6.2 (removes access to protected assets when appropriate) and C1.1 (protects confidential information)
    notes: >-
      A.6.5 requires the responsibilities that remain valid after termination or change of
      employment, chiefly confidentiality, to be defined, enforced and communicated. SOC 2 tests it
      with a sample of leavers from the period: access removed within the policy deadline (CC6.2)
      and the continuing confidentiality duties reminded at exit (C1.1).
    evidence:
      - id: leaver-offboarding-records
        description: Offboarding records for sampled leavers from the period, each showing the last day, when all access was removed (within the policy deadline) and the exit reminder of continuing confidentiality duties.
        frequency: per-event
        min_samples: 10

  - iso: A.7.1
    tsc: [CC6.4]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.1 against CC6.4 (restricts physical access to facilities and protected information assets)
    notes: >-
      A.7.1 requires security perimeters to be defined and used to protect areas that contain
      information and other associated assets. That is the design of CC6.4's restricted physical
      access. Where production runs at a cloud provider, its data-centre perimeter is tested
      through the provider's own SOC 2 report (see CC9.2).
  - iso: A.7.4
    tsc: [CC6.4]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.4 against CC6.4 (restricts physical access to facilities)
    notes: >-
      A.7.4 requires premises to be continuously monitored for unauthorized physical access
      (guards, alarms, video). Monitoring supports CC6.4 but is not one of its principal points of
      focus, so it cannot carry the criterion alone; SOC 2 asks for proof the monitoring works and
      its alarms are answered.
    evidence:
      - id: physical-monitoring-records
        description: The latest check that intrusion alarms and cameras work, with sampled alarm events from the period and the response to each.
        frequency: annual

  - iso: A.7.6
    tsc: [CC6.4]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.6 against CC6.4 (restricts physical access to protected information assets)
    notes: >-
      A.7.6 sets security measures for working in secure areas (supervised third-party work, no
      unauthorized recording). It narrows who does what inside the CC6.4 perimeter; SOC 2 samples
      the records of third parties working in secure areas.
    evidence:
      - id: secure-area-work-records
        description: Records of sampled third-party or unscheduled work in secure areas during the period, each showing who authorized and who escorted or supervised it.
        frequency: per-event
        min_samples: 3

  - iso: A.7.8
    tsc: [CC6.4, A1.2]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.8 against A1.2 (implements and maintains environmental protection mechanisms) and CC6.4
    notes: >-
      A.7.8 requires equipment to be sited securely and protected from environmental threats and
      unauthorized access \u2014 A1.2's environmental protections and CC6.4's protected information
      assets, inspected the same way in both audits (for cloud-hosted production, through the
      provider's report).

  - iso: A.5.11
    tsc: [CC6.5]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.11 against CC6.5 (identifies data and software for disposal; removes data from entity control)
    notes: >-
      A.5.11 requires personnel and other parties to return the organization's assets when their
      employment or contract changes or ends. SOC 2 tests it with the leavers sample: each device
      came back, so the data on it did not leave with the person before being wiped or reissued.
    evidence:
      - id: asset-return-records
        description: For sampled leavers from the period, the record that each device and other asset issued to them was returned, with the return date.
        frequency: per-event
        min_samples: 10

  - iso: A.7.14
    tsc: [CC6.5, C1.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.14 against CC6.5 (removes data and software from entity control) and C1.2 (destroys confidential information)
    notes: >-
      A.7.14 requires equipment with storage media to be verified so that sensitive data and
      licensed software were removed or securely overwritten before disposal or re-use. That is
      CC6.5 and the physical side of C1.2. The rule is the same in both frameworks; SOC 2 samples
      the disposals of the period and matches each certificate to the asset inventory.
    evidence:
      - id: media-destruction-certificates
        description: Wipe or destruction certificates for sampled devices and storage media disposed of or re-used in the period, each matched to its asset inventory entry.
        frequency: per-event
        min_samples: 5

  - iso: A.7.10
    tsc: [CC6.5, CC6.7]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.10 against CC6.7 (protects removal media) and CC6.5 (removes data from entity control)
    notes: >-
      A.7.10 manages storage media through acquisition, use, transport and disposal according to
      the classification scheme. SOC 2 tests the enforcement on endpoints (removable media blocked
      or encrypted) for CC6.7 and the disposal of media for CC6.5.
    evidence:
      - id: removable-media-controls
        description: The device-management configuration that blocks or encrypts removable media on in-scope endpoints, with its compliance status and any approved exceptions.
        frequency: annual

  - iso: A.8.20
    tsc: [CC6.6]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.20 against CC6.6 (restricts access; implements boundary protection systems)
    notes: >-
      A.8.20 requires networks and network devices to be secured, managed and controlled. CC6.6
      tests the boundary in operation: firewall and security group rules deny by default and the
      rule sets are reviewed periodically, so the auditor samples the review.
    evidence:
      - id: network-rule-review
        description: The latest quarterly review of firewall and security group rules for in-scope networks, with the reviewer's keep, change or remove decision for each rule.
        frequency: quarterly

  - iso: A.8.21
    tsc: [CC6.6]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.21 against CC6.6 (implements boundary protection systems)
    notes: >-
      A.8.21 requires the security mechanisms, service levels and requirements of network services
      (CDN, WAF, DNS, connectivity) to be identified, implemented and monitored. They are CC6.6's
      boundary protection systems, inspected through the same configuration in both audits.

  - iso: A.6.7
    tsc: [CC6.6]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.7 against CC6.6 (requires additional authentication or credentials for access from outside the boundary)
    notes: >-
      A.6.7 requires security measures when personnel work remotely. CC6.6 tests how access from
      outside the network boundary is restricted \u2014 managed device, MFA, encrypted connection \u2014 and
      a remote-working policy alone does not show that; the auditor wants the enforcing
      configuration.
    evidence:
      - id: remote-access-enforcement
        description: An export of the configuration that enforces the conditions for remote access to internal systems (device trust or posture checks, MFA, VPN or zero-trust proxy policy).
        frequency: annual

  - iso: A.7.9
    tsc: [CC6.7]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.9 against CC6.7 (protects mobile devices)
    notes: >-
      A.7.9 requires assets used off-site (laptops, phones) to be protected. That is CC6.7's
      protection of mobile devices; fleet-wide encryption is evidenced under A.8.1.

  - iso: A.8.1
    tsc: [CC6.7, CC6.8]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.1 against CC6.7 (protects mobile devices) and CC6.8 (uses antivirus and anti-malware software; restricts software installation)
    notes: >-
      A.8.1 protects information on, processed by or reachable from user endpoint devices. ISO
      audits check the policy and a few devices; SOC 2 tests the whole fleet against the inventory \u2014
      disk encryption (CC6.7), malware protection and restricted installation (CC6.8) \u2014 from the
      device-management and EDR compliance report.
    evidence:
      - id: endpoint-compliance-report
        description: A device-management or EDR compliance report from the last quarter covering all in-scope endpoints, showing encryption, agent health and OS patch status, reconciled to the asset inventory.
        frequency: quarterly

  - iso: A.8.12
    tsc: [CC6.7, C1.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.12 against CC6.7 (restricts the ability to perform transmission) and C1.1 (protects confidential information)
    notes: >-
      A.8.12 applies data leakage prevention to systems, networks and devices holding sensitive
      information. SOC 2 tests the rules in force and what happened to the alerts they raised, as
      a restriction on transmission (CC6.7) and a protection of confidential information (C1.1).
    evidence:
      - id: dlp-rules-and-alerts
        description: The data leakage prevention rules in force and sampled alerts from the period, each with its triage outcome.
        frequency: per-event

  - iso: A.8.7
    tsc: [CC6.8]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.7 against CC6.8 (uses antivirus and anti-malware software)
    notes: >-
      A.8.7 requires protection against malware, supported by user awareness. That is CC6.8's
      prevention and detection of malicious software, inspected the same way; fleet coverage is
      evidenced under A.8.1.

  - iso: A.8.23
    tsc: [CC6.8]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.23 against CC6.8 (scans information assets from outside the entity for malware)
    notes: >-
      A.8.23 manages access to external websites to reduce exposure to malicious content. It
      supports CC6.8 but cannot carry it; SOC 2 inspects the filtering policy in force and that it
      covers the endpoint fleet.
    evidence:
      - id: web-filtering-configuration
        description: The web filtering policy in force (blocked categories, enforcement point) with the number of endpoints it covers.
        frequency: annual

  - iso: A.8.19
    tsc: [CC6.8, CC8.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.19 against CC6.8 (restricts application and software installation) and CC8.1 (deploys system changes)
    notes: >-
      A.8.19 requires procedures to manage software installation on operational systems securely.
      SOC 2 tests that installation is restricted (CC6.8) and that software reaches production only
      through the change process (CC8.1): the auditor inspects how the restriction is enforced and
      who can bypass it.
    evidence:
      - id: software-installation-restrictions
        description: Configuration showing how installation of software on production systems is restricted (immutable images, the deployment pipeline as the only path, no interactive administrator rights), with the list of who can bypass it.
        frequency: annual

  # --- CC7 System operations ---

  - iso: A.8.9
    tsc: [CC7.1]
    coverage: full
    frequency: monthly
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.9 against CC7.1 (uses defined configuration standards; monitors infrastructure and software; implements change-detection mechanisms)
    notes: >-
      A.8.9 requires configurations, including security configurations, to be established,
      documented, implemented, monitored and reviewed. CC7.1 asks for defined configuration
      standards and detection of changes to them; the drift monitoring ISO requires is what the
      SOC 2 auditor inspects.

  - iso: A.5.6
    tsc: [CC7.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.6 against CC7.1 (detecting newly discovered vulnerabilities)
    notes: >-
      A.5.6 keeps contact with special interest groups and security forums. For CC7.1 it is one
      source of newly discovered vulnerabilities; SOC 2 looks for advisories that actually arrived
      and were acted on.
    evidence:
      - id: security-advisory-intake
        description: A record from the last quarter of advisories received from security forums, vendors and interest groups, each with the triage decision or the ticket it produced.
        frequency: quarterly

  - iso: A.8.17
    tsc: [CC7.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.17 against CC7.2 (designs detection measures; implements filters to analyze anomalies)
    notes: >-
      A.8.17 synchronizes clocks to approved time sources so events can be correlated. It supports
      CC7.2's analysis of anomalies but cannot carry the criterion; SOC 2 inspects the time source
      configuration of the logging and production systems.
    evidence:
      - id: time-synchronization-configuration
        description: The time synchronization configuration of in-scope production and logging systems, naming the approved time source and how drift is alerted.
        frequency: annual

  - iso: A.5.24
    tsc: [CC7.3, CC7.4, CC7.5]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.24 against CC7.3 (responds to security incidents per defined procedures; evaluates events), CC7.4 (assigns roles and responsibilities; develops communication protocols) and CC7.5 (implements incident-recovery plan testing)
    notes: >-
      A.5.24 requires incident management to be planned and prepared: processes, roles and
      responsibilities defined, established and communicated, including how events are assessed
      and classified. SOC 2 tests the plan in use \u2014 the criteria for declaring an incident (CC7.3),
      roles and communication protocols (CC7.4) \u2014 and that the response and recovery plan was
      exercised in the period (CC7.5), which ISO does not require.
    evidence:
      - id: incident-response-exercise
        description: The report of an incident response test or tabletop exercise held in the last year, with the scenario, participants, findings and the plan updates that followed.
        frequency: annual

  - iso: A.5.26
    tsc: [CC7.4]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.26 against CC7.4 (contains, mitigates and ends security incidents; communicates remediation activities)
    notes: >-
      A.5.26 requires incidents to be responded to according to the documented procedures. ISO and
      SOC 2 agree on the rule; SOC 2 tests it on the incidents of the period \u2014 each contained,
      resolved and communicated to affected parties as the plan and customer commitments say.
    evidence:
      - id: incident-response-records
        description: Records of the security incidents of the period (all of them when there are few), each showing containment, resolution, communication to affected parties and closure as the plan requires.
        frequency: per-event
        min_samples: 5

  - iso: A.5.27
    tsc: [CC7.5]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.27 against CC7.5 (determines root cause; implements changes to prevent and detect recurrences; improves response and recovery procedures)
    notes: >-
      A.5.27 requires knowledge gained from incidents to be used to strengthen and improve controls.
      That is CC7.5's root cause analysis, preventive changes and improved procedures; the
      lessons-learned records and their actions are the evidence in both audits.

  - iso: A.5.28
    tsc: [CC7.4]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.28 against CC7.4 (obtains understanding of the nature of the incident)
    notes: >-
      A.5.28 requires procedures to identify, collect, acquire and preserve evidence of security
      events. It supports CC7.4's analysis of incidents but not the whole response; SOC 2 looks
      for the procedure applied to a real incident (chain of custody).
    evidence:
      - id: forensic-evidence-records
        description: For a sampled incident of the period, the evidence collection record showing what was preserved, by whom, when and where it is held (chain of custody).
        frequency: per-event
        min_samples: 2

  - iso: A.5.5
    tsc: [CC2.3, CC7.4, P6.6]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.5 against CC2.3 (communicates with regulators and other external parties), CC7.4 (develops and implements communication protocols for security incidents) and P6.6 (provides notice of breaches and incidents)
    notes: >-
      A.5.5 requires contact with relevant authorities to be established and maintained: the
      regulators and authorities among CC2.3's external parties. SOC 2 uses it where incidents and
      breaches must be reported to regulators and law enforcement (CC7.4, P6.6) and checks that the
      contacts and deadlines are current.
    evidence:
      - id: authority-notification-contacts
        description: The current list of authorities to notify (data protection regulator, CERT, law enforcement), with when each must be notified and the deadline, checked within the last year.
        frequency: annual

  # --- CC8 Change management ---

  - iso: A.8.9
    tsc: [CC8.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.9 against CC8.1 (creates baseline configuration of IT technology; configures software)
    notes: >-
      A.8.9's documented configurations are CC8.1's baseline configuration. SOC 2 wants the
      baselines approved, and changes to them made through the change process, so the auditor asks
      for the approved baselines in force.
    evidence:
      - id: approved-configuration-baselines
        description: The approved baseline configurations (hardening standards, base images, infrastructure-as-code modules) in force for in-scope components, with the approver and approval date.
        frequency: annual

  - iso: A.8.31
    tsc: [CC8.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.31 against CC8.1 (tests system changes; deploys system changes)
    notes: >-
      A.8.31 separates development, test and production environments. CC8.1 relies on the
      separation so that changes are tested before they reach production; SOC 2 samples
      deployments to check each build went through the test or staging environment first.
    evidence:
      - id: changes-promoted-through-staging
        description: Sampled production deployments from the period, each showing the same build was deployed to and passed in the test or staging environment before production.
        frequency: per-event
  - iso: A.8.30
    tsc: [CC8.1, CC9.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.30 against CC8.1 (manages changes throughout the system life cycle) and CC9.2 (assesses vendor and business partner performance)
    notes: >-
      A.8.30 requires the organization to direct, monitor and review outsourced development. SOC 2
      tests that outsourced code passes the same change controls as in-house code (CC8.1) and that
      the developer is managed as a vendor (CC9.2).
    evidence:
      - id: outsourced-development-oversight
        description: For each outsourced development engagement in the period, the contract's security requirements and records that its deliveries went through the organization's review and testing before deployment.
        frequency: annual

  # --- CC9 Risk mitigation ---

  - iso: A.5.29
    tsc: [CC9.1]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.29 against CC9.1 (considers mitigation of risks of business disruption)
    notes: >-
      A.5.29 requires planning how to maintain information security at an appropriate level during
      disruption. With A.5.30 it is CC9.1's mitigation of business disruption risk. CC9.1 also
      asks whether insurance is used to mitigate financial impact, which ISO does not cover;
      auditors note it but rarely make it an exception.

  - iso: A.5.30
    tsc: [CC9.1, A1.2]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.30 against CC9.1 and A1.2 (implements alternate processing infrastructure)
    notes: >-
      A.5.30 requires ICT readiness to be planned, implemented, maintained and tested from business
      continuity objectives and requirements (business impact analysis, recovery objectives).
      That is CC9.1's disruption risk mitigation and A1.2's recovery infrastructure. Testing is
      evidenced on the A1.3 row below.

  - iso: A.8.14
    tsc: [CC9.1, A1.2]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.14 against A1.2 (implements alternate processing infrastructure) and CC9.1
    notes: >-
      A.8.14 requires information processing facilities to be implemented with enough redundancy
      to meet availability requirements. That is A1.2's alternate processing infrastructure and
      part of CC9.1; the architecture (zones, replicas, failover) is inspected the same way.

  - iso: A.8.13
    tsc: [CC9.1, A1.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.13 against A1.2 (determines data requiring backup; performs data backup; addresses offsite storage) and CC9.1
    notes: >-
      A.8.13 requires backup copies of information, software and systems to be maintained and
      regularly tested per an agreed backup policy. The policy is shared ground; SOC 2 samples the
      daily backup jobs across the period and checks failures were followed up. Restore testing is
      on the A.8.13 \u2192 A1.3 row.
    evidence:
      - id: backup-job-records
        description: Results of sampled backup jobs from across the period (from the backup system's job log), with every failure followed up to a successful backup.
        frequency: daily

  - iso: A.5.19
    tsc: [CC9.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.19 against CC9.2 (assesses vendor and business partner risks)
    notes: >-
      A.5.19 requires processes to manage the information security risks of supplier products and
      services. ISO looks at the process; SOC 2 samples critical and high-risk vendors and asks for
      each one's risk assessment from the last year.
    evidence:
      - id: vendor-risk-assessments
        description: Risk assessments of sampled critical and high-risk vendors performed within the last year, each with the assurance reviewed, findings and the resulting rating.
        frequency: annual

  - iso: A.5.20
    tsc: [CC9.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.20 against CC9.2 (establishes requirements for vendor engagements; obtains confidentiality commitments from vendors)
    notes: >-
      A.5.20 requires information security requirements to be agreed with each supplier. SOC 2
      samples the agreements of vendors with access to the system or its data and reads the
      security, confidentiality, incident notification and right-to-audit terms.
    evidence:
      - id: supplier-agreement-security-terms
        description: Signed agreements of sampled vendors with access to the system or its data, each showing the security, confidentiality and incident notification terms.
        frequency: annual

  - iso: A.5.21
    tsc: [CC9.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.21 against CC9.2 (assesses vendor and business partner risks)
    notes: >-
      A.5.21 manages security risks in the ICT product and service supply chain (components,
      sub-suppliers). SOC 2 treats it as part of vendor risk (CC9.2), and looks at how
      subservice organizations of the key vendors were identified and considered.
    evidence:
      - id: ict-supply-chain-review
        description: The latest review of the ICT supply chain of critical services, listing key components and sub-suppliers (subservice organizations) and the risks identified.
        frequency: annual

  - iso: A.5.22
    tsc: [CC9.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.22 against CC9.2 (assesses vendor and business partner performance; implements procedures for addressing issues identified)
    notes: >-
      A.5.22 requires supplier security practices and service delivery to be monitored, reviewed
      and evaluated regularly. SOC 2 tests it as the annual review of each critical vendor's SOC 2
      or equivalent report \u2014 exceptions, carve-outs and complementary user entity controls mapped
      to the organization's own controls.
    evidence:
      - id: vendor-assurance-reviews
        description: Reviews from the last year of sampled critical vendors' SOC 2 or equivalent reports, each noting exceptions, carved-out subservice organizations and how the complementary user entity controls are met.
        frequency: annual

  - iso: A.5.23
    tsc: [CC9.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.23 against CC9.2 (establishes requirements for vendor engagements; assigns responsibility)
    notes: >-
      A.5.23 requires processes for acquiring, using, managing and exiting cloud services. For
      CC9.2 SOC 2 looks at the shared-responsibility split with each cloud provider and who owns
      the customer-side controls.
    evidence:
      - id: cloud-shared-responsibility-matrix
        description: The shared-responsibility matrix for each in-scope cloud service, naming the customer-side controls and their owners, reviewed within the last year.
        frequency: annual

  # --- A1 Availability ---
  # Capacity (A1.1) is the seed's A.8.6 row, corrected above.

  - iso: A.7.5
    tsc: [A1.2]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.5 against A1.2 (identifies environmental threats; implements and maintains environmental protection mechanisms)
    notes: >-
      A.7.5 requires protection against physical and environmental threats (fire, flood,
      power surges) to be designed and implemented. That is A1.2's environmental protection; for
      cloud-hosted production it is tested through the provider's SOC 2 report.

  - iso: A.7.11
    tsc: [A1.2]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.11 against A1.2 (implements and maintains environmental protection mechanisms)
    notes: >-
      A.7.11 protects information processing facilities from failures of supporting utilities
      (power, cooling, telecoms). That is A1.2's environmental protection mechanisms (UPS,
      generators, redundant cooling), inspected the same way.

  - iso: A.7.12
    tsc: [A1.2]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.12 against A1.2 (implements and maintains environmental protection mechanisms)
    notes: >-
      A.7.12 protects power and data cables from interception, interference and damage. For A1.2
      it is part of the physical infrastructure protection; most SaaS organizations rely on the
      hosting provider's report for it.

  - iso: A.7.13
    tsc: [A1.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.13 against A1.2 (implements and maintains environmental protection mechanisms)
    notes: >-
      A.7.13 requires equipment to be maintained correctly to keep it available. SOC 2 checks the
      maintenance actually happened on the schedule for the equipment the organization itself
      runs.
    evidence:
      - id: equipment-maintenance-records
        description: Maintenance records from the period for equipment the organization operates itself (UPS, cooling, network equipment), against the maintenance schedule.
        frequency: annual

  - iso: A.8.13
    tsc: [A1.3, PI1.5]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.13 against A1.3 (tests integrity and completeness of backup data) and PI1.5 (stores data completely and accurately)
    notes: >-
      A.8.13 asks for backups to be tested regularly; A1.3 tests that restores were actually
      performed and the restored data checked for integrity and completeness, which also supports
      PI1.5's complete and accurate storage. SOC 2 wants the restore records of the period.
    evidence:
      - id: restore-test-records
        description: The latest restore test from the last quarter, showing what was restored, the integrity and completeness checks run on the restored data and the time it took.
        frequency: quarterly

  - iso: A.5.30
    tsc: [A1.3, CC7.5]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.30 against A1.3 (implements business continuity plan testing) and CC7.5 (implements incident-recovery plan testing; restores the affected environment)
    notes: >-
      A.5.30 requires ICT continuity plans to be tested; A1.3 asks for the recovery plan to be
      tested during the period, with results against the recovery objectives and follow-up of
      what failed, and CC7.5 for the recovery from incidents to be tested the same way. ISO leaves
      the frequency to the organization, SOC 2 expects at least yearly.
    evidence:
      - id: continuity-test-report
        description: The report of a disaster recovery or business continuity test from the last year, with recovery time and point achieved against the objectives, issues found and their follow-up.
        frequency: annual

  # --- C1 Confidentiality ---

  - iso: A.5.12
    tsc: [C1.1]
    coverage: full
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.12 against C1.1 (identifies confidential information)
    notes: >-
      A.5.12 requires information to be classified by its confidentiality, integrity, availability
      and stakeholder requirements. That is C1.1's identification of confidential information; the
      classification scheme and its application to the inventory are inspected alike.

  - iso: A.5.13
    tsc: [C1.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.13 against C1.1 (identifies confidential information)
    notes: >-
      A.5.13 requires labelling procedures in line with the classification scheme. SOC 2 does not
      require labels as such, but uses them to test that confidential information can be
      recognized where it lives \u2014 data stores, documents, exports.
    evidence:
      - id: classification-labels-applied
        description: Sampled data stores and documents holding confidential information, each showing the classification label or tag the labelling procedure requires.
        frequency: annual

  - iso: A.6.6
    tsc: [C1.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.6 against C1.1 (identifies and maintains confidential information) and the CC9.2 point of focus on confidentiality commitments
    notes: >-
      A.6.6 requires confidentiality or non-disclosure agreements to be identified, documented,
      reviewed and signed by personnel and other relevant parties. The requirement matches; SOC 2
      samples the signatures of new hires, contractors and third parties given access to
      confidential information in the period.
    evidence:
      - id: signed-ndas
        description: Signed confidentiality or non-disclosure agreements for sampled new hires, contractors and third parties given access to confidential information in the period.
        frequency: per-event
        min_samples: 10

  - iso: A.8.11
    tsc: [C1.1, P4.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.11 against C1.1 (protects confidential information) and P4.1 (uses personal information for intended purposes)
    notes: >-
      A.8.11 requires data masking in line with the access control policy and legal requirements.
      It limits exposure of confidential (C1.1) and personal information (P4.1) to the people and
      purposes that need it; SOC 2 inspects the masking rules in force and where they apply.
    evidence:
      - id: data-masking-rules
        description: The masking or pseudonymization rules in force for confidential and personal data fields, and the systems or views where they apply (non-production, support tools, analytics).
        frequency: annual

  - iso: A.8.33
    tsc: [C1.1, CC8.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.33 against C1.1 (protects confidential information) and the CC8.1 point of focus on protecting confidential information in changes
    notes: >-
      A.8.33 requires test information to be selected, protected and managed. For C1.1 SOC 2
      checks that confidential production data does not end up in test environments, or is masked
      when it must; CC8.1's point of focus on protecting confidential information during system
      design, development and testing asks the same of the change process.
    evidence:
      - id: test-data-protection
        description: Evidence of how test data is produced and protected, such as the control that prevents copying production data to non-production accounts or the masking job's configuration and last run.
        frequency: annual

  - iso: A.5.33
    tsc: [C1.1, PI1.5]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.33 against C1.1 (protects confidential information from destruction) and PI1.5 (protects stored items; archives and protects system records)
    notes: >-
      A.5.33 protects records from loss, destruction, falsification and unauthorized access or
      release. C1.1 protects confidential information from destruction during its retention period
      and PI1.5 stores data completely and accurately; SOC 2 inspects how the stores are protected
      in practice (immutability, versioning, access).
    evidence:
      - id: records-protection-configuration
        description: Configuration of the stores holding records and customer data (object lock or immutability, versioning, access restrictions), showing they are protected against deletion and alteration.
        frequency: annual

  - iso: A.5.33
    tsc: [C1.2, P4.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.33 against C1.2 (identifies confidential information for destruction) and P4.2 (retains personal information)
    notes: >-
      A.5.33's guidance asks for retention schedules. C1.2 and P4.2 test that information is kept
      for the defined period and then identified for disposal; ISO asks for the schedule, SOC 2
      also for proof that it is applied to the data stores.
    evidence:
      - id: retention-schedule
        description: The approved retention schedule listing each category of records, confidential information and personal information with its retention period and basis.
        frequency: annual
      - id: retention-enforcement
        description: Configuration or job records showing the retention periods are applied in the main data stores (lifecycle rules, purge jobs), with the last run.
        frequency: annual

  - iso: A.8.10
    tsc: [C1.2, P4.3]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.10 against C1.2 (destroys confidential information) and P4.3 (captures, identifies and flags requests for deletion; disposes of personal information)
    notes: >-
      A.8.10 requires information to be deleted when no longer required. C1.2 and P4.3 test that it
      happened \u2014 customer data deleted at contract end, retention-expiry purges, deletion requests
      honoured, including backups within the stated time \u2014 on a sample of the period's deletions.
    evidence:
      - id: data-deletion-records
        description: Records of sampled deletions in the period (customer data at contract end, retention-expiry purges, deletion requests), each showing what was deleted, when, and the confirmation.
        frequency: per-event
        min_samples: 10

  # --- PI1 Processing integrity ---
  # ISO/IEC 27001 protects the integrity of information but does not ask for processing-integrity
  # specifications or input, processing and output controls, so every row here is partial.

  - iso: A.8.26
    tsc: [PI1.1, PI1.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.26 against PI1.1 (defines information specifications and data necessary) and PI1.2 (defines characteristics of processing inputs; evaluates processing inputs)
    notes: >-
      A.8.26 requires information security requirements to be identified when applications are
      developed or acquired, including integrity of transactional services. PI1.1 asks more: the
      processing specifications (inputs, processing rules, outputs) defined and communicated to
      users; PI1.2 asks for input controls that check completeness and accuracy. ISO requires
      neither, so both are evidenced here.
    evidence:
      - id: processing-specifications
        description: The documented processing specifications for in-scope services (input definitions, processing rules, output definitions) as communicated to users, for example API or product documentation, reviewed within the last year.
        frequency: annual
      - id: input-validation-controls
        description: The input validation rules for the main input channels (schemas, edit checks, rejection handling) and sampled records of rejected or corrected inputs from the period.
        frequency: per-event

  - iso: A.8.28
    tsc: [PI1.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.28 against PI1.2 (evaluates processing inputs; creates and maintains records of system inputs)
    notes: >-
      A.8.28's secure coding principles include validating inputs, which is PI1.2's check that
      inputs are complete and accurate; SOC 2 looks for that check being enforced on real changes,
      not only written in a guideline. (Output encoding, the other half of the principle, is a
      defence against injection, not PI1.4's complete and accurate delivery of output: PI1.4 is
      reached through A.5.14.)
    evidence:
      - id: input-output-validation-checks
        description: Static analysis or code review rules that require input validation and output encoding, with their results for sampled releases from the period.
        frequency: per-event

  - iso: A.8.16
    tsc: [PI1.3]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.16 against PI1.3 (detects and corrects production errors; records system processing activities)
    notes: >-
      A.8.16 monitors networks, systems and applications for anomalous behaviour. PI1.3 needs
      monitoring aimed at processing itself \u2014 failed jobs, reconciliation breaks, late runs \u2014 and
      the correction of each; SOC 2 samples those exceptions.
    evidence:
      - id: processing-exception-records
        description: Sampled processing exceptions from the period (failed or late jobs, reconciliation breaks, rejected outputs), each showing how it was detected and corrected.
        frequency: per-event

  - iso: A.5.14
    tsc: [PI1.4]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.14 against PI1.4 (distributes output only to intended parties; creates and maintains records of system output activities)
    notes: >-
      A.5.14's transfer rules protect information sent to other parties. PI1.4 asks that outputs
      reach only the intended recipients, complete and accurate, with a record of delivery; SOC 2
      samples output deliveries.
    evidence:
      - id: output-delivery-records
        description: Records of sampled output deliveries from the period (reports, exports, API deliveries), each showing the recipient was the intended one and the output was complete.
        frequency: per-event

  # --- P1\u2013P8 Privacy ---
  # ISO/IEC 27001:2022 has one privacy control, A.5.34, which requires the organization to meet
  # the privacy and PII-protection requirements of applicable law and contracts. It carries none
  # of the notice, choice, consent, access or disclosure practices SOC 2's privacy criteria test
  # (ISO/IEC 27701 does), so these rows are partial with specific evidence, and gap where ISO
  # contributes nothing.

  - iso: A.5.34
    tsc: [P1.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P1.1 (provides notice to data subjects; uses clear and conspicuous language)
    notes: >-
      A.5.34 requires the privacy obligations of applicable law to be identified and met; a privacy
      notice is usually one of them, but ISO does not require one. P1.1 tests the notice itself:
      published, current, covering purposes, collection, use, retention, disclosure, rights and
      contact.
    evidence:
      - id: privacy-notice
        description: The privacy notice as published to data subjects, with its version, publication date and the sections on purposes, collection, use, retention, disclosure, rights and contact.
        frequency: annual

  - iso: A.5.34
    tsc: [P2.1, P3.2]
    coverage: gap
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P2.1 (obtains implicit or explicit consent) and P3.2 (obtains explicit consent for sensitive information)
    notes: >-
      Nothing in ISO/IEC 27001:2022 asks for choice and consent: A.5.34 is about protecting PII, not
      about obtaining consent to collect or use it. Consent is reached only through the legal
      requirements register (A.5.31, next row) where law makes consent the basis for processing.

  - iso: A.5.31
    tsc: [P2.1, P3.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.31 against P2.1 (documents and obtains consent) and P3.2 (obtains explicit consent for sensitive information)
    notes: >-
      Where privacy law makes consent the basis for processing, A.5.31 requires that requirement to
      be identified and met. That is the only ISO route to choice and consent. SOC 2 samples the
      consent records themselves: what was consented to, when, against which notice version, and
      explicit consent for sensitive information.
    evidence:
      - id: consent-records
        description: Consent records for sampled data subjects from the period, each showing what was consented to, when, the notice version shown and, for sensitive information, that consent was explicit.
        frequency: per-event

  - iso: A.5.34
    tsc: [P3.1, P4.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P3.1 (limits the collection of personal information) and P4.1 (uses personal information for intended purposes)
    notes: >-
      To meet PII-protection law under A.5.34 an organization needs to know what personal
      information it holds and why, but ISO does not require a record of processing. P3.1 and P4.1
      test that collection and use are limited to the stated purposes, starting from that record.
    evidence:
      - id: personal-data-inventory
        description: The record of processing activities listing each category of personal information, its source, purpose, legal basis, the systems holding it and who may use it, reviewed within the last year.
        frequency: annual

  - iso: A.5.34
    tsc: [P5.1, P5.2]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P5.1 (authenticates data subjects' identity; permits access) and P5.2 (permits data subjects to update or correct personal information)
    notes: >-
      Data subject rights come from the privacy law A.5.34 points to, not from ISO. P5.1 and P5.2
      test the requests of the period: identity verified, access given or correction made within
      the deadline, and denials explained.
    evidence:
      - id: data-subject-request-log
        description: The log of data subject access and correction requests in the period, with sampled requests showing identity verification, the response date against the deadline and the outcome.
        frequency: per-event
        min_samples: 10

  - iso: A.5.34
    tsc: [P6.1, P6.2, P6.7]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P6.1 (discloses personal information only to appropriate third parties), P6.2 (creates and retains record of authorized disclosures) and P6.7 (identifies types of personal information and handling process)
    notes: >-
      A.5.34 covers PII shared with processors only in so far as the law requires. P6.1, P6.2 and
      P6.7 test disclosure as a practice: a list of who receives personal information and why, a
      record of each authorized disclosure (including law-enforcement requests), and the ability to
      account for what is held and disclosed.
    evidence:
      - id: personal-data-disclosure-register
        description: The register of third parties that receive personal information (purpose, categories, legal basis or consent) and the record of authorized disclosures made in the period, including law-enforcement requests.
        frequency: annual

  - iso: A.5.26
    tsc: [P6.3, P6.6]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.26 against P6.3 (creates and retains record of detected or reported unauthorized disclosures) and P6.6 (provides notice of breaches and incidents)
    notes: >-
      A PII breach is a security incident, so A.5.26's response process handles it, but ISO does
      not require a breach register or notification of affected data subjects. P6.3 and P6.6 test
      both: every unauthorized disclosure recorded and assessed, and notices sent to data subjects
      and regulators within the legal and contractual deadlines.
    evidence:
      - id: privacy-breach-register
        description: The register of detected or reported unauthorized disclosures of personal information in the period, each with its assessment, whether notification was required and the notices sent with dates.
        frequency: annual

  - iso: A.5.20
    tsc: [P6.4, P6.5]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.20 against P6.4 (obtains privacy commitments from vendors) and P6.5 (third parties report actual or suspected unauthorized disclosures)
    notes: >-
      A.5.20 puts security requirements into supplier agreements. P6.4 and P6.5 ask for privacy
      commitments specifically: processing only on instructions, sub-processor approval and
      notification of unauthorized disclosures. SOC 2 samples the data processing agreements of
      vendors that handle personal information.
    evidence:
      - id: processor-agreements
        description: Signed data processing agreements of sampled vendors that process personal information, each showing the processing instructions, sub-processor terms and the breach notification obligation and deadline.
        frequency: annual

  - iso: A.5.34
    tsc: [P7.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P7.1 (ensures accuracy, completeness and relevance of personal information)
    notes: >-
      Accuracy of personal information is a privacy-law principle A.5.34 points to; ISO itself
      only protects integrity against unauthorized change. P7.1 tests how personal information is
      kept accurate, complete and relevant in practice.
    evidence:
      - id: personal-data-quality-review
        description: The procedure and the latest records showing personal information is kept accurate, complete and relevant (self-service updates, periodic quality checks, removal of data no longer relevant).
        frequency: annual

  - iso: A.5.34
    tsc: [P8.1]
    coverage: partial
    source: crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P8.1 (addresses inquiries, complaints and disputes; documents and reports compliance review results)
    notes: >-
      ISO checks compliance with A.5.34 through its internal audit, but has no process for privacy
      inquiries, complaints and disputes from data subjects. P8.1 tests both the complaints handled
      in the period and a periodic review of compliance with the privacy commitments.
    evidence:
      - id: privacy-inquiries-and-complaints
        description: The log of privacy inquiries, complaints and disputes in the period, each with the response, resolution and date.
        frequency: annual
      - id: privacy-compliance-review
        description: The latest review of compliance with the privacy notice and privacy commitments, with instances of noncompliance found and their remediation.
        frequency: annual

# Annex A controls deliberately left out of this mapping (every other Annex A control is in at
# least one row; test/mapping-coverage.test.ts keeps this list):
#   A.5.32 Intellectual property rights \u2014 licence and copyright compliance is a legal obligation
#          outside the Trust Services Criteria; SOC 2 auditors do not test it. Its one security
#          effect, software acquired only from known sources, is tested through A.8.19 (CC6.8)
#          and A.8.1 (endpoint installation).
#   A.8.34 Protection of information systems during audit testing \u2014 planning audit tests so they
#          do not disrupt operations matters to the ISMS's own audits; no TSC criterion or point
#          of focus asks for it and no SOC 2 auditor samples it.
`;

// mappings/iso27001-2022-to-soc2-seed.yaml
var iso27001_2022_to_soc2_seed_default = '# The seed mapping, as written: crosswalk\'s `mapping: seed`. Format: SPEC \xA71.2.\n#\n# Every row of the seed (shared/seed/iso27001-2022-to-soc2-mapping.md): its Phase 1 table\n# (14 rows) then its Phase 2 table (13 rows), in the seed\'s order, with its TSC references,\n# coverage and notes exactly as the seed wrote them (markdown emphasis removed). `seed:` is the\n# control cell as the seed wrote it. The seed mixes 2022 and 2013 numbering, so each row is\n# filed under the ISO/IEC 27001:2022 id resolved from the control\'s title (see\n# iso27001-2013-to-2022.json); a comment above a row explains every changed id. Where one seed\n# control corresponds to two 2022 controls the row appears twice, once per 2022 id.\n#\n# Nothing here is corrected: the seed is kept for users who want it as it is. It reaches 22 of\n# the 61 criteria (`mapping lint seed` lists the other 39), and 27 of its 47 ISO\u2192TSC pairs would\n# not survive an auditor\'s reading (a physical-entry control on CC6.1, logical access);\n# `mapping: default` corrects them, with `corrected:` on each such row, and completes the\n# mapping to all 61 criteria (mappings/README.md has the audit).\n#\n# What is crosswalk\'s here, since the seed names none: the evidence requirements on partial\n# rows, derived from the seed\'s notes, with the same ids, frequencies and sample sizes as in the\n# default mapping; and the `frequency` of full rows whose control operates more often than\n# yearly (logging and monitoring daily, capacity and vulnerability management monthly, ...),\n# which sets how often their operating evidence is due.\n\napiVersion: crosswalk/v1\nkind: Mapping\nname: ISO/IEC 27001:2022 to SOC 2 TSC 2017 (seed, as written)\nrows:\n\n  # --- Seed Phase 1 ---\n\n  - iso: A.5.1\n    tsc: [CC1.2, CC1.3]\n    coverage: full\n    notes: ISO policy governance aligns to SOC 2 expectations for documented and approved policies. SOC 2 will require evidence of distribution & review.\n    seed: A.5.1 Policies for Information Security\n\n  - iso: A.5.7\n    tsc: [CC3.2]\n    coverage: partial\n    notes: ISO expects proactive threat awareness; SOC 2 expects threat considerations embedded into risk assessments. Evidence of how intel informs risk must be shown.\n    seed: A.5.7 Threat Intelligence\n    evidence:\n      - id: threat-intel-in-risk-assessment\n        description: Risk assessment records (risk register entries or assessment minutes) showing how specific threat intelligence changed a risk rating or its treatment.\n        frequency: annual\n      - id: threat-intel-source-review\n        description: A log of the threat intelligence sources and advisories reviewed, each with the date, reviewer and triage decision (not relevant, monitor, or actioned with a ticket).\n        frequency: quarterly\n\n  # seed wrote A.6.1 (ISO 27001:2013 numbering: A.6.1.1 "Information security roles and responsibilities");\n  # 2022 A.6.1 is "Screening"; the 2022 control with this title is A.5.2\n  - iso: A.5.2\n    tsc: [CC1.4]\n    coverage: full\n    notes: Clear definition of responsibilities maps well. SOC 2 requires traceability into role assignments and approvals.\n    seed: A.6.1 Roles & Responsibilities\n\n  - iso: A.6.3\n    tsc: [CC5.3]\n    coverage: full\n    notes: ISO requires training planning; SOC 2 validates completion records. Evidence depth is higher under SOC 2.\n    seed: A.6.3 Information Security Awareness & Training\n\n  - iso: A.7.2\n    tsc: [CC6.1]\n    coverage: full\n    notes: Physical access controls align closely; SOC 2 requires logs or supporting evidence for testing.\n    seed: A.7.2 Physical Entry Controls\n\n  # seed wrote A.8.1, but 2022 Annex A A.8.1 is "User endpoint devices";\n  # "Operational planning and control" is ISMS clause 8.1 (not an Annex A control)\n  - iso: "8.1"\n    tsc: [CC2.1]\n    coverage: partial\n    notes: ISO provides structure, SOC 2 needs operational consistency demonstrated through sampled evidence.\n    seed: A.8.1 Operational Planning & Control\n    evidence:\n      - id: operational-plan-approved\n        description: The approved plan and criteria for the ISMS operational processes, showing approver, approval date and the processes, owners and acceptance criteria it covers.\n        frequency: annual\n      - id: operational-procedure-records\n        description: Sampled operational records such as runbook executions or completed checklists, each dated and attributed, showing the documented procedures were followed consistently.\n        frequency: weekly\n\n  - iso: A.8.16\n    tsc: [CC4.1]\n    coverage: full\n    frequency: daily\n    notes: Monitoring expectations support SOC 2 control evaluations. SOC 2 tests alerting and response handling in practice.\n    seed: A.8.16 Monitoring Activities\n\n  - iso: A.8.28\n    tsc: [CC3.2, CC6.6]\n    coverage: partial\n    notes: ISO control supports SOC 2 secure development expectations. SOC 2 typically requires code review evidence and dependency controls.\n    seed: A.8.28 Secure Coding\n    evidence:\n      - id: code-review-records\n        description: Sampled merged changes (pull or merge requests), each showing an approving peer review by someone other than the author recorded before the merge.\n        frequency: per-event\n      - id: dependency-scan-results\n        description: Dependency or software-composition scan output for the in-scope repositories, with each finding triaged (fixed, ticketed or risk-accepted).\n        frequency: monthly\n\n  # seed wrote A.9.1 (ISO 27001:2013 numbering: A.9.1.1 "Access control policy");\n  # 2022 "Access control" is A.5.15\n  - iso: A.5.15\n    tsc: [CC6.2, CC6.3]\n    coverage: full\n    notes: Alignment is strong. SOC 2 requires MFA & provisioning evidence, not just policy presence.\n    seed: A.9.1 Access Control Policy\n\n  # seed wrote A.9.2 (ISO 27001:2013 category "User access management"); in 2022 it is split:\n  # registration/de-registration (2013 A.9.2.1) is A.5.16 "Identity management" \u2014 this row\n  - iso: A.5.16\n    tsc: [CC6.2]\n    coverage: full\n    frequency: weekly\n    notes: Access provisioning and review expectations overlap well. SOC 2 will sample user access reviews.\n    seed: A.9.2 User Access Management\n\n  # seed wrote A.9.2 (ISO 27001:2013 category "User access management"); in 2022 it is split:\n  # provisioning, review and removal (2013 A.9.2.2, A.9.2.5, A.9.2.6) is A.5.18 "Access rights" \u2014 this row\n  - iso: A.5.18\n    tsc: [CC6.2]\n    coverage: full\n    frequency: per-event\n    notes: Access provisioning and review expectations overlap well. SOC 2 will sample user access reviews.\n    seed: A.9.2 User Access Management\n\n  # seed wrote A.9.4 (ISO 27001:2013 category "System and application access control"); in 2022 it is split:\n  # 2013 A.9.4.1 "Information access restriction" is A.8.3 \u2014 this row\n  - iso: A.8.3\n    tsc: [CC6.1, CC6.2]\n    coverage: full\n    notes: ISO and SOC 2 alignment is high \u2014 both require defined controls and monitoring.\n    seed: A.9.4 System & Application Access Control\n\n  # seed wrote A.9.4 (ISO 27001:2013 category "System and application access control"); in 2022 it is split:\n  # 2013 A.9.4.2 "Secure log-on procedures" is A.8.5 "Secure authentication" \u2014 this row\n  - iso: A.8.5\n    tsc: [CC6.1, CC6.2]\n    coverage: full\n    notes: ISO and SOC 2 alignment is high \u2014 both require defined controls and monitoring.\n    seed: A.9.4 System & Application Access Control\n\n  # seed wrote A.10.1 (ISO 27001:2013 numbering: A.10.1 "Cryptographic controls");\n  # 2022 "Use of cryptography" is A.8.24\n  - iso: A.8.24\n    tsc: [CC6.1, CC6.7]\n    coverage: full\n    notes: Encryption expectations align. SOC 2 requires proof of key management, rotation practices where applicable.\n    seed: A.10.1 Cryptographic Controls\n\n  # seed wrote A.11.1 (not a 2022 id; in 2013 A.11.1 is "Secure areas" and logging/monitoring is A.12.4);\n  # by title this is 2022 A.8.15 "Logging" \u2014 this row \u2014 and A.8.16 "Monitoring activities"\n  - iso: A.8.15\n    tsc: [CC7.2]\n    coverage: full\n    frequency: daily\n    notes: ISO logs + SOC alerting expectations complement each other. SOC 2 focuses on investigation outcomes.\n    seed: A.11.1 Logging & Monitoring\n\n  # seed wrote A.11.1 (not a 2022 id; in 2013 A.11.1 is "Secure areas" and logging/monitoring is A.12.4);\n  # by title this is 2022 A.8.15 "Logging" and A.8.16 "Monitoring activities" \u2014 this row\n  - iso: A.8.16\n    tsc: [CC7.2]\n    coverage: full\n    frequency: daily\n    notes: ISO logs + SOC alerting expectations complement each other. SOC 2 focuses on investigation outcomes.\n    seed: A.11.1 Logging & Monitoring\n\n  # seed wrote A.11.2 (not a 2022 id; 2013 equivalent is A.16.1.4 "Assessment of and decision on information security events");\n  # 2022 "Assessment and decision on information security events" is A.5.25\n  - iso: A.5.25\n    tsc: [CC7.3]\n    coverage: partial\n    notes: ISO requires processes; SOC 2 validates incidents with evidence. Retrospective testing fills gaps.\n    seed: A.11.2 Security Event Handling\n    evidence:\n      - id: incident-tickets\n        description: Sampled security event or incident tickets, each showing triage, classification (event or incident, severity) and the decision taken, with timestamps and assignee.\n        frequency: per-event\n      - id: incident-retrospectives\n        description: A post-incident review or tabletop exercise report (retrospective testing of the event-handling process) with findings and follow-up actions.\n        frequency: annual\n\n  # --- Seed Phase 2 ---\n\n  # seed wrote A.7.4, but 2022 A.7.4 is "Physical security monitoring";\n  # 2022 "Securing offices, rooms and facilities" is A.7.3 (2013 A.11.1.3)\n  - iso: A.7.3\n    tsc: [CC6.1, A1.1]\n    coverage: full\n    notes: Physical protections support both Security and Availability criteria. SOC 2 requires logs or physical review evidence during testing.\n    seed: A.7.4 Securing Offices, Rooms and Facilities\n\n  # seed wrote A.8.3, but 2022 A.8.3 is "Information access restriction";\n  # 2022 "Capacity management" is A.8.6 (2013 A.12.1.3)\n  - iso: A.8.6\n    tsc: [A1.2]\n    coverage: full\n    frequency: monthly\n    notes: ISO\u2019s expectation for capacity planning aligns with SOC 2 availability controls. Evidence typically includes monitoring thresholds and capacity plans.\n    seed: A.8.3 Capacity Management\n\n  # seed wrote A.8.14, but 2022 A.8.14 is "Redundancy of information processing facilities";\n  # 2022 "Change management" is A.8.32 (2013 A.12.1.2, A.14.2.2)\n  - iso: A.8.32\n    tsc: [A1.3, CC7.2]\n    coverage: partial\n    notes: Change controls support Availability, but SOC 2 requires audited change tickets and approval workflows. Gaps usually relate to operational proof rather than missing processes.\n    seed: A.8.14 Change Management\n    evidence:\n      - id: change-tickets-approved\n        description: Sampled change tickets, each showing a recorded approval that precedes the production deployment of that change.\n        frequency: per-event\n      - id: change-approval-workflow\n        description: An export of the enforced change-approval workflow configuration, such as branch protection rules requiring review or the CAB approval settings in the ticketing tool.\n        frequency: annual\n\n  # seed wrote A.8.15 "Test Management", but 2022 A.8.15 is "Logging" and no 2022 control is titled "Test management";\n  # the closest is A.8.29 "Security testing in development and acceptance" (2013 A.14.2.8, A.14.2.9)\n  - iso: A.8.29\n    tsc: [PI1.2, PI1.3]\n    coverage: partial\n    notes: Test processes contribute to service reliability. SOC 2 looks for consistent execution and evidence retention.\n    seed: A.8.15 Test Management\n    evidence:\n      - id: test-execution-records\n        description: Test run reports (CI results or test management exports) for sampled releases, showing which tests ran, their results and the release they belong to.\n        frequency: per-event\n      - id: release-acceptance-signoff\n        description: Retained acceptance sign-offs for sampled releases, naming who accepted the release, when, and against which acceptance criteria.\n        frequency: per-event\n\n  # seed wrote A.8.22, but 2022 A.8.22 is "Segregation of networks";\n  # 2022 "Management of technical vulnerabilities" is A.8.8 (2013 A.12.6.1)\n  - iso: A.8.8\n    tsc: [CC7.1, A1.1]\n    coverage: full\n    frequency: monthly\n    notes: Vulnerability handling supports Availability through proactive remediation. SOC 2 sampling commonly tests remediation timelines.\n    seed: A.8.22 Management of Technical Vulnerabilities\n\n  # seed wrote A.8.24, but 2022 A.8.24 is "Use of cryptography";\n  # 2022 "Logging" is A.8.15 (2013 A.12.4.1)\n  - iso: A.8.15\n    tsc: [CC7.2, A1.3]\n    coverage: full\n    frequency: daily\n    notes: Logging contributes to understanding service impact and incident diagnosis. SOC 2 requires logs tied to investigations.\n    seed: A.8.24 Logging\n\n  - iso: A.8.27\n    tsc: [CC3.2, A1.1]\n    coverage: full\n    notes: Architecture considerations support ongoing maintainability and reliability required by Availability criteria.\n    seed: A.8.27 Secure System Architecture and Engineering Principles\n\n  # seed wrote A.9.3 (not a 2022 id; the 2013 control is A.9.2.3 "Management of privileged access rights");\n  # 2022 "Privileged access rights" is A.8.2\n  - iso: A.8.2\n    tsc: [CC6.2, C1.1]\n    coverage: partial\n    notes: Privileged controls protect Confidentiality. SOC 2 requires evidence of reviews and confirmations.\n    seed: A.9.3 Privileged Access Rights\n    evidence:\n      - id: privileged-access-review\n        description: The most recent periodic review of privileged accounts, listing each account with the reviewer confirmation or removal decision and the review date.\n        frequency: quarterly\n      - id: privileged-access-approvals\n        description: Approval records (tickets or access-request logs) for sampled privileged access grants, showing who approved each grant and when, before access was given.\n        frequency: per-event\n        min_samples: 10\n\n  # seed wrote A.9.5 (not a 2022 id; the 2013 control is A.9.4.5 "Access control to program source code");\n  # 2022 "Access to source code" is A.8.4\n  - iso: A.8.4\n    tsc: [CC6.6, PI1.1]\n    coverage: full\n    frequency: quarterly\n    notes: Restricting code access protects confidentiality and integrity of internal systems. SOC 2 typically samples access lists.\n    seed: A.9.5 Access to Source Code\n\n  # seed wrote A.10.1 (ISO 27001:2013 numbering: A.10.1 "Cryptographic controls");\n  # 2022 "Use of cryptography" is A.8.24\n  - iso: A.8.24\n    tsc: [C1.1]\n    coverage: full\n    notes: Encryption provides direct support for Confidentiality criteria. SOC 2 looks for key lifecycle evidence.\n    seed: A.10.1 Cryptographic Controls\n\n  # seed wrote A.10.2 (not a 2022 id; the 2013 control is A.10.1.2 "Key management");\n  # in 2022 key management is part of A.8.24 "Use of cryptography"\n  - iso: A.8.24\n    tsc: [C1.1]\n    coverage: full\n    notes: Key management practices are directly relevant to confidentiality. SOC 2 requires verification of enforcement and rotation procedures.\n    seed: A.10.2 Key Management\n\n  # seed wrote A.11.1 (not a 2022 id; in 2013 A.11.1 is "Secure areas" and logging/monitoring is A.12.4);\n  # by title this is 2022 A.8.15 "Logging" \u2014 this row \u2014 and A.8.16 "Monitoring activities"\n  - iso: A.8.15\n    tsc: [C1.1, CC7.2]\n    coverage: full\n    frequency: daily\n    notes: Monitoring user actions is relevant to confidentiality protections. Evidence depth is the differentiator under SOC 2.\n    seed: A.11.1 Logging and Monitoring of Activities\n\n  # seed wrote A.11.1 (not a 2022 id; in 2013 A.11.1 is "Secure areas" and logging/monitoring is A.12.4);\n  # by title this is 2022 A.8.15 "Logging" and A.8.16 "Monitoring activities" \u2014 this row\n  - iso: A.8.16\n    tsc: [C1.1, CC7.2]\n    coverage: full\n    frequency: daily\n    notes: Monitoring user actions is relevant to confidentiality protections. Evidence depth is the differentiator under SOC 2.\n    seed: A.11.1 Logging and Monitoring of Activities\n\n  # seed wrote A.11.3 (not a 2022 id; the 2013 control is A.18.2.3 "Technical compliance review");\n  # 2022 "Compliance with policies, rules and standards for information security" is A.5.36\n  # (the correspondence also lists A.8.8 for A.18.2.3; this row is filed under A.5.36 only)\n  - iso: A.5.36\n    tsc: [CC7.1]\n    coverage: full\n    frequency: quarterly\n    notes: Ongoing assessments support evaluation of confidentiality controls. SOC 2 will verify assessment records or tool output.\n    seed: A.11.3 Assessment for Technical Compliance\n';

// src/commands/mapping-lint.ts
var lintFormats = ["text", "json"];
var lintHelp = `Usage: crosswalk mapping lint [FILE | default | seed] [options]

Checks a mapping and reports every finding at its file:line:column. FILE is a mapping file;
\`default\` (also when nothing is given) and \`seed\` are the two mappings crosswalk ships. A
file of yours named default or seed is read when written as a path (./seed).
  errors    schema errors (an unknown frequency included), ISO ids not in ISO/IEC 27001:2022
            (2013 ids name their successors), unknown TSC criteria, duplicate
            evidence-requirement ids, partial rows without evidence requirements, corrected: on
            a row without seed:
  warnings  evidence requirements without a frequency, min_samples on a periodic requirement
            and frequency on a row that has no operating evidence (both ignored), criteria no
            full or partial row reaches, rows that repeat an ISO control's criteria, seed titles
            that share no word with the catalog title of their ISO id, evidence-requirement ids
            that look like the same requirement twice, evidence on gap rows

  --format F         text (default) or json
  --output F         write the report to F instead of standard output

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 could not run.`;
var mappingCommand = {
  synopsis: "mapping lint [FILE]      check a mapping file, or the shipped default or seed mapping",
  help: lintHelp,
  async run(args, io) {
    const [subcommand, ...rest] = args;
    if (subcommand === void 0 || subcommand === "-h" || subcommand === "--help") {
      io.stdout.write(`${lintHelp}
`);
      return subcommand === void 0 ? 2 : 0;
    }
    if (subcommand !== "lint") throw new UsageError(`unknown mapping command "${subcommand}"; the one there is: crosswalk mapping lint [FILE | default | seed]`);
    return lint(rest, io);
  }
};
async function lint(args, io) {
  const { values, positionals } = parseFlags(args, { format: { type: "string", default: "text" }, output: { type: "string" } });
  if (values.help) {
    io.stdout.write(`${lintHelp}
`);
    return 0;
  }
  const format = oneOf("--format", values.format, lintFormats);
  if (positionals.length > 1) throw new UsageError(`mapping lint takes one file, got ${positionals.length}: ${positionals.join(" ")}`);
  const name = positionals[0] ?? "default";
  const shipped = shippedMappings.get(name);
  const findings = shipped ? lintMapping(shipped.file, shipped.text, loadCatalogs()) : await lintFile(name, io);
  const shownFile = shipped?.file ?? name;
  const text = format === "json" ? formatLintJson(shownFile, findings) : formatLintText(shownFile, findings, wantsColor(io, values.output === void 0));
  await emit(text, values.output, io);
  if (values.output !== void 0) io.stderr.write(`crosswalk: ${summaryLine(findings)}
`);
  return findings.some((finding) => finding.severity === "error") ? 1 : 0;
}
var shippedMappings = /* @__PURE__ */ new Map([
  ["default", { file: defaultMappingFile, text: iso27001_2022_to_soc2_default }],
  ["seed", { file: seedMappingFile, text: iso27001_2022_to_soc2_seed_default }]
]);
async function lintFile(file, io) {
  let bytes;
  try {
    bytes = await readFile(path.resolve(io.cwd, file));
  } catch (error) {
    const code = error.code;
    throw new UsageError(`cannot read mapping ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code ?? "unreadable"}`);
  }
  const decoded = decodeUtf8(file, bytes);
  if (!decoded.ok) return [{ ...decoded.diagnostic, severity: "error" }];
  return lintMapping(file, decoded.text, loadCatalogs());
}
function count(findings, severity) {
  return findings.filter((finding) => finding.severity === severity).length;
}
function summaryLine(findings) {
  const errors = count(findings, "error");
  const warnings = count(findings, "warning");
  if (errors === 0 && warnings === 0) return "mapping lint: no problems";
  return `mapping lint: ${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}
function formatLintText(file, findings, color) {
  const c = (0, import_picocolors.createColors)(color);
  const group = (severity, title, paint) => {
    const members = findings.filter((finding) => finding.severity === severity);
    if (members.length === 0) return [];
    return [
      "",
      c.bold(`${title} (${members.length})`),
      ...members.map((finding) => `  ${forTerminal(finding.file)}:${finding.line}:${finding.column}  ${paint(finding.code)}  ${forTerminal(finding.message)}`)
    ];
  };
  const verdict = count(findings, "error") > 0 ? c.red(`\u2716 ${summaryLine(findings)}`) : c.green(`\u2714 ${summaryLine(findings)}`);
  return `${[c.bold(`crosswalk mapping lint \xB7 ${forTerminal(file)}`), ...group("error", "Errors", c.red), ...group("warning", "Warnings", c.yellow), "", verdict].join("\n")}
`;
}
function formatLintJson(file, findings) {
  const summary = { errors: count(findings, "error"), warnings: count(findings, "warning") };
  const shown = findings.map(({ severity, code, message, file: at, line, column }) => ({ severity, code, message, file: at, line, column }));
  return `${JSON.stringify({ file, summary, findings: shown }, null, 2)}
`;
}
export {
  formatLintJson,
  formatLintText,
  mappingCommand
};
