package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.FieldError;
import uk.svkit.sdk.models.CreateQuestionSetOptions;
import uk.svkit.sdk.models.ListQuestionSetsOptions;
import uk.svkit.sdk.models.Question;
import uk.svkit.sdk.models.QuestionInput;
import uk.svkit.sdk.models.QuestionSet;
import uk.svkit.sdk.models.QuestionSetStatus;
import uk.svkit.sdk.models.QuestionType;
import uk.svkit.sdk.models.UnitType;
import uk.svkit.sdk.models.UpdateQuestionSetOptions;

class QuestionSetsClientTest {

  static String questionSetJson(String id, String status) {
    return "{\"id\":\""
        + id
        + "\",\"seriesId\":\"qs-1\",\"versionNumber\":2,\"status\":\""
        + status
        + "\",\"title\":\"Wirral 2025\",\"description\":\"Local jobs first\","
        + "\"frameworkCode\":\"PPN0620\",\"edition\":\"2020-12\",\"questions\":["
        + "{\"key\":\"Q1\",\"type\":\"COMMITMENT\",\"text\":\"Local hires?\","
        + "\"weight\":60.5,\"measureCode\":\"LM-EMP-01\",\"unitType\":\"FTE\","
        + "\"unitLabel\":\"FTE\",\"links\":[\"LM-EMP\"],\"rubric\":["
        + "{\"score\":0,\"descriptor\":\"Unacceptable\"},"
        + "{\"score\":100,\"descriptor\":\"Excellent\"}]},"
        + "{\"key\":\"Q2\",\"type\":\"SINGLE_CHOICE\",\"text\":\"Accredited?\","
        + "\"weight\":39.5,\"options\":[\"No\",\"Yes\"],\"rubric\":["
        + "{\"score\":0,\"descriptor\":\"No\"},{\"score\":100,\"descriptor\":\"Yes\"}]},"
        + "{\"key\":\"Q3\",\"type\":\"VIDEO_PITCH\",\"text\":\"Show us\",\"weight\":0,"
        + "\"durationSeconds\":90}],"
        + "\"publishedAt\":\"2025-05-01T09:00:00Z\",\"sharedWith\":[\"o-2\"],"
        + "\"ownerOrganisationId\":\"o-1\",\"createdAt\":\"2025-04-01T09:00:00Z\","
        + "\"updatedAt\":\"2025-05-01T09:00:00Z\",\"version\":7,"
        + "\"reviewBoard\":{\"members\":[\"a\"]}}";
  }

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
  void createSendsTheContractShapeWithAnIdempotencyKey() {
    stub.enqueue(
        Reply.json(201, questionSetJson("qs-1", "DRAFT"))
            .header("ETag", "\"1\"")
            .header("Location", stub.endpoint() + "/api/v1/question-sets/qs-1"));

    Response<QuestionSet> response =
        client
            .questionSets()
            .createQuestionSetWithResponse(
                CreateQuestionSetOptions.builder()
                    .title("Wirral 2025")
                    .frameworkCode("PPN0620")
                    .edition("2020-12")
                    .addQuestion(
                        QuestionInput.builder("Q1", QuestionType.COMMITMENT)
                            .text("Local hires?")
                            .weight(new BigDecimal("60.50"))
                            .measureCode("LM-EMP-01")
                            .links(List.of("LM-EMP"))
                            .build())
                    .addQuestion(
                        QuestionInput.builder("Q2", QuestionType.SINGLE_CHOICE)
                            .text("Accredited?")
                            .guidance("Pick one")
                            .weight(new BigDecimal("39.5"))
                            .options(List.of("No", "Yes"))
                            .addRubricLevel(0, "No")
                            .addRubricLevel(100, "Yes")
                            .build())
                    .addQuestion(
                        QuestionInput.builder("Q3", QuestionType.METHOD_STATEMENT)
                            .text("How?")
                            .weight(BigDecimal.ZERO)
                            .maxCharacters(2000)
                            .maxWords(300)
                            .build())
                    .build(),
                null);

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/question-sets", req.path());
    assertTrue(req.header("Content-Type").startsWith("application/json"));
    assertNotNull(req.header("Idempotency-Key"));
    assertEquals(
        "{\"title\":\"Wirral 2025\",\"frameworkCode\":\"PPN0620\",\"edition\":"
            + "\"2020-12\",\"questions\":["
            + "{\"key\":\"Q1\",\"type\":\"COMMITMENT\",\"text\":\"Local hires?\","
            + "\"weight\":60.50,\"measureCode\":\"LM-EMP-01\",\"links\":[\"LM-EMP\"]},"
            + "{\"key\":\"Q2\",\"type\":\"SINGLE_CHOICE\",\"text\":\"Accredited?\","
            + "\"guidance\":\"Pick one\",\"weight\":39.5,\"options\":[\"No\",\"Yes\"],"
            + "\"rubric\":[{\"score\":0,\"descriptor\":\"No\"},"
            + "{\"score\":100,\"descriptor\":\"Yes\"}]},"
            + "{\"key\":\"Q3\",\"type\":\"METHOD_STATEMENT\",\"text\":\"How?\",\"weight\":0,"
            + "\"maxCharacters\":2000,\"maxWords\":300}]}",
        req.body);
    assertEquals(201, response.getStatusCode());
    assertEquals("\"1\"", response.getValue().getETag());
  }

  @Test
  void questionSetIsParsedToleratingUnknownValuesAndFields() {
    stub.enqueue(Reply.json(200, questionSetJson("qs-2", "UNDER_REVIEW")).header("ETag", "\"7\""));

    QuestionSet set = client.questionSets().getQuestionSet("qs-2");

    assertEquals("/api/v1/question-sets/qs-2", stub.lastRequest().path());
    assertEquals("qs-2", set.getId());
    assertEquals("qs-1", set.getSeriesId());
    assertEquals(2, set.getVersionNumber());
    assertEquals(QuestionSetStatus.fromString("UNDER_REVIEW"), set.getStatus());
    assertEquals("UNDER_REVIEW", set.getStatus().toString());
    assertEquals("Wirral 2025", set.getTitle());
    assertEquals("Local jobs first", set.getDescription());
    assertEquals("PPN0620", set.getFrameworkCode());
    assertEquals("2020-12", set.getEdition());
    assertEquals(OffsetDateTime.parse("2025-05-01T09:00:00Z"), set.getPublishedAt());
    assertNull(set.getRetiredAt());
    assertEquals(List.of("o-2"), set.getSharedWith());
    assertEquals("o-1", set.getOwnerOrganisationId());
    assertEquals(7, set.getVersion());
    assertEquals("\"7\"", set.getETag());

    List<Question> qs = set.getQuestions();
    assertEquals(3, qs.size());
    Question q1 = qs.get(0);
    assertEquals(QuestionType.COMMITMENT, q1.getType());
    assertEquals(new BigDecimal("60.5"), q1.getWeight());
    assertEquals("LM-EMP-01", q1.getMeasureCode());
    assertEquals(UnitType.FTE, q1.getUnitType());
    assertEquals("FTE", q1.getUnitLabel());
    assertEquals(List.of("LM-EMP"), q1.getLinks());
    assertEquals(2, q1.getRubric().size());
    assertEquals(100, q1.getRubric().get(1).getScore());
    assertEquals("Excellent", q1.getRubric().get(1).getDescriptor());
    assertEquals(List.of("No", "Yes"), qs.get(1).getOptions());
    assertTrue(qs.get(0).getOptions().isEmpty(), "absent arrays read as empty");
    assertEquals("VIDEO_PITCH", qs.get(2).getType().toString());
    assertTrue(qs.get(2).getRubric().isEmpty());
    assertNull(qs.get(2).getMaxWords());
  }

  @Test
  void publishSendsIfMatchFromTheModelAndNoIdempotencyKey() {
    stub.enqueue(
        Reply.json(200, questionSetJson("qs-1", "DRAFT")).header("ETag", "\"7\""),
        Reply.json(200, questionSetJson("qs-1", "PUBLISHED")).header("ETag", "\"8\""));
    QuestionSet draft = client.questionSets().getQuestionSet("qs-1");

    QuestionSet published = client.questionSets().publishQuestionSet(draft);

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/question-sets/qs-1/publish", req.path());
    assertEquals("\"7\"", req.header("If-Match"));
    assertNull(req.header("Idempotency-Key"), "an action is not a create");
    assertEquals(QuestionSetStatus.PUBLISHED, published.getStatus());
    assertEquals("\"8\"", published.getETag());
  }

  @Test
  void actionsOnAListItemWithoutETagAreRefusedBeforeSending() {
    stub.enqueue(Reply.json(200, "{\"items\":[" + questionSetJson("qs-1", "DRAFT") + "]}"));
    QuestionSet item = client.questionSets().listQuestionSets().iterator().next();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> client.questionSets().publishQuestionSet(item));

    assertTrue(e.getMessage().contains("getQuestionSet(id)"), e.getMessage());
    assertThrows(
        NullPointerException.class, () -> client.questionSets().retireQuestionSet("qs-1", null));
    assertEquals(1, stub.requests().size());
  }

  @Test
  void publishRejectedWith422ExposesFieldErrors() {
    stub.enqueue(
        Reply.raw(
            422,
            "application/problem+json",
            "{\"type\":"
                + "\"/problems/business-rule-violated\",\"title\":\"Business rule violated\","
                + "\"status\":422,\"detail\":\"The question set is not complete.\",\"errors\":["
                + "{\"field\":\"questions\",\"message\":\"weights sum to 90, not 100\"},"
                + "{\"field\":\"questions[1].options\",\"message\":\"a single choice question"
                + " needs options\"}]}"));

    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class,
            () -> client.questionSets().publishQuestionSet("qs-1", "\"3\""));

    assertEquals(422, e.getStatusCode());
    assertEquals(
        List.of(
            new FieldError("questions", "weights sum to 90, not 100"),
            new FieldError("questions[1].options", "a single choice question needs options")),
        e.getErrors());
    assertEquals("\"3\"", stub.lastRequest().header("If-Match"));
  }

  @Test
  void retireAndUpdateSendIfMatch() {
    stub.enqueue(
        Reply.json(200, questionSetJson("qs-1", "RETIRED")),
        Reply.json(200, questionSetJson("qs-1", "DRAFT")));

    QuestionSet retired = client.questionSets().retireQuestionSet("qs-1", "5");
    assertEquals("/api/v1/question-sets/qs-1/retire", stub.lastRequest().path());
    assertEquals("\"5\"", stub.lastRequest().header("If-Match"), "bare ETags are quoted");
    assertEquals(QuestionSetStatus.RETIRED, retired.getStatus());

    client
        .questionSets()
        .updateQuestionSet(
            "qs-1", UpdateQuestionSetOptions.builder(retired).title("Renamed").build(), "\"9\"");
    StubServer.Recorded req = stub.lastRequest();
    assertEquals("PUT", req.method);
    assertEquals("/api/v1/question-sets/qs-1", req.path());
    assertEquals("\"9\"", req.header("If-Match"));
    assertTrue(
        req.body.startsWith(
            "{\"title\":\"Renamed\",\"description\":"
                + "\"Local jobs first\",\"frameworkCode\":\"PPN0620\""),
        req.body);
    // The commitment's unit comes from its measure, so it is not sent back.
    assertTrue(
        req.body.contains(
            "{\"key\":\"Q1\",\"type\":\"COMMITMENT\",\"text\":"
                + "\"Local hires?\",\"weight\":60.5,\"measureCode\":\"LM-EMP-01\",\"links\":"
                + "[\"LM-EMP\"],\"rubric\":[{\"score\":0,"),
        req.body);
  }

  @Test
  void exportCsvAsksForTextCsvAndReturnsTheText() {
    String csv =
        "questionSetId,seriesId,versionNumber,title,key,type\r\n"
            + "qs-1,qs-1,1,Wirral 2025,Q1,COMMITMENT\r\n";
    stub.enqueue(Reply.raw(200, "text/csv; charset=UTF-8", csv));

    String exported = client.questionSets().exportQuestionSetCsv("qs-1");

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("GET", req.method);
    assertEquals("/api/v1/question-sets/qs-1/export", req.path());
    assertTrue(req.header("Accept").startsWith("text/csv"), req.header("Accept"));
    assertTrue(req.header("Accept").contains("application/problem+json"));
    assertEquals(csv, exported);
  }

  @Test
  void exportJsonAsksForJsonAndDraftIsAConflict() {
    stub.enqueue(
        Reply.json(200, questionSetJson("qs-1", "PUBLISHED")),
        Reply.problem(409, "/problems/conflict", "Conflict", "A draft cannot be exported"));

    QuestionSet exported = client.questionSets().exportQuestionSetJson("qs-1");
    assertTrue(stub.lastRequest().header("Accept").startsWith("application/json"));
    assertEquals(3, exported.getQuestions().size());

    assertThrows(ConflictException.class, () -> client.questionSets().exportQuestionSetCsv("qs-1"));
  }

  @Test
  void createVersionIsACreateWithAnIdempotencyKey() {
    stub.enqueue(Reply.json(201, questionSetJson("qs-3", "DRAFT")));

    client
        .questionSets()
        .createQuestionSetVersion(
            "qs-1", RequestOptions.builder().idempotencyKey("v3-of-qs-1").build());

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/question-sets/qs-1/versions", req.path());
    assertEquals("v3-of-qs-1", req.header("Idempotency-Key"));
  }

  @Test
  void shareAndUnshareUseTheSharesSubResource() {
    stub.enqueue(Reply.empty(204), Reply.empty(204));

    client.questionSets().shareQuestionSet("qs-1", "o-2");
    StubServer.Recorded share = stub.lastRequest();
    assertEquals("PUT", share.method);
    assertEquals("/api/v1/question-sets/qs-1/shares/o-2", share.path());

    Response<Void> r = client.questionSets().unshareQuestionSetWithResponse("qs-1", "o-2", null);
    assertEquals("DELETE", stub.lastRequest().method);
    assertEquals("/api/v1/question-sets/qs-1/shares/o-2", stub.lastRequest().path());
    assertEquals(204, r.getStatusCode());
    assertNull(r.getValue());
    assertThrows(
        IllegalArgumentException.class, () -> client.questionSets().shareQuestionSet("qs-1", " "));
  }

  @Test
  void listFiltersByStatusAndFollowsCursors() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"items\":["
                + questionSetJson("qs-1", "PUBLISHED")
                + "],"
                + "\"next\":\"/api/v1/question-sets?status=PUBLISHED&limit=1&cursor=c2\"}"),
        Reply.json(200, "{\"items\":[" + questionSetJson("qs-2", "PUBLISHED") + "]}"));

    List<String> ids =
        client
            .questionSets()
            .listQuestionSets(
                ListQuestionSetsOptions.builder()
                    .status(QuestionSetStatus.PUBLISHED)
                    .limit(1)
                    .build())
            .stream()
            .map(QuestionSet::getId)
            .collect(Collectors.toList());

    assertEquals(List.of("qs-1", "qs-2"), ids);
    assertEquals("status=PUBLISHED&limit=1", stub.requests().get(0).query());
    assertEquals("status=PUBLISHED&limit=1&cursor=c2", stub.requests().get(1).query());
  }

  @Test
  void buildersCheckRequiredFields() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> QuestionInput.builder("Q1", QuestionType.YES_NO).build());
    assertTrue(e.getMessage().contains(".text(...)"), e.getMessage());
    assertTrue(e.getMessage().contains(".weight(...)"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> CreateQuestionSetOptions.builder().build());
    assertThrows(
        NullPointerException.class,
        () -> QuestionInput.builder("Q1", QuestionType.YES_NO).options(List.of("a", null)));
  }
}
