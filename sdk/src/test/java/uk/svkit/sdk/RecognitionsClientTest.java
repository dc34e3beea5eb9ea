package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.models.ApplyForAwardOptions;
import uk.svkit.sdk.models.Award;
import uk.svkit.sdk.models.AwardApplication;
import uk.svkit.sdk.models.AwardApplicationStatus;
import uk.svkit.sdk.models.AwardStatus;
import uk.svkit.sdk.models.CreateProgrammeOptions;
import uk.svkit.sdk.models.DecideAwardApplicationOptions;
import uk.svkit.sdk.models.ListAwardsOptions;
import uk.svkit.sdk.models.ListSignaturesOptions;
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

class RecognitionsClientTest {

  static final String PROGRAMME =
      "{\"id\":\"p-1\",\"code\":\"WRL-AWARD\",\"kind\":\"AWARD_SCHEME\","
          + "\"name\":\"Wirral award\",\"administeredBy\":\"Wirral Council\",\"programmeVersion\":\"1\","
          + "\"validityMonths\":60,\"elements\":[{\"code\":\"SOC\",\"kind\":\"THEME\",\"title\":\"Social\"}],"
          + "\"assessors\":[\"ann\"],\"createdAt\":\"2026-11-01T10:00:00Z\"}";

  static final String SIGNATURE =
      "{\"id\":\"s-1\",\"programmeId\":\"p-3\",\"programmeCode\":\"CM-ANCHOR\","
          + "\"programmeVersion\":\"2022-07\",\"organisationId\":\"o-1\",\"organisationName\":\"Wirral Council\","
          + "\"signedOn\":\"2024-01-15\",\"signatoryName\":\"Ann Smith\",\"signatoryRole\":\"Chief Executive\","
          + "\"sector\":\"LOCAL_AUTHORITY\",\"status\":\"WITHDRAWN\",\"withdrawnOn\":\"2025-01-15\","
          + "\"commitments\":[{\"elementCode\":\"P1\",\"elementTitle\":\"Purchasing locally\","
          + "\"commitment\":\"30% local spend\",\"indicatorCode\":\"LM-SUP-01\"}]}";

  static final String APPLICATION =
      "{\"id\":\"a-1\",\"programmeId\":\"p-1\",\"programmeCode\":\"WRL-AWARD\","
          + "\"organisationId\":\"o-5\",\"status\":\"AWARDED\",\"sector\":\"PRIVATE\",\"contactName\":\"Sam\","
          + "\"evidence\":[{\"themeCode\":\"SOC\",\"change\":\"c\",\"stakeholders\":12,\"location\":\"Birkenhead\","
          + "\"period\":\"2025\"}],\"decidedOn\":\"2024-02-29\",\"decidedBy\":\"ann\",\"reasons\":\"r\","
          + "\"expiresOn\":\"2029-02-28\",\"awardStatus\":\"CURRENT\"}";

  private StubServer stub;
  private SvkitClient client;

  @BeforeEach
  void start() throws Exception {
    stub = new StubServer();
    client = TestSupport.clientFor(stub, new TestSupport.RecordingSleeper());
  }

  @AfterEach
  void stop() {
    stub.close();
    client.close();
  }

  @Test
  void createProgrammeSendsElementsWithAnIdempotencyKey() {
    stub.enqueue(Reply.json(201, PROGRAMME).header("ETag", "\"0\""));

    Programme p =
        client
            .recognitions()
            .createProgramme(
                CreateProgrammeOptions.builder(
                        "WRL-AWARD", ProgrammeKind.AWARD_SCHEME, "Wirral award", "1")
                    .launchedOn(LocalDate.of(2026, 4, 1))
                    .addElement(
                        ProgrammeElementInput.of("SOC", ProgrammeElementKind.THEME, "Social", null))
                    .build());

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/programmes", req.path());
    assertNotNull(req.header("Idempotency-Key"));
    assertEquals(
        "{\"code\":\"WRL-AWARD\",\"kind\":\"AWARD_SCHEME\",\"name\":\"Wirral award\","
            + "\"programmeVersion\":\"1\",\"launchedOn\":\"2026-04-01\",\"elements\":[{\"code\":\"SOC\","
            + "\"kind\":\"THEME\",\"title\":\"Social\"}]}",
        req.body);
    assertEquals(ProgrammeKind.AWARD_SCHEME, p.getKind());
    assertEquals(60, p.getValidityMonths());
    assertEquals(ProgrammeElementKind.THEME, p.getElements().get(0).getKind());
    assertEquals(List.of("ann"), p.getAssessors());
    assertEquals("\"0\"", p.getETag());
  }

  @Test
  void updateProgrammeReplacesTheDescriptionWithIfMatch() {
    stub.enqueue(Reply.json(200, PROGRAMME).header("ETag", "\"2\""));

    Programme p =
        client
            .recognitions()
            .updateProgramme(
                "p-1",
                UpdateProgrammeOptions.builder("Wirral award", "2027").validityMonths(36).build(),
                "\"1\"");

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("PUT", req.method);
    assertEquals("/api/v1/programmes/p-1", req.path());
    assertEquals("\"1\"", req.header("If-Match"));
    assertEquals(
        "{\"name\":\"Wirral award\",\"programmeVersion\":\"2027\",\"validityMonths\":36}",
        req.body);
    assertEquals("\"2\"", p.getETag());
  }

  @Test
  void assignAssessorsSendsIfMatch() {
    stub.enqueue(Reply.json(200, PROGRAMME).header("ETag", "\"1\""));

    Programme p = client.recognitions().assignAssessors("p-1", List.of("ann", "bob"), "\"0\"");

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("PUT", req.method);
    assertEquals("/api/v1/programmes/p-1/assessors", req.path());
    assertEquals("\"0\"", req.header("If-Match"));
    assertEquals("{\"assessors\":[\"ann\",\"bob\"]}", req.body);
    assertEquals("\"1\"", p.getETag());
    assertThrows(
        NullPointerException.class,
        () -> client.recognitions().assignAssessors("p-1", List.of(), null));
  }

  @Test
  void signProgrammeSendsCommitmentsAndReadsTheSignature() {
    stub.enqueue(Reply.json(201, SIGNATURE).header("ETag", "\"0\""));

    Signature s =
        client
            .recognitions()
            .signProgramme(
                "p-3",
                SignProgrammeOptions.builder("Ann Smith", "Chief Executive", Sector.LOCAL_AUTHORITY)
                    .signedOn(LocalDate.of(2024, 1, 15))
                    .placeCode("E08000015")
                    .addCommitment(
                        SignatureCommitmentInput.of("P1", "30% local spend", "LM-SUP-01"))
                    .build());

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("/api/v1/programmes/p-3/signatures", req.path());
    assertNotNull(req.header("Idempotency-Key"));
    assertEquals(
        "{\"signedOn\":\"2024-01-15\",\"signatoryName\":\"Ann Smith\",\"signatoryRole\":"
            + "\"Chief Executive\",\"placeCode\":\"E08000015\",\"sector\":\"LOCAL_AUTHORITY\",\"commitments\":"
            + "[{\"elementCode\":\"P1\",\"commitment\":\"30% local spend\",\"indicatorCode\":\"LM-SUP-01\"}]}",
        req.body);
    assertEquals(LocalDate.of(2024, 1, 15), s.getSignedOn());
    assertEquals(SignatureStatus.WITHDRAWN, s.getStatus());
    assertEquals(LocalDate.of(2025, 1, 15), s.getWithdrawnOn());
    assertEquals(Sector.LOCAL_AUTHORITY, s.getSector());
    assertEquals("LM-SUP-01", s.getCommitments().get(0).getIndicatorCode());
  }

  @Test
  void withdrawSignaturePostsTheReasonWithIfMatch() {
    stub.enqueue(Reply.json(200, SIGNATURE).header("ETag", "\"1\""));

    client
        .recognitions()
        .withdrawSignature(
            "s-1",
            WithdrawSignatureOptions.builder("Board decision")
                .withdrawnOn(LocalDate.of(2025, 1, 15))
                .build(),
            "\"0\"");

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/signatures/s-1/withdrawal", req.path());
    assertEquals("\"0\"", req.header("If-Match"));
    assertEquals("{\"withdrawnOn\":\"2025-01-15\",\"reason\":\"Board decision\"}", req.body);
  }

  @Test
  void confirmSignaturePostsWithIfMatch() {
    stub.enqueue(Reply.json(200, SIGNATURE).header("ETag", "\"1\""));

    Signature confirmed =
        client.recognitions().confirmSignatureWithResponse("s-1", "\"0\"", null).getValue();

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/signatures/s-1/confirmation", req.path());
    assertEquals("\"0\"", req.header("If-Match"));
    assertEquals("\"1\"", confirmed.getETag());
  }

  @Test
  void listSignaturesSendsFilters() {
    stub.enqueue(Reply.json(200, "{\"items\":[" + SIGNATURE + "]}"));

    List<Signature> all =
        client
            .recognitions()
            .listSignatures(
                "p-3",
                ListSignaturesOptions.builder()
                    .placeCode("E08000015")
                    .sector(Sector.LOCAL_AUTHORITY)
                    .includeWithdrawn(true)
                    .limit(10)
                    .build(),
                null)
            .stream()
            .collect(Collectors.toList());

    assertEquals(1, all.size());
    assertEquals(
        "placeCode=E08000015&sector=LOCAL_AUTHORITY&includeWithdrawn=true&limit=10",
        stub.lastRequest().query());
  }

  @Test
  void applyAndDecide() {
    stub.enqueue(
        Reply.json(201, APPLICATION.replace("AWARDED", "SUBMITTED")).header("ETag", "\"0\""),
        Reply.json(200, APPLICATION).header("ETag", "\"1\""));

    AwardApplication submitted =
        client
            .recognitions()
            .applyForAward(
                "p-1",
                ApplyForAwardOptions.builder("Sam", Sector.PRIVATE)
                    .placeCode("E08000015")
                    .addEvidence(ThemeEvidenceInput.of("SOC", "c", 12, "Birkenhead", "2025"))
                    .build());
    assertEquals(
        "{\"placeCode\":\"E08000015\",\"sector\":\"PRIVATE\",\"contactName\":\"Sam\",\"evidence\":"
            + "[{\"themeCode\":\"SOC\",\"change\":\"c\",\"stakeholders\":12,\"location\":\"Birkenhead\","
            + "\"period\":\"2025\"}]}",
        stub.lastRequest().body);
    assertEquals(AwardApplicationStatus.SUBMITTED, submitted.getStatus());

    AwardApplication decided =
        client
            .recognitions()
            .decideAwardApplication(
                submitted.getId(),
                DecideAwardApplicationOptions.builder(true, "r")
                    .decidedOn(LocalDate.of(2024, 2, 29))
                    .build(),
                submitted.getETag());

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("/api/v1/award-applications/a-1/decision", req.path());
    assertEquals("\"0\"", req.header("If-Match"));
    assertEquals("{\"awarded\":true,\"decidedOn\":\"2024-02-29\",\"reasons\":\"r\"}", req.body);
    assertEquals(LocalDate.of(2029, 2, 28), decided.getExpiresOn());
    assertEquals(AwardStatus.CURRENT, decided.getAwardStatus());
    assertEquals(12, decided.getEvidence().get(0).getStakeholders());
  }

  @Test
  void decideByANonAssessorIsPermissionDenied() {
    stub.enqueue(Reply.problem(403, "/problems/forbidden", "Forbidden", "Only the assessors"));

    assertThrows(
        PermissionDeniedException.class,
        () ->
            client
                .recognitions()
                .decideAwardApplication(
                    "a-1", DecideAwardApplicationOptions.builder(false, "no").build(), "\"0\""));
  }

  @Test
  void listAwardsSendsExpiringWithinDays() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"items\":[{\"id\":\"a-1\",\"awardedOn\":\"2024-02-29\","
                + "\"expiresOn\":\"2029-02-28\",\"status\":\"CURRENT\",\"sector\":\"SOMETHING_NEW\"}]}"));

    List<Award> awards =
        client
            .recognitions()
            .listAwards(
                "p-1",
                ListAwardsOptions.builder()
                    .expiringWithinDays(30)
                    .asOf(LocalDate.of(2029, 2, 1))
                    .build(),
                null)
            .stream()
            .collect(Collectors.toList());

    assertEquals("expiringWithinDays=30&asOf=2029-02-01", stub.lastRequest().query());
    assertEquals(LocalDate.of(2029, 2, 28), awards.get(0).getExpiresOn());
    assertEquals(
        "SOMETHING_NEW", awards.get(0).getSector().toString(), "unknown values are tolerated");
  }

  @Test
  void getRecognitionsReadsDatedSourcedItems() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"organisationId\":\"o-5\",\"organisationName\":\"Mersey Build\","
                + "\"asOf\":\"2026-11-22\",\"items\":[{\"type\":\"SIGNATURE\",\"programmeCode\":\"CM-SV-CHARTER\","
                + "\"programmeKind\":\"CHARTER\",\"since\":\"2024-01-15\",\"sourceId\":\"s-1\","
                + "\"source\":\"http://x/api/v1/signatures/s-1\"},{\"type\":\"AWARD\",\"programmeCode\":"
                + "\"CM-SV-AWARD\",\"since\":\"2024-02-29\",\"expiresOn\":\"2029-02-28\",\"sourceId\":\"a-1\"}]}"));

    Recognitions r = client.recognitions().getRecognitions("o-5", LocalDate.of(2026, 11, 22));

    assertEquals("/api/v1/organisations/o-5/recognitions", stub.lastRequest().path());
    assertEquals("asOf=2026-11-22", stub.lastRequest().query());
    Recognition signature = r.getItems().get(0);
    assertEquals(RecognitionType.SIGNATURE, signature.getType());
    assertEquals(ProgrammeKind.CHARTER, signature.getProgrammeKind());
    assertNull(signature.getExpiresOn());
    assertEquals(LocalDate.of(2029, 2, 28), r.getItems().get(1).getExpiresOn());
  }

  @Test
  void getAwardPassesAsOf() {
    stub.enqueue(Reply.json(200, "{\"id\":\"a-1\",\"status\":\"EXPIRED\"}"));

    Award award =
        client
            .recognitions()
            .getAwardWithResponse("a-1", LocalDate.of(2029, 2, 28), null)
            .getValue();

    assertEquals("/api/v1/awards/a-1", stub.lastRequest().path());
    assertEquals("asOf=2029-02-28", stub.lastRequest().query());
    assertEquals(AwardStatus.EXPIRED, award.getStatus());
  }
}
