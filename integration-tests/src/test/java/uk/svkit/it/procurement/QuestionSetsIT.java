package uk.svkit.it.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
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
import uk.svkit.sdk.models.CreateQuestionSetOptions;
import uk.svkit.sdk.models.ListQuestionSetsOptions;
import uk.svkit.sdk.models.QuestionInput;
import uk.svkit.sdk.models.QuestionSet;
import uk.svkit.sdk.models.QuestionSetStatus;
import uk.svkit.sdk.models.QuestionType;
import uk.svkit.sdk.models.UpdateQuestionSetOptions;

/**
 * Question sets through the SDK: drafting, the rules at publication, immutability, versions,
 * export, sharing.
 */
class QuestionSetsIT extends SvkitServer {
  private static final String LIVERPOOL_ID = "8f1f3c39-0000-4000-8000-000000000002";
  private SvkitClient wirral;
  private SvkitClient liverpool;

  @BeforeEach
  void connect() {
    wirral = Clients.of(endpoint(), Tokens.of("GB-LAE-WRL", "buyer"));
    liverpool = Clients.of(endpoint(), Tokens.of("GB-LAE-LIV", "buyer"));
  }

  @AfterEach
  void close() {
    wirral.close();
    liverpool.close();
  }

  @Test
  void publishingChecksEveryRuleAndReportsEachProblemByField() {
    QuestionSet draft =
        wirral
            .questionSets()
            .createQuestionSet(
                CreateQuestionSetOptions.builder()
                    .title(unique("Incomplete set"))
                    .frameworkCode("SVK-LOCAL")
                    .edition("1")
                    .addQuestion(
                        QuestionInput.builder("JOBS", QuestionType.COMMITMENT)
                            .text("Jobs?")
                            .weight(new BigDecimal("50"))
                            .build())
                    .addQuestion(
                        QuestionInput.builder("HOW", QuestionType.METHOD_STATEMENT)
                            .text("How?")
                            .weight(new BigDecimal("30"))
                            .build())
                    .addQuestion(
                        QuestionInput.builder("PICK", QuestionType.SINGLE_CHOICE)
                            .text("Which?")
                            .weight(new BigDecimal("10"))
                            .options(List.of("only one"))
                            .links(List.of("NOT-A-CODE"))
                            .addRubricLevel(10, "Some")
                            .addRubricLevel(20, "More")
                            .build())
                    .build());
    assertEquals(QuestionSetStatus.DRAFT, draft.getStatus());
    assertEquals(5, draft.getQuestions().get(0).getRubric().size(), "the default 0-100 rubric");

    BusinessRuleException problem =
        assertThrows(
            BusinessRuleException.class, () -> wirral.questionSets().publishQuestionSet(draft));
    List<String> fields = problem.getErrors().stream().map(FieldError::getField).toList();
    assertTrue(
        fields.containsAll(
            List.of(
                "questions[0].measureCode",
                "questions[1].maxCharacters",
                "questions[2].options",
                "questions[2].links[0]",
                "questions[2].rubric",
                "questions")),
        fields.toString());
    assertTrue(
        problem.getErrors().stream().anyMatch(e -> e.getMessage().contains("add up to 100")),
        problem.getErrors().toString());
    assertEquals(
        QuestionSetStatus.DRAFT, wirral.questionSets().getQuestionSet(draft.getId()).getStatus());
  }

  @Test
  void malformedQuestionsAreRejectedBeforeAnythingIsStored() {
    ValidationException invalid =
        assertThrows(
            ValidationException.class,
            () ->
                wirral
                    .questionSets()
                    .createQuestionSet(
                        CreateQuestionSetOptions.builder()
                            .title(unique("Bad keys"))
                            .frameworkCode("SVK-LOCAL")
                            .edition("1")
                            .addQuestion(
                                QuestionInput.builder("no spaces allowed", QuestionType.YES_NO)
                                    .text("?")
                                    .weight(new BigDecimal("100"))
                                    .build())
                            .build()));
    assertTrue(
        invalid.getErrors().stream().anyMatch(e -> e.getField().contains("key")),
        invalid.getErrors().toString());
    assertThrows(
        NotFoundException.class,
        () ->
            wirral
                .questionSets()
                .createQuestionSet(
                    ProcurementFixtures.oneWirralQuestions(unique("Unknown edition"))
                        .edition("1999")
                        .build()));
  }

  @Test
  void aPublishedVersionNeverChangesAndANewVersionStartsFromIt() {
    QuestionSet draft =
        wirral
            .questionSets()
            .createQuestionSet(ProcurementFixtures.oneWirralQuestions(unique("Versioned")).build());
    QuestionSet renamed =
        wirral
            .questionSets()
            .updateQuestionSet(
                draft,
                UpdateQuestionSetOptions.builder(draft).title(draft.getTitle() + " (v1)").build());
    assertThrows(
        PreconditionFailedException.class,
        () ->
            wirral
                .questionSets()
                .updateQuestionSet(
                    draft, UpdateQuestionSetOptions.builder(draft).title("stale").build()));
    QuestionSet published = wirral.questionSets().publishQuestionSet(renamed);
    assertEquals(QuestionSetStatus.PUBLISHED, published.getStatus());

    assertThrows(
        ConflictException.class,
        () ->
            wirral
                .questionSets()
                .updateQuestionSet(
                    published,
                    UpdateQuestionSetOptions.builder(published).title("changed").build()));
    assertThrows(
        ConflictException.class, () -> wirral.questionSets().publishQuestionSet(published));

    QuestionSet next = wirral.questionSets().createQuestionSetVersion(published.getId());
    assertEquals(2, next.getVersionNumber());
    assertEquals(published.getSeriesId(), next.getSeriesId());
    assertEquals(QuestionSetStatus.DRAFT, next.getStatus());
    assertThrows(
        ConflictException.class,
        () -> wirral.questionSets().createQuestionSetVersion(published.getId()),
        "one draft at a time");
    QuestionSet changed =
        wirral
            .questionSets()
            .updateQuestionSet(
                next, UpdateQuestionSetOptions.builder(next).title("Version 2").build());
    assertEquals("Version 2", changed.getTitle());
    assertEquals(
        renamed.getTitle(),
        wirral.questionSets().getQuestionSet(published.getId()).getTitle(),
        "version 1 is untouched");

    QuestionSet retired =
        wirral
            .questionSets()
            .retireQuestionSet(wirral.questionSets().getQuestionSet(published.getId()));
    assertEquals(QuestionSetStatus.RETIRED, retired.getStatus());
    assertThrows(ConflictException.class, () -> wirral.questionSets().retireQuestionSet(retired));
  }

  @Test
  void exportsAPublishedVersionAsJsonAndCsv() {
    QuestionSet draft =
        wirral
            .questionSets()
            .createQuestionSet(
                ProcurementFixtures.oneWirralQuestions(unique("Export, with \"quotes\"")).build());
    assertThrows(
        ConflictException.class, () -> wirral.questionSets().exportQuestionSetCsv(draft.getId()));
    QuestionSet published = wirral.questionSets().publishQuestionSet(draft);

    QuestionSet json = wirral.questionSets().exportQuestionSetJson(published.getId());
    assertEquals(published.getQuestions().size(), json.getQuestions().size());
    assertEquals("FTE local employees", json.getQuestions().get(0).getUnitLabel());

    String csv = wirral.questionSets().exportQuestionSetCsv(published.getId());
    List<String> lines = csv.lines().toList();
    assertEquals(5, lines.size(), csv);
    assertTrue(
        lines
            .get(0)
            .startsWith(
                "questionSetId,seriesId,versionNumber,title,frameworkCode,edition,key,type,text"),
        lines.get(0));
    assertTrue(
        lines.get(1).contains("\"" + published.getTitle().replace("\"", "\"\"") + "\""),
        "the title is quoted as RFC 4180 asks: " + lines.get(1));
    assertTrue(
        lines.get(1).contains(",JOBS,COMMITMENT,")
            && lines.get(1).contains(",30,LM-EMP-01,FTE local employees,"),
        lines.get(1));
    assertTrue(lines.get(1).contains("0=Unacceptable"), lines.get(1));
  }

  @Test
  void sharedSetsAreReadOnlyToTheOrganisationsTheyAreSharedWith() {
    QuestionSet draft =
        wirral
            .questionSets()
            .createQuestionSet(ProcurementFixtures.oneWirralQuestions(unique("Shared")).build());
    assertThrows(
        NotFoundException.class, () -> liverpool.questionSets().getQuestionSet(draft.getId()));
    assertThrows(
        ConflictException.class,
        () -> wirral.questionSets().shareQuestionSet(draft.getId(), LIVERPOOL_ID),
        "drafts are not shared");

    QuestionSet published = wirral.questionSets().publishQuestionSet(draft);
    wirral.questionSets().shareQuestionSet(published.getId(), LIVERPOOL_ID);
    assertEquals(
        List.of(LIVERPOOL_ID),
        wirral.questionSets().getQuestionSet(published.getId()).getSharedWith());

    QuestionSet seen = liverpool.questionSets().getQuestionSet(published.getId());
    assertEquals(published.getTitle(), seen.getTitle());
    assertTrue(
        seen.getSharedWith().isEmpty(), "who else it is shared with is the owner's business");
    assertTrue(
        liverpool
            .questionSets()
            .listQuestionSets(
                ListQuestionSetsOptions.builder().status(QuestionSetStatus.PUBLISHED).build())
            .stream()
            .anyMatch(s -> s.getId().equals(published.getId())));
    assertThrows(
        PermissionDeniedException.class, () -> liverpool.questionSets().retireQuestionSet(seen));
    assertThrows(
        PermissionDeniedException.class,
        () -> liverpool.questionSets().createQuestionSetVersion(seen.getId()));

    wirral.questionSets().unshareQuestionSet(published.getId(), LIVERPOOL_ID);
    assertThrows(
        NotFoundException.class, () -> liverpool.questionSets().getQuestionSet(published.getId()));
    assertThrows(
        BusinessRuleException.class,
        () ->
            wirral
                .questionSets()
                .shareQuestionSet(published.getId(), "00000000-0000-4000-8000-000000000000"));
  }
}
