/*
 * Copyright 2026 The cape-rules authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.caperules.core.readiness;

import java.time.Period;

/**
 * Why an importer cannot yet file CAPE declarations or be paid an IEEPA refund, or a point to
 * watch that blocks neither ({@link #isWarning()}). Codes are stable: they are written to
 * reports and CSV. Never renumber; new codes take the next number, whatever their stage.
 *
 * <p>Each constant names its source (CBP's FAQ "ACE Portal and ACH Refunds", cited "CBP ACH FAQ",
 * or a broker or vendor ACE Portal guide, cited by the short names listed in the package
 * documentation), its {@link Stage} and its default typical lead time
 * (docs/decisions.md#lead-times). Lead times without a published figure are marked "assumption";
 * override them with {@link ReadinessConfig#withLeadTime(BlockerCode, Period)}.
 */
public enum BlockerCode {

  /**
   * R01: the Form 5106 record has no Box 2E (physical-address) email, so the automated ACE
   * application fails with "No Email On File" (CBP ACH FAQ). Fix through the customs broker; "allow
   * 24 hours for CBP systems to synchronize" (CBP ACH FAQ). Lead time 1 day.
   */
  BOX_2E_EMAIL_MISSING("R01", Stage.FORM_5106, 1),
  /**
   * R02: Box 2E holds the broker's email: "the verification code goes to your broker – and you
   * never receive it" (vendor guide). Fix through the broker (TF transaction) or CBP; 24 hours to
   * synchronize (CBP ACH FAQ). Lead time 1 day.
   */
  BOX_2E_EMAIL_IS_BROKERS("R02", Stage.FORM_5106, 1),
  /**
   * R03: the Form 5106 record was not updated within {@link ReadinessConfig#form5106MaxAge()}
   * (12 months): "if not updated in the last 12 months, CBP may request a refresh" (vendor FAQ);
   * "You must have an updated CBP Form 5106 on file to see this tab" (broker guide). UNCERTAIN,
   * hence a setting. A <b>warning</b>: "may request" is a vendor's word, and an importer whose
   * ACH refund enrollment is active already saw the tab, so it blocks neither filing nor payment.
   * Lead time 1 day (assumption: a broker update and 24 hours to synchronize).
   */
  FORM_5106_STALE("R03", Stage.FORM_5106, 1, true),

  /**
   * R04: no ACE Portal account. "To file CAPE yourself, you need an ACE Portal importer account
   * with an Importer sub-account and ACH enrollment active" (vendor guide); the automated
   * application creates the top account, the Trade Account Owner and the Importer account view
   * together (broker guide). Contact ACE Support. Lead time 3 days ("can complete quickly", vendor
   * guide; "One to three business days", vendor FAQ).
   */
  NO_ACE_ACCOUNT("R04", Stage.ACE_ACCOUNT, 3),
  /**
   * R05: the importer number is tied to an existing top account whose owner the importer does
   * not know: "The EIN provided is in use and associated with an existing top account" (CBP
   * ACH FAQ); "Email ace.applications@cbp.dhs.gov with your EIN and request a new Importer
   * sub-account be added to your record" (vendor guide). Lead time 14 days (the ~2 weeks of a
   * sub-account request, vendor guide; broker guide).
   */
  EIN_TIED_TO_EXISTING_TOP_ACCOUNT("R05", Stage.ACE_ACCOUNT, 14),
  /**
   * R06: the ACE account is voided: "Contact CBP Bonds team: (317) 614-4880 or
   * BONDQUESTIONS@CBP.DHS.GOV" (broker guide). Lead time 14 days (assumption: no published figure).
   */
  ACE_ACCOUNT_VOIDED("R06", Stage.ACE_ACCOUNT, 14),
  /**
   * R07: the ACE account is inactive: "Must be reactivated before enrolling in ACH. Call CBP."
   * (broker guide). Lead time 1 day (assumption: one call).
   */
  ACE_ACCOUNT_INACTIVE("R07", Stage.ACE_ACCOUNT, 1),
  /**
   * R08: the ACE account is locked, Error Code 42: "Fix: call ACE Support. Hold times are
   * currently 2+ hours." (vendor guide). Lead time 1 day (assumption: one call).
   */
  ACE_ACCOUNT_LOCKED("R08", Stage.ACE_ACCOUNT, 1),
  /**
   * R09: the last login is older than {@link ReadinessConfig#staleLoginAfter()} (30 days, "the
   * normal 30-day cycle"): "ACE has been deactivating accounts that haven't logged in recently"
   * (vendor guide). UNCERTAIN (the timer was "shortened significantly"), hence a setting. Lead time
   * 0 days: log in now.
   */
  ACE_LOGIN_STALE("R09", Stage.ACE_ACCOUNT, 0),

  /**
   * R10: the ACE account was set up as an Exporter account only: "you'll see a Duplicate EIN
   * error when trying to add an Importer sub-account ... contact ace.applications@cbp.dhs.gov"
   * (vendor guide). Lead time 14 days (sub-account, vendor guide).
   */
  EXPORTER_ONLY_ACCOUNT("R10", Stage.IMPORTER_SUB_ACCOUNT, 14),
  /**
   * R11: no Importer sub-account for this exact importer number and suffix: "an Importer
   * sub-account is needed for each unique IOR number, even if the same bank account will be
   * used" (CBP ACH FAQ); "adding an Importer sub-account currently takes approximately two weeks"
   * (vendor guide). Lead time 14 days.
   */
  NO_IMPORTER_SUB_ACCOUNT("R11", Stage.IMPORTER_SUB_ACCOUNT, 14),

  /**
   * R12: a foreign importer without ACH enrollment (so without a U.S. bank account on file) and
   * without a Form 4811 notify party: "Must have a U.S. bank account, OR designate a U.S.
   * customs broker as the authorized notify party" (broker guide). Lead time 14 days (assumption).
   */
  FOREIGN_IMPORTER_NO_US_BANK("R12", Stage.ACH_ENROLLMENT, 14),
  /**
   * R13: no ACH refund enrollment: "Without ACH enrollment, your refund will be rejected on
   * delivery" (vendor guide); "Without ACH information on file, CBP cannot issue refunds" (broker
   * bulletin). Lead time 0 days (assumption: entered in the portal).
   */
  ACH_ENROLLMENT_MISSING("R13", Stage.ACH_ENROLLMENT, 0),
  /**
   * R14: ACH refund enrollment entered but pending; confirm it with the red "Get Info/Refresh"
   * button (CBP ACH FAQ). Lead time 0 days (assumption: no published figure).
   */
  ACH_ENROLLMENT_PENDING("R14", Stage.ACH_ENROLLMENT, 0),
  /**
   * R15: CBP rejected the bank information entered: "CBP will reject bank information if the
   * bank routing number does not process FedACH payments", and foreign addresses must be
   * "properly formatted, according to the foreign country's address standards" (CBP ACH FAQ).
   * Lead time 0 days (assumption).
   */
  ACH_ENROLLMENT_REJECTED("R15", Stage.ACH_ENROLLMENT, 0),
  /**
   * R16: the enrolled routing number is not a valid ABA routing number (9 digits, prefix, 3-7-1
   * checksum; 12 CFR 229 Appendix A; docs/formats.md#ach-values). Lead time 0 days (assumption).
   */
  ROUTING_NUMBER_INVALID("R16", Stage.ACH_ENROLLMENT, 0),
  /**
   * R17: the enrolled routing number is not in the user-supplied FedACH directory: "CBP advises
   * that importers and other parties verify that applicable bank routing numbers process FedACH
   * payments" (CBP ACH FAQ). Lead time 0 days (assumption).
   */
  ROUTING_NUMBER_NOT_ON_FEDACH("R17", Stage.ACH_ENROLLMENT, 0),

  /**
   * R18: refunds listed in the REV-613 ACH Rejected Refunds report (CBP ACH FAQ): "Once rejected, a
   * manual recovery process is required. NO INTEREST is paid on delayed refunds." and "Enroll
   * bank info → email frn-achrefundsupport@cbp.dhs.gov → allow 4–6 weeks." (broker guide). Lead
   * time 42 days, the upper end of 4-6 weeks.
   */
  REFUNDS_REJECTED_REV613("R18", Stage.REJECTED_REFUNDS, 42),

  /**
   * R19: the Form 4811 notify party has no active ACH refund enrollment: "Broker/filer (4811
   * Notify Party): Must also complete ACH enrollment in their own ACE Portal account" (broker
   * guide). Lead time 0 days (assumption).
   */
  NOTIFY_PARTY_NOT_ACH_ENROLLED("R19", Stage.NOTIFY_PARTY, 0),
  /**
   * R20: the notify party's number is not in box 28 of the entry summaries, so the refund goes
   * to the importer of record (CSMS #67648307 via es-003, CBP-reported; docs/decisions.md#box-28;
   * UNCERTAIN, see {@link ReadinessConfig#requireNotifyPartyInBox28()}). Lead time 0 days
   * (assumption).
   */
  NOTIFY_PARTY_NOT_IN_BOX_28("R20", Stage.NOTIFY_PARTY, 0),

  /**
   * R21: the email the automated ACE Portal application would use (the Box 2E email) is already
   * tied to an account with existing ACE Portal access. The automated tool is for an importer
   * with a 5106 record, no ACE Portal top account, and "the email address being used is not tied
   * to an account with existing ACE Portal access" (CBP ACH FAQ). Fix: a company email without
   * ACE access in Box 2E through the broker (24 hours to synchronize, CBP ACH FAQ). Lead time 1
   * day (assumption, as R01).
   */
  EMAIL_HAS_EXISTING_ACE_ACCESS("R21", Stage.FORM_5106, 1),
  /**
   * R22: the ACE account has the Importer sub-account but the CAPE tab does not show in it: "If
   * the tab still doesn't appear after switching accounts, contact IEEPARefunds@cbp.dhs.gov"
   * (vendor guide). Gates filing only. Lead time 7 days (assumption: no published figure).
   */
  CAPE_TAB_NOT_VISIBLE("R22", Stage.IMPORTER_SUB_ACCOUNT, 7),
  /**
   * R23: the importer counts on a paper check (a waiver requested or granted) instead of an ACH
   * refund enrollment. CBP issues refunds electronically since the Electronic Refunds Interim
   * Final Rule (91 FR 21); a waiver is granted only in "very limited circumstances under 31 CFR
   * 208.4", requested from FRN-ACHREFUNDSUPPORT@CBP.DHS.GOV (broker guide), and CBP "will not
   * issue paper checks for refunds related to tariffs assessed under" IEEPA (broker bulletin).
   * Raised only when the importer of record has no active ACH refund enrollment and no notify
   * party. Lead time 0 days (assumption: the ACH refund enrollment is entered in the portal).
   */
  PAPER_CHECK_RELIED_ON("R23", Stage.ACH_ENROLLMENT, 0),
  /**
   * R24: the ACH account holder's name is not the importer's legal name on its Form 5106 record;
   * the account must be in the importer's name (CBP QRC Pub. 5292-1225;
   * docs/formats.md#ach-values). A <b>warning</b>: the comparison ignores case, punctuation and
   * the legal form (LLC, Inc., ...), but a trade name can still differ harmlessly. Lead time 0
   * days (assumption).
   */
  ACH_HOLDER_NAME_MISMATCH("R24", Stage.ACH_ENROLLMENT, 0, true);

  /**
   * The step of getting ready that a blocker belongs to. The importer's own steps run one after
   * the other, in declaration order; {@link #NOTIFY_PARTY} is another party's work and runs
   * alongside them (see {@link ReadinessAssessment#paymentReadyDate()}).
   */
  public enum Stage {
    /** The Form 5106 importer record (broker's TF transaction, 24 hours to synchronize). */
    FORM_5106,
    /** The ACE Portal top account. */
    ACE_ACCOUNT,
    /** The Importer sub-account view for this importer number. */
    IMPORTER_SUB_ACCOUNT,
    /** ACH refund enrollment in the Importer sub-account. */
    ACH_ENROLLMENT,
    /** Replacement of refunds already rejected (REV-613). */
    REJECTED_REFUNDS,
    /** The Form 4811 notify party's own readiness; runs in parallel with the importer's. */
    NOTIFY_PARTY
  }

  private final String code;
  private final Stage stage;
  private final Period defaultLeadTime;
  private final boolean warning;

  BlockerCode(String code, Stage stage, int leadTimeDays) {
    this(code, stage, leadTimeDays, false);
  }

  BlockerCode(String code, Stage stage, int leadTimeDays, boolean warning) {
    this.code = code;
    this.stage = stage;
    this.defaultLeadTime = Period.ofDays(leadTimeDays);
    this.warning = warning;
  }

  /**
   * Tells whether the code is a warning: reported in {@link ReadinessAssessment#warnings()},
   * never a blocker, and it moves neither the filing-ready nor the payment-ready date. The
   * warnings are {@link #FORM_5106_STALE} and {@link #ACH_HOLDER_NAME_MISMATCH}.
   *
   * @return true for a warning
   */
  public boolean isWarning() {
    return warning;
  }

  /**
   * Returns the stable short code, for example {@code R04}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the stage the blocker belongs to.
   *
   * @return the stage
   */
  public Stage stage() {
    return stage;
  }

  /**
   * Returns the default typical lead time, in days only, as documented on each constant.
   *
   * @return the lead time, for example {@code P14D}
   */
  public Period defaultLeadTime() {
    return defaultLeadTime;
  }
}
