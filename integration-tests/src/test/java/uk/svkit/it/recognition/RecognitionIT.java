package uk.svkit.it.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.FieldError;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.PreconditionFailedException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.models.ApplyForAwardOptions;
import uk.svkit.sdk.models.Award;
import uk.svkit.sdk.models.AwardApplication;
import uk.svkit.sdk.models.AwardApplicationStatus;
import uk.svkit.sdk.models.AwardStatus;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.CreateProgrammeOptions;
import uk.svkit.sdk.models.DecideAwardApplicationOptions;
import uk.svkit.sdk.models.ListAwardApplicationsOptions;
import uk.svkit.sdk.models.ListAwardsOptions;
import uk.svkit.sdk.models.ListSignaturesOptions;
import uk.svkit.sdk.models.Organisation;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.Programme;
import uk.svkit.sdk.models.ProgrammeElementInput;
import uk.svkit.sdk.models.ProgrammeElementKind;
import uk.svkit.sdk.models.ProgrammeKind;
import uk.svkit.sdk.models.Recognition;
import uk.svkit.sdk.models.RecognitionType;
import uk.svkit.sdk.models.Recognitions;
import uk.svkit.sdk.models.Sector;
import uk.svkit.sdk.models.SignProgrammeOptions;
import uk.svkit.sdk.models.Signature;
import uk.svkit.sdk.models.SignatureCommitmentInput;
import uk.svkit.sdk.models.SignatureStatus;
import uk.svkit.sdk.models.ThemeEvidenceInput;
import uk.svkit.sdk.models.UpdateProgrammeOptions;
import uk.svkit.sdk.models.WithdrawSignatureOptions;

/**
 * Recognitions through the SDK: the seeded C&M programmes, an award round run by a programme lead
 * (application, assessor decision, expiry, expiring-soon lookups, renewal), signatures and their
 * withdrawal history, anchor commitments, the supplier lookup, and who may see and do what.
 */
class RecognitionIT extends SvkitServer {
  static final String WIRRAL = "GB-LAE-WRL";
  static final String LIVERPOOL = "GB-LAE-LIV";
  static final String CHARTER_ID = "6b2d7c1e-0000-4000-8000-000000000001";
  static final String SV_AWARD_ID = "6b2d7c1e-0000-4000-8000-000000000002";
  static final String ANCHOR_ID = "6b2d7c1e-0000-4000-8000-000000000003";
  static final String WIRRAL_PLACE = "E08000015";
  static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);

  private SvkitClient admin;
  private SvkitClient lead;

  @BeforeEach
  void connect() {
    admin = Clients.of(endpoint(), Tokens.admin());
    lead = Clients.of(endpoint(), Tokens.person(WIRRAL, unique("lead").replace(' ', '-'), "buyer"));
  }

  @AfterEach
  void close() {
    admin.close();
    lead.close();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private Organisation newOrganisation(String name, OrganisationRole role) {
    return admin
        .organisations()
        .createOrganisation(
            CreateOrganisationOptions.builder()
                .name(unique(name))
                .roles(role)
                .identifier(uniqueCompanyIdentifier())
                .build());
  }

  private SvkitClient as(Organisation org, String role) {
    return Clients.of(endpoint(), Tokens.of(org.getIdentifier(), role));
  }

  private static String code() {
    return ("IT-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
  }

  /**
   * An award scheme with the C&M four themes and one assessor: a platform admin defines it for
   * Wirral, whose programme lead (a Wirral buyer) then administers it.
   */
  private Programme scheme(String assessor) {
    Programme p =
        admin
            .recognitions()
            .createProgramme(
                CreateProgrammeOptions.builder(
                        code(), ProgrammeKind.AWARD_SCHEME, "Wirral Social Value Award", "2026")
                    .administeringOrganisationId(lead.organisations().getMyOrganisation().getId())
                    .summary("Judged on four themes")
                    .addElement(
                        ProgrammeElementInput.of(
                            "SOC",
                            ProgrammeElementKind.THEME,
                            "Social",
                            "The change, stakeholders, where, when"))
                    .addElement(
                        ProgrammeElementInput.of(
                            "ECO", ProgrammeElementKind.THEME, "Economic", null))
                    .addElement(
                        ProgrammeElementInput.of(
                            "ENV", ProgrammeElementKind.THEME, "Environment", null))
                    .addElement(
                        ProgrammeElementInput.of(
                            "INN", ProgrammeElementKind.THEME, "Innovation", null))
                    .build());
    return lead.recognitions().assignAssessors(p.getId(), List.of(assessor), p.getETag());
  }

  private static ApplyForAwardOptions.Builder application(String... themes) {
    ApplyForAwardOptions.Builder b =
        ApplyForAwardOptions.builder("Sam Jones", Sector.PRIVATE).placeCode(WIRRAL_PLACE);
    for (String theme : themes) {
      b.addEvidence(
          ThemeEvidenceInput.of(
              theme, "Apprenticeships for care leavers", 24, "Birkenhead", "2025-26"));
    }
    return b;
  }

  private AwardApplication decide(
      String assessorSubject, AwardApplication application, boolean awarded, LocalDate on) {
    try (SvkitClient assessor =
        Clients.of(endpoint(), Tokens.person(WIRRAL, assessorSubject, "evaluator"))) {
      return assessor
          .recognitions()
          .decideAwardApplication(
              application.getId(),
              DecideAwardApplicationOptions.builder(
                      awarded,
                      awarded ? "Strong evidence on all four themes" : "Environment not evidenced")
                  .decidedOn(on)
                  .build(),
              application.getETag());
    }
  }

  private static String subject(String prefix) {
    return unique(prefix).replace(' ', '-');
  }

  @Test
  void theSeededProgrammesArePublicWithTheirThemesAndPillars() {
    Http.Reply list = http().get("/api/v1/programmes?limit=100").send();
    assertEquals(200, list.status(), list.toString());
    Set<String> codes =
        list.json().getJsonArray("items").stream()
            .map(v -> v.asJsonObject().getString("code"))
            .collect(Collectors.toSet());
    assertTrue(
        codes.containsAll(
            Set.of("CM-SV-CHARTER", "CM-SV-AWARD", "CM-ANCHOR", "CM-PREVENTION-PLEDGE")),
        codes.toString());

    Programme award = lead.recognitions().getProgramme(SV_AWARD_ID);
    assertEquals(ProgrammeKind.AWARD_SCHEME, award.getKind());
    assertEquals(60, award.getValidityMonths());
    assertEquals(
        List.of("SOC", "ECO", "ENV", "INN"),
        award.getElements().stream().map(e -> e.getCode()).collect(Collectors.toList()));
    assertTrue(
        award.getAssessors().isEmpty(), "assessors are shown to the scheme's administrators only");
    Programme anchor = lead.recognitions().getProgramme(ANCHOR_ID);
    assertEquals(LocalDate.of(2022, 7, 12), anchor.getLaunchedOn());
    assertEquals(
        5,
        anchor.getElements().stream()
            .filter(e -> e.getKind().equals(ProgrammeElementKind.PILLAR))
            .count());
    assertEquals(
        LocalDate.of(2019, 7, 1), lead.recognitions().getProgramme(CHARTER_ID).getLaunchedOn());
  }

  @Test
  void anAwardRoundFromApplicationToDecisionToExpiry() {
    String assessorSubject = subject("assessor");
    Programme scheme = scheme(assessorSubject);
    assertEquals(List.of(assessorSubject), scheme.getAssessors());
    Organisation supplier = newOrganisation("Round Supplier", OrganisationRole.SUPPLIER);
    try (SvkitClient applicant = as(supplier, "supplier")) {
      BusinessRuleException missing =
          assertThrows(
              BusinessRuleException.class,
              () ->
                  applicant
                      .recognitions()
                      .applyForAward(scheme.getId(), application("SOC", "ECO", "ENV").build()));
      assertTrue(
          missing.getErrors().stream()
              .anyMatch(e -> e.getField().equals("evidence") && e.getMessage().contains("INN")),
          missing.getErrors().toString());

      AwardApplication submitted =
          applicant
              .recognitions()
              .applyForAward(scheme.getId(), application("SOC", "ECO", "ENV", "INN").build());
      assertEquals(AwardApplicationStatus.SUBMITTED, submitted.getStatus());
      assertThrows(
          ConflictException.class,
          () ->
              applicant
                  .recognitions()
                  .applyForAward(scheme.getId(), application("SOC", "ECO", "ENV", "INN").build()));

      List<AwardApplication> round =
          lead
              .recognitions()
              .listAwardApplications(
                  scheme.getId(),
                  ListAwardApplicationsOptions.builder()
                      .status(AwardApplicationStatus.SUBMITTED)
                      .build(),
                  null)
              .stream()
              .collect(Collectors.toList());
      assertEquals(
          List.of(submitted.getId()),
          round.stream().map(AwardApplication::getId).collect(Collectors.toList()));
      assertEquals(4, round.get(0).getEvidence().size());
      assertEquals(
          List.of(),
          lead
              .recognitions()
              .listAwardApplications(
                  scheme.getId(),
                  ListAwardApplicationsOptions.builder()
                      .status(AwardApplicationStatus.AWARDED)
                      .build(),
                  null)
              .stream()
              .map(AwardApplication::getId)
              .collect(Collectors.toList()),
          "not awarded yet");
      // Programmes by kind: the scheme is an award scheme, not a charter.
      assertTrue(
          lead.recognitions().listProgrammes().stream()
              .anyMatch(p -> p.getId().equals(scheme.getId())));
      assertTrue(
          lead
              .recognitions()
              .listProgrammes(
                  uk.svkit.sdk.models.ListProgrammesOptions.builder()
                      .kind(ProgrammeKind.AWARD_SCHEME)
                      .build(),
                  null)
              .stream()
              .anyMatch(p -> p.getId().equals(scheme.getId())));
      assertTrue(
          lead
              .recognitions()
              .listProgrammes(
                  uk.svkit.sdk.models.ListProgrammesOptions.builder()
                      .kind(ProgrammeKind.CHARTER)
                      .build(),
                  null)
              .stream()
              .noneMatch(p -> p.getId().equals(scheme.getId())));

      AwardApplication decided = decide(assessorSubject, submitted, true, LEAP_DAY);
      assertEquals(AwardApplicationStatus.AWARDED, decided.getStatus());
      assertEquals(
          List.of(submitted.getId()),
          lead
              .recognitions()
              .listAwardApplications(
                  scheme.getId(),
                  ListAwardApplicationsOptions.builder()
                      .status(AwardApplicationStatus.AWARDED)
                      .build(),
                  null)
              .stream()
              .map(AwardApplication::getId)
              .collect(Collectors.toList()));
      assertEquals(
          List.of(),
          lead
              .recognitions()
              .listAwardApplications(
                  scheme.getId(),
                  ListAwardApplicationsOptions.builder()
                      .status(AwardApplicationStatus.SUBMITTED)
                      .build(),
                  null)
              .stream()
              .map(AwardApplication::getId)
              .collect(Collectors.toList()));
      assertEquals(LEAP_DAY, decided.getDecidedOn());
      assertEquals(LocalDate.of(2029, 2, 28), decided.getExpiresOn(), "29 Feb 2024 + 5 years");
      assertEquals(assessorSubject, decided.getDecidedBy());
      assertThrows(ConflictException.class, () -> decide(assessorSubject, decided, false, today()));

      // The applicant reads its own application and the reasons.
      assertEquals(
          "Strong evidence on all four themes",
          applicant.recognitions().getAwardApplication(submitted.getId()).getReasons());

      Award award =
          lead.recognitions()
              .getAwardWithResponse(submitted.getId(), LocalDate.of(2029, 2, 27), null)
              .getValue();
      assertEquals(AwardStatus.CURRENT, award.getStatus());
      assertEquals(supplier.getIdentifier(), award.getOrganisationIdentifier());
      assertEquals(
          AwardStatus.EXPIRED,
          lead.recognitions()
              .getAwardWithResponse(submitted.getId(), LocalDate.of(2029, 2, 28), null)
              .getValue()
              .getStatus());

      Recognitions before =
          lead.recognitions().getRecognitions(supplier.getId(), LocalDate.of(2029, 2, 27));
      assertEquals(1, before.getItems().size());
      assertEquals(LocalDate.of(2029, 2, 28), before.getItems().get(0).getExpiresOn());
      assertTrue(
          lead.recognitions()
              .getRecognitions(supplier.getId(), LocalDate.of(2029, 2, 28))
              .getItems()
              .isEmpty(),
          "expired awards are not current");
      assertTrue(
          lead.recognitions()
              .getRecognitions(supplier.getId(), LocalDate.of(2024, 2, 28))
              .getItems()
              .isEmpty(),
          "not before the decision");
    }
  }

  @Test
  void expiringWithinDaysExpiredAndRenewedAwards() {
    String assessorSubject = subject("assessor");
    Programme scheme = scheme(assessorSubject);
    Organisation soon = newOrganisation("Expiring Soon", OrganisationRole.SUPPLIER);
    Organisation old = newOrganisation("Long Expired", OrganisationRole.VCFSE);
    Organisation fresh = newOrganisation("Fresh Award", OrganisationRole.SUPPLIER);
    LocalDate soonDecided = today().minusMonths(60).plusDays(10);
    try (SvkitClient a = as(soon, "supplier");
        SvkitClient b = as(old, "vcfse");
        SvkitClient c = as(fresh, "supplier")) {
      AwardApplication soonAward =
          decide(
              assessorSubject,
              a.recognitions()
                  .applyForAward(scheme.getId(), application("SOC", "ECO", "ENV", "INN").build()),
              true,
              soonDecided);
      AwardApplication oldAward =
          decide(
              assessorSubject,
              b.recognitions()
                  .applyForAward(scheme.getId(), application("SOC", "ECO", "ENV", "INN").build()),
              true,
              LocalDate.of(2019, 3, 1));
      assertEquals(LocalDate.of(2024, 3, 1), oldAward.getExpiresOn());
      AwardApplication freshAward =
          decide(
              assessorSubject,
              c.recognitions()
                  .applyForAward(scheme.getId(), application("SOC", "ECO", "ENV", "INN").build()),
              true,
              today());

      Set<String> expiring =
          ids(
              lead
                  .recognitions()
                  .listAwards(
                      scheme.getId(),
                      ListAwardsOptions.builder().expiringWithinDays(30).build(),
                      null)
                  .stream());
      assertEquals(Set.of(soonAward.getId()), expiring);
      assertEquals(
          Set.of(),
          ids(
              lead
                  .recognitions()
                  .listAwards(
                      scheme.getId(),
                      ListAwardsOptions.builder().expiringWithinDays(5).build(),
                      null)
                  .stream()));
      assertEquals(
          Set.of(soonAward.getId(), freshAward.getId()),
          ids(lead.recognitions().listAwards(scheme.getId()).stream()));
      assertEquals(
          Set.of(soonAward.getId(), oldAward.getId(), freshAward.getId()),
          ids(
              lead
                  .recognitions()
                  .listAwards(
                      scheme.getId(),
                      ListAwardsOptions.builder().includeExpired(true).build(),
                      null)
                  .stream()));
      // By organisation, and as of a past date, when only the old award was current.
      assertEquals(
          Set.of(soonAward.getId()),
          ids(
              lead
                  .recognitions()
                  .listAwards(
                      scheme.getId(),
                      ListAwardsOptions.builder().organisationId(soon.getId()).build(),
                      null)
                  .stream()));
      assertEquals(
          Set.of(),
          ids(
              lead
                  .recognitions()
                  .listAwards(
                      scheme.getId(),
                      ListAwardsOptions.builder().organisationId(old.getId()).build(),
                      null)
                  .stream()),
          "its award has expired");
      assertEquals(
          Set.of(oldAward.getId()),
          ids(
              lead
                  .recognitions()
                  .listAwards(
                      scheme.getId(),
                      ListAwardsOptions.builder().asOf(LocalDate.of(2020, 6, 1)).build(),
                      null)
                  .stream()));
      assertTrue(lead.recognitions().getRecognitions(old.getId()).getItems().isEmpty());

      // Renewal: a new application naming the expired award; the new award runs from its own
      // decision.
      AwardApplication renewal =
          b.recognitions()
              .applyForAward(
                  scheme.getId(),
                  application("SOC", "ECO", "ENV", "INN").renewalOf(oldAward.getId()).build());
      assertEquals(oldAward.getId(), renewal.getRenewalOf());
      AwardApplication renewed = decide(assessorSubject, renewal, true, today());
      List<Recognition> items = lead.recognitions().getRecognitions(old.getId()).getItems();
      assertEquals(1, items.size());
      assertEquals(renewed.getId(), items.get(0).getSourceId());
      assertEquals(today(), items.get(0).getSince());
      assertEquals(today().plusMonths(60), items.get(0).getExpiresOn());

      BusinessRuleException notYours =
          assertThrows(
              BusinessRuleException.class,
              () ->
                  c.recognitions()
                      .applyForAward(
                          scheme.getId(),
                          application("SOC", "ECO", "ENV", "INN")
                              .renewalOf(oldAward.getId())
                              .build()));
      assertEquals("renewalOf", notYours.getErrors().get(0).getField());
    }
  }

  private static Set<String> ids(java.util.stream.Stream<Award> awards) {
    return awards.map(Award::getId).collect(Collectors.toSet());
  }

  @Test
  void revisingAProgrammeKeepsWhatWasSignedAndAwarded() {
    String assessorSubject = subject("assessor");
    Programme scheme = scheme(assessorSubject);
    Organisation first = newOrganisation("First Holder", OrganisationRole.SUPPLIER);
    Organisation second = newOrganisation("Second Holder", OrganisationRole.SUPPLIER);
    try (SvkitClient a = as(first, "supplier");
        SvkitClient b = as(second, "supplier")) {
      AwardApplication before =
          decide(
              assessorSubject,
              a.recognitions()
                  .applyForAward(scheme.getId(), application("SOC", "ECO", "ENV", "INN").build()),
              true,
              today());

      Programme current = lead.recognitions().getProgramme(scheme.getId());
      Programme revised =
          lead.recognitions()
              .updateProgramme(
                  scheme.getId(),
                  UpdateProgrammeOptions.builder("Wirral Social Value Award", "2027")
                      .validityMonths(36)
                      .build(),
                  current.getETag());
      assertEquals("2027", revised.getProgrammeVersion());
      assertEquals(36, revised.getValidityMonths());
      assertEquals(4, revised.getElements().size(), "themes do not change");
      assertThrows(
          PreconditionFailedException.class,
          () ->
              lead.recognitions()
                  .updateProgramme(
                      scheme.getId(),
                      UpdateProgrammeOptions.builder("Stale", "2028").build(),
                      current.getETag()));
      assertThrows(
          PermissionDeniedException.class,
          () ->
              a.recognitions()
                  .updateProgramme(
                      scheme.getId(),
                      UpdateProgrammeOptions.builder("Hijack", "9").build(),
                      revised.getETag()));

      AwardApplication after =
          decide(
              assessorSubject,
              b.recognitions()
                  .applyForAward(scheme.getId(), application("SOC", "ECO", "ENV", "INN").build()),
              true,
              today());
      assertEquals("2027", after.getProgrammeVersion());
      assertEquals(today().plusMonths(36), after.getExpiresOn());
      AwardApplication earlier = a.recognitions().getAwardApplication(before.getId());
      assertEquals("2026", earlier.getProgrammeVersion());
      assertEquals(
          today().plusMonths(60),
          earlier.getExpiresOn(),
          "an award keeps the validity it was decided under");

      Programme charter = admin.recognitions().getProgramme(CHARTER_ID);
      ValidationException noValidity =
          assertThrows(
              ValidationException.class,
              () ->
                  admin
                      .recognitions()
                      .updateProgramme(
                          CHARTER_ID,
                          UpdateProgrammeOptions.builder(
                                  charter.getName(), charter.getProgrammeVersion())
                              .validityMonths(12)
                              .build(),
                          charter.getETag()));
      assertEquals("validityMonths", noValidity.getErrors().get(0).getField());
    }
  }

  @Test
  void onlyTheSchemesAssessorsDecide() {
    String assessorSubject = subject("assessor");
    Programme scheme = scheme(assessorSubject);
    Organisation supplier = newOrganisation("Eager Supplier", OrganisationRole.SUPPLIER);
    try (SvkitClient applicant = as(supplier, "supplier");
        SvkitClient otherEvaluator =
            Clients.of(endpoint(), Tokens.person(WIRRAL, subject("not-assigned"), "evaluator"));
        SvkitClient namesake =
            Clients.of(endpoint(), Tokens.person(LIVERPOOL, assessorSubject, "evaluator"))) {
      AwardApplication submitted =
          applicant
              .recognitions()
              .applyForAward(scheme.getId(), application("SOC", "ECO", "ENV", "INN").build());
      DecideAwardApplicationOptions yes =
          DecideAwardApplicationOptions.builder(true, "Self-awarded").build();
      assertThrows(
          PermissionDeniedException.class,
          () ->
              applicant
                  .recognitions()
                  .decideAwardApplication(submitted.getId(), yes, submitted.getETag()));
      assertThrows(
          PermissionDeniedException.class,
          () ->
              lead.recognitions()
                  .decideAwardApplication(submitted.getId(), yes, submitted.getETag()),
          "the programme lead administers the round but is not an assessor");
      assertThrows(
          NotFoundException.class,
          () ->
              otherEvaluator
                  .recognitions()
                  .decideAwardApplication(submitted.getId(), yes, submitted.getETag()),
          "an unassigned evaluator cannot even see the application");
      assertThrows(
          NotFoundException.class,
          () ->
              namesake
                  .recognitions()
                  .decideAwardApplication(submitted.getId(), yes, submitted.getETag()),
          "the assessor's subject in another organisation is not the assessor");
      assertThrows(
          PermissionDeniedException.class,
          () ->
              applicant
                  .recognitions()
                  .assignAssessors(scheme.getId(), List.of("me"), scheme.getETag()));
      assertThrows(
          ValidationException.class,
          () -> decide(assessorSubject, submitted, true, today().plusDays(1)));
      assertEquals(
          AwardApplicationStatus.NOT_AWARDED,
          decide(assessorSubject, submitted, false, today()).getStatus());
      assertNull(applicant.recognitions().getAwardApplication(submitted.getId()).getExpiresOn());
      assertThrows(
          NotFoundException.class,
          () -> lead.recognitions().getAward(submitted.getId()),
          "a refusal is not an award");
    }
  }

  @Test
  void withdrawalKeepsTheSignatureOnRecord() {
    Organisation vcfse = newOrganisation("Charter Signatory", OrganisationRole.VCFSE);
    try (SvkitClient org = as(vcfse, "vcfse")) {
      Signature signed =
          org.recognitions()
              .signProgramme(
                  CHARTER_ID,
                  SignProgrammeOptions.builder("Jo Bloggs", "Chair of Trustees", Sector.VCFSE)
                      .signedOn(LocalDate.of(2024, 1, 15))
                      .placeCode(WIRRAL_PLACE)
                      .statement("We put social value first")
                      .build());
      assertEquals("2019", signed.getProgrammeVersion());
      assertEquals(SignatureStatus.ACTIVE, signed.getStatus());
      assertThrows(
          ConflictException.class,
          () ->
              org.recognitions()
                  .signProgramme(
                      CHARTER_ID,
                      SignProgrammeOptions.builder("Jo Bloggs", "Chair", Sector.VCFSE).build()));
      assertEquals(
          RecognitionType.SIGNATURE,
          lead.recognitions().getRecognitions(vcfse.getId()).getItems().get(0).getType());

      Signature withdrawn =
          org.recognitions()
              .withdrawSignature(
                  signed.getId(),
                  WithdrawSignatureOptions.builder("Merged into another charity").build(),
                  signed.getETag());
      assertEquals(SignatureStatus.WITHDRAWN, withdrawn.getStatus());
      assertEquals(today(), withdrawn.getWithdrawnOn());
      assertThrows(
          ConflictException.class,
          () ->
              org.recognitions()
                  .withdrawSignature(
                      signed.getId(),
                      WithdrawSignatureOptions.builder("again").build(),
                      withdrawn.getETag()));

      ListSignaturesOptions mine =
          ListSignaturesOptions.builder().organisationId(vcfse.getId()).build();
      assertEquals(0, lead.recognitions().listSignatures(CHARTER_ID, mine, null).stream().count());
      assertEquals(
          1,
          lead
              .recognitions()
              .listSignatures(
                  CHARTER_ID,
                  ListSignaturesOptions.builder()
                      .organisationId(vcfse.getId())
                      .asOf(LocalDate.of(2025, 6, 1))
                      .build(),
                  null)
              .stream()
              .count(),
          "it stood on a day before the withdrawal");
      assertTrue(lead.recognitions().getRecognitions(vcfse.getId()).getItems().isEmpty());

      Signature again =
          org.recognitions()
              .signProgramme(
                  CHARTER_ID,
                  SignProgrammeOptions.builder("Sam Lee", "Chief Officer", Sector.VCFSE).build());
      List<Signature> history =
          lead
              .recognitions()
              .listSignatures(
                  CHARTER_ID,
                  ListSignaturesOptions.builder()
                      .organisationId(vcfse.getId())
                      .includeWithdrawn(true)
                      .build(),
                  null)
              .stream()
              .collect(Collectors.toList());
      assertEquals(
          List.of(signed.getId(), again.getId()),
          history.stream().map(Signature::getId).collect(Collectors.toList()));
      assertEquals("Merged into another charity", history.get(0).getWithdrawalReason());
    }
  }

  @Test
  void anchorSignatoriesRecordCommitmentsPerPillar() {
    Organisation trust = newOrganisation("Anchor Trust", OrganisationRole.BUYER);
    try (SvkitClient org = as(trust, "buyer")) {
      BusinessRuleException unknown =
          assertThrows(
              BusinessRuleException.class,
              () ->
                  org.recognitions()
                      .signProgramme(
                          ANCHOR_ID,
                          SignProgrammeOptions.builder("Dr A", "Chief Executive", Sector.NHS)
                              .addCommitment(SignatureCommitmentInput.of("P9", "Nothing", null))
                              .build()));
      assertEquals(
          List.of("commitments[0].elementCode"),
          unknown.getErrors().stream().map(FieldError::getField).collect(Collectors.toList()));

      Signature signed =
          org.recognitions()
              .signProgramme(
                  ANCHOR_ID,
                  SignProgrammeOptions.builder("Dr A", "Chief Executive", Sector.NHS)
                      .placeCode("E08000012")
                      .addCommitment(
                          SignatureCommitmentInput.of(
                              "P1", "30% of spend with local suppliers by 2027", "LM-SUP-01"))
                      .addCommitment(
                          SignatureCommitmentInput.of(
                              "RLW", "Pay the real living wage to all staff", null))
                      .build());
      assertEquals(
          "Purchasing locally and for social benefit",
          signed.getCommitments().get(0).getElementTitle());
      assertEquals("LM-SUP-01", signed.getCommitments().get(0).getIndicatorCode());

      Set<String> liverpoolNhs =
          lead
              .recognitions()
              .listSignatures(
                  ANCHOR_ID,
                  ListSignaturesOptions.builder().placeCode("E08000012").sector(Sector.NHS).build(),
                  null)
              .stream()
              .map(Signature::getId)
              .collect(Collectors.toSet());
      assertTrue(liverpoolNhs.contains(signed.getId()));
      assertFalse(
          lead
              .recognitions()
              .listSignatures(
                  ANCHOR_ID, ListSignaturesOptions.builder().placeCode(WIRRAL_PLACE).build(), null)
              .stream()
              .anyMatch(s -> s.getId().equals(signed.getId())));
      assertThrows(
          BusinessRuleException.class,
          () ->
              org.recognitions()
                  .signProgramme(
                      SV_AWARD_ID, SignProgrammeOptions.builder("Dr A", "CEO", Sector.NHS).build()),
          "an award is applied for, not signed");
    }
  }

  @Test
  void isThisSupplierACharterSignatoryWithACurrentSocialValueAward() {
    String assessorSubject = subject("cm-assessor");
    Programme award = admin.recognitions().getProgramme(SV_AWARD_ID);
    admin.recognitions().assignAssessors(SV_AWARD_ID, List.of(assessorSubject), award.getETag());
    Organisation supplier = newOrganisation("Recognised Supplier", OrganisationRole.SUPPLIER);
    try (SvkitClient org = as(supplier, "supplier")) {
      Signature signed =
          org.recognitions()
              .signProgramme(
                  CHARTER_ID,
                  SignProgrammeOptions.builder("Pat Kay", "Managing Director", Sector.PRIVATE)
                      .signedOn(LocalDate.of(2023, 9, 1))
                      .build());
      AwardApplication awarded =
          decide(
              assessorSubject,
              org.recognitions()
                  .applyForAward(SV_AWARD_ID, application("SOC", "ECO", "ENV", "INN").build()),
              true,
              LocalDate.of(2025, 5, 20));

      // A commissioner's system asks, with no token at all.
      Http.Reply reply =
          http().get("/api/v1/organisations/" + supplier.getId() + "/recognitions").send();
      assertEquals(200, reply.status(), reply.toString());
      List<JsonObject> items = reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
      JsonObject charter =
          items.stream()
              .filter(i -> i.getString("programmeCode").equals("CM-SV-CHARTER"))
              .findFirst()
              .orElseThrow();
      assertEquals("SIGNATURE", charter.getString("type"));
      assertEquals("2023-09-01", charter.getString("since"));
      assertEquals("2019", charter.getString("programmeVersion"));
      assertEquals(signed.getId(), charter.getString("sourceId"));
      JsonObject sva =
          items.stream()
              .filter(i -> i.getString("programmeCode").equals("CM-SV-AWARD"))
              .findFirst()
              .orElseThrow();
      assertEquals("AWARD", sva.getString("type"));
      assertEquals("2025-05-20", sva.getString("since"));
      assertEquals("2030-05-20", sva.getString("expiresOn"));
      assertEquals(
          "Cheshire & Merseyside Social Value Partnership", sva.getString("administeredBy"));
      Http.Reply source = http().get(sva.getString("source")).send();
      assertEquals(200, source.status(), "the source can be followed without a token: " + source);
      assertEquals(awarded.getId(), source.json().getString("id"));
      assertFalse(source.json().containsKey("reasons"), "reasons are private");
    } finally {
      Programme now = admin.recognitions().getProgramme(SV_AWARD_ID);
      admin.recognitions().assignAssessors(SV_AWARD_ID, List.of(), now.getETag());
    }
  }

  @Test
  void signaturesAndAwardsArePublicApplicationsArePrivate() {
    String assessorSubject = subject("assessor");
    Programme scheme = scheme(assessorSubject);
    Organisation supplier = newOrganisation("Private Applicant", OrganisationRole.SUPPLIER);
    Organisation stranger = newOrganisation("Nosy Supplier", OrganisationRole.SUPPLIER);
    try (SvkitClient applicant = as(supplier, "supplier");
        SvkitClient nosy = as(stranger, "supplier")) {
      AwardApplication submitted =
          applicant
              .recognitions()
              .applyForAward(scheme.getId(), application("SOC", "ECO", "ENV", "INN").build());
      Signature signed =
          applicant
              .recognitions()
              .signProgramme(
                  CHARTER_ID,
                  SignProgrammeOptions.builder("Kim", "Director", Sector.PRIVATE).build());

      Http http = http();
      assertEquals(200, http.get("/api/v1/signatures/" + signed.getId()).send().status());
      assertEquals(
          200, http.get("/api/v1/programmes/" + CHARTER_ID + "/signatures").send().status());
      assertEquals(200, http.get("/api/v1/programmes/" + scheme.getId()).send().status());
      assertEquals(
          401, http.get("/api/v1/award-applications/" + submitted.getId()).send().status());
      assertEquals(
          401, http.get("/api/v1/programmes/" + scheme.getId() + "/applications").send().status());
      assertEquals(
          401, http.post("/api/v1/programmes/" + CHARTER_ID + "/signatures", "{}").send().status());
      assertEquals(
          404,
          http.get("/api/v1/awards/" + submitted.getId()).send().status(),
          "not an award until decided");

      assertThrows(
          NotFoundException.class,
          () -> nosy.recognitions().getAwardApplication(submitted.getId()));
      assertThrows(
          PermissionDeniedException.class,
          () ->
              nosy
                  .recognitions()
                  .listAwardApplications(
                      scheme.getId(), ListAwardApplicationsOptions.builder().build(), null)
                  .stream()
                  .count());
      assertThrows(
          PermissionDeniedException.class,
          () ->
              nosy.recognitions()
                  .withdrawSignature(
                      signed.getId(),
                      WithdrawSignatureOptions.builder("spite").build(),
                      signed.getETag()));

      decide(assessorSubject, submitted, true, today());
      Http.Reply awards =
          http.get(
                  "/api/v1/programmes/"
                      + scheme.getId()
                      + "/awards?placeCode="
                      + WIRRAL_PLACE
                      + "&sector=PRIVATE")
              .send();
      assertEquals(200, awards.status(), awards.toString());
      JsonObject first = awards.json().getJsonArray("items").getJsonObject(0);
      assertEquals(supplier.getId(), first.getString("organisationId"));
      assertFalse(first.containsKey("evidence"));
      assertEquals(
          0,
          http.get("/api/v1/programmes/" + scheme.getId() + "/awards?sector=VCFSE")
              .send()
              .json()
              .getJsonArray("items")
              .size());
    }
  }

  @Test
  void invalidInputIsAProblemDocument() {
    String token = Tokens.admin();
    Http.Reply bad =
        http()
            .post(
                "/api/v1/programmes",
                "{\"code\":\"has spaces\",\"kind\":\"CHARTER\",\"programmeVersion\":\"1\","
                    + "\"validityMonths\":0,\"elements\":[]}")
            .token(token)
            .send();
    assertEquals(400, bad.status(), bad.toString());
    assertTrue(
        bad.header("Content-Type").startsWith("application/problem+json"),
        bad.header("Content-Type"));
    JsonObject problem = bad.json();
    assertEquals("/problems/validation-failed", problem.getString("type"));
    Set<String> fields =
        problem.getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .collect(Collectors.toSet());
    assertTrue(fields.containsAll(Set.of("code", "name", "validityMonths")), fields.toString());

    Http.Reply wrongKind =
        http()
            .post(
                "/api/v1/programmes",
                "{\"code\":\"IT-BAD-"
                    + System.nanoTime()
                    + "\",\"kind\":\"CHARTER\",\"name\":\"x\","
                    + "\"programmeVersion\":\"1\",\"validityMonths\":12,\"elements\":[{\"code\":\"SOC\",\"kind\":\"THEME\",\"title\":\"Social\"}]}")
            .token(token)
            .send();
    assertEquals(422, wrongKind.status(), wrongKind.toString());
    Set<String> ruleFields =
        wrongKind.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .collect(Collectors.toSet());
    assertEquals(Set.of("elements[0].kind", "validityMonths"), ruleFields);

    Http.Reply badDate =
        http()
            .get(
                "/api/v1/organisations/8f1f3c39-0000-4000-8000-000000000004/recognitions?asOf=29-02-2024")
            .send();
    assertEquals(400, badDate.status(), badDate.toString());
    assertEquals("asOf", badDate.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(404, http().get("/api/v1/organisations/no-such-org/recognitions").send().status());
  }

  // ---- issue 13, finding 1: forged recognitions -----------------------------------------------

  @Test
  void onlyPlatformAdminsDefineProgrammesNamingTheAdministeringOrganisation() {
    Organisation vcfse = newOrganisation("Would-be Awarder", OrganisationRole.VCFSE);
    try (SvkitClient charity = as(vcfse, "vcfse")) {
      // Before: any buyer or VCFSE user defined a programme and became its administrator.
      for (SvkitClient attacker : List.of(lead, charity)) {
        assertThrows(
            PermissionDeniedException.class,
            () ->
                attacker
                    .recognitions()
                    .createProgramme(
                        CreateProgrammeOptions.builder(
                                code(), ProgrammeKind.CHARTER, "Our Very Own Charter", "1")
                            .build()));
      }
      Programme defined =
          admin
              .recognitions()
              .createProgramme(
                  CreateProgrammeOptions.builder(
                          code(), ProgrammeKind.CHARTER, "Charity Charter", "1")
                      .administeringOrganisationId(vcfse.getId())
                      .build());
      assertEquals(vcfse.getId(), defined.getOwnerOrganisationId());
      assertEquals(
          vcfse.getName(),
          defined.getAdministeredBy(),
          "the administering organisation's name by default");
      Programme revised =
          charity
              .recognitions()
              .updateProgramme(
                  defined.getId(),
                  UpdateProgrammeOptions.builder("Charity Charter", "2").build(),
                  defined.getETag());
      assertEquals("2", revised.getProgrammeVersion(), "the named organisation administers it");
      assertThrows(
          BusinessRuleException.class,
          () ->
              admin
                  .recognitions()
                  .createProgramme(
                      CreateProgrammeOptions.builder(
                              code(), ProgrammeKind.CHARTER, "Nobody's Charter", "1")
                          .administeringOrganisationId("no-such-organisation")
                          .build()));
    }
  }

  @Test
  void aSignatureRecordedOnAnOrganisationsBehalfIsPublicOnlyOnceItConfirms() {
    Organisation victim = newOrganisation("Unwitting Supplier", OrganisationRole.SUPPLIER);
    Organisation stranger = newOrganisation("Another Supplier", OrganisationRole.SUPPLIER);
    Programme charter =
        admin
            .recognitions()
            .createProgramme(
                CreateProgrammeOptions.builder(code(), ProgrammeKind.CHARTER, "Wirral Charter", "1")
                    .administeringOrganisationId(lead.organisations().getMyOrganisation().getId())
                    .build());
    SignProgrammeOptions onBehalf =
        SignProgrammeOptions.builder("A. Nonymous", "Director", Sector.PRIVATE)
            .organisationId(victim.getId())
            .build();
    // Before: an administrator's signature for any organisation stood at once on the public lookup.
    Signature pending = lead.recognitions().signProgramme(charter.getId(), onBehalf);
    assertEquals(SignatureStatus.PENDING, pending.getStatus());
    assertEquals(
        SignatureStatus.PENDING,
        admin.recognitions().signProgramme(CHARTER_ID, onBehalf).getStatus(),
        "platform admins administer the shipped programmes: the same rule");
    Http http = http();
    assertEquals(
        404,
        http.get("/api/v1/signatures/" + pending.getId()).send().status(),
        "public nowhere while pending");
    assertEquals(
        0,
        lead
            .recognitions()
            .listSignatures(
                charter.getId(),
                ListSignaturesOptions.builder()
                    .organisationId(victim.getId())
                    .includeWithdrawn(true)
                    .build(),
                null)
            .stream()
            .count());
    Http.Reply lookup =
        http.get("/api/v1/organisations/" + victim.getId() + "/recognitions").send();
    assertEquals(200, lookup.status(), lookup.toString());
    assertEquals(0, lookup.json().getJsonArray("items").size(), lookup.body());
    try (SvkitClient other = as(stranger, "supplier")) {
      assertThrows(
          PermissionDeniedException.class,
          () -> other.recognitions().signProgramme(charter.getId(), onBehalf),
          "only administrators record a signature for another organisation");
      assertThrows(NotFoundException.class, () -> other.recognitions().confirmSignature(pending));
    }
    assertThrows(
        NotFoundException.class,
        () -> lead.recognitions().confirmSignature(pending),
        "the recorder cannot confirm it (nor read it while pending: it is the organisation's)");

    try (SvkitClient org = as(victim, "supplier")) {
      Signature seen = org.recognitions().getSignature(pending.getId());
      assertEquals(SignatureStatus.PENDING, seen.getStatus());
      Signature confirmed = org.recognitions().confirmSignature(seen);
      assertEquals(SignatureStatus.ACTIVE, confirmed.getStatus());
      assertThrows(ConflictException.class, () -> org.recognitions().confirmSignature(confirmed));
    }
    assertEquals(200, http.get("/api/v1/signatures/" + pending.getId()).send().status());
    List<JsonObject> items =
        http.get("/api/v1/organisations/" + victim.getId() + "/recognitions")
            .send()
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertTrue(
        items.stream().anyMatch(i -> i.getString("sourceId").equals(pending.getId())),
        items.toString());
  }

  @Test
  void noSignatureIsDatedBeforeTheProgrammeExisted() {
    Organisation signer = newOrganisation("Backdating Signer", OrganisationRole.SUPPLIER);
    Programme fresh =
        admin
            .recognitions()
            .createProgramme(
                CreateProgrammeOptions.builder(code(), ProgrammeKind.PLEDGE, "New Pledge", "1")
                    .administeringOrganisationId(lead.organisations().getMyOrganisation().getId())
                    .build());
    try (SvkitClient org = as(signer, "supplier")) {
      BusinessRuleException beforeLaunch =
          assertThrows(
              BusinessRuleException.class,
              () ->
                  org.recognitions()
                      .signProgramme(
                          CHARTER_ID,
                          SignProgrammeOptions.builder("Pat", "Director", Sector.PRIVATE)
                              .signedOn(LocalDate.of(2019, 6, 30))
                              .build()));
      assertEquals(
          "signedOn",
          beforeLaunch.getErrors().get(0).getField(),
          "the charter was launched on 2019-07-01");
      BusinessRuleException beforeDefined =
          assertThrows(
              BusinessRuleException.class,
              () ->
                  org.recognitions()
                      .signProgramme(
                          fresh.getId(),
                          SignProgrammeOptions.builder("Pat", "Director", Sector.PRIVATE)
                              .signedOn(today().minusYears(3))
                              .build()));
      assertEquals(
          "signedOn",
          beforeDefined.getErrors().get(0).getField(),
          "no launch date: not before it was defined");
      // Nor can its administrators move the launch back to make room for an earlier date.
      assertThrows(
          PermissionDeniedException.class,
          () ->
              lead.recognitions()
                  .updateProgramme(
                      fresh.getId(),
                      UpdateProgrammeOptions.builder("New Pledge", "1")
                          .launchedOn(LocalDate.of(2000, 1, 1))
                          .build(),
                      fresh.getETag()));
      assertEquals(
          LocalDate.of(2019, 7, 1),
          org.recognitions()
              .signProgramme(
                  CHARTER_ID,
                  SignProgrammeOptions.builder("Pat", "Director", Sector.PRIVATE)
                      .signedOn(LocalDate.of(2019, 7, 1))
                      .build())
              .getSignedOn());
    }
  }

  @Test
  void nobodyAssessesTheirOwnOrganisation() {
    String assessorSubject = subject("assessor");
    Programme scheme = scheme(assessorSubject);
    // The assessor acts for Wirral (see decide); Wirral's own buyer applies to the scheme.
    AwardApplication own =
        lead.recognitions()
            .applyForAward(scheme.getId(), application("SOC", "ECO", "ENV", "INN").build());
    assertThrows(
        PermissionDeniedException.class,
        () -> decide(assessorSubject, own, true, today()),
        "before, an assessor could award its own organisation");
    assertEquals(
        AwardApplicationStatus.SUBMITTED,
        lead.recognitions().getAwardApplication(own.getId()).getStatus());
    assertTrue(
        lead.recognitions().getRecognitions(own.getOrganisationId()).getItems().stream()
            .noneMatch(i -> i.getSourceId().equals(own.getId())));
    // The same assessor still decides other organisations' applications (as in the award round
    // test).
    Organisation supplier = newOrganisation("Independent Applicant", OrganisationRole.SUPPLIER);
    try (SvkitClient applicant = as(supplier, "supplier")) {
      AwardApplication theirs =
          applicant
              .recognitions()
              .applyForAward(scheme.getId(), application("SOC", "ECO", "ENV", "INN").build());
      assertEquals(
          AwardApplicationStatus.AWARDED,
          decide(assessorSubject, theirs, true, today()).getStatus());
    }
  }
}
