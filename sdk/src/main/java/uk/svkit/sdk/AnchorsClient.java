package uk.svkit.sdk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.PreconditionFailedException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.AnchorBenchmark;
import uk.svkit.sdk.models.AnchorCollectiveView;
import uk.svkit.sdk.models.AnchorDashboard;
import uk.svkit.sdk.models.AnchorIndicator;
import uk.svkit.sdk.models.AnchorIndicatorDeclaration;
import uk.svkit.sdk.models.AnchorIndicatorReturn;
import uk.svkit.sdk.models.AnchorIndicatorTarget;
import uk.svkit.sdk.models.CreateAnchorIndicatorOptions;
import uk.svkit.sdk.models.DeclareAnchorIndicatorOptions;
import uk.svkit.sdk.models.EvidenceRef;
import uk.svkit.sdk.models.MaturityLevel;
import uk.svkit.sdk.models.MaturityModel;
import uk.svkit.sdk.models.MaturityPlaceBenchmark;
import uk.svkit.sdk.models.MaturityStatement;
import uk.svkit.sdk.models.MeasurePillar;
import uk.svkit.sdk.models.PublishMaturityModelOptions;
import uk.svkit.sdk.models.RecordSelfAssessmentOptions;
import uk.svkit.sdk.models.SelfAssessment;
import uk.svkit.sdk.models.SelfAssessmentProgression;
import uk.svkit.sdk.models.StatementScore;
import uk.svkit.sdk.models.SubmitAnchorIndicatorReturnOptions;

/**
 * Anchor institutions: an anchor framework's indicator catalogue and measure-to-pillar mapping,
 * signatories' indicator declarations and their returns (validated by the programme's administering
 * organisation, with the same life cycle as contract returns), pillar dashboards, the collective
 * view and peer benchmarks, and the commissioning-cycle maturity self-assessment. Obtain from
 * {@link SvkitClient#anchors()}; thread-safe.
 *
 * <p>A signatory's declarations, returns, dashboard and benchmark are readable by the signatory,
 * the programme's administering organisation and platform admins; anyone else gets {@link
 * NotFoundException}. Self-assessments are the assessing organisation's alone. Benchmarks never
 * count the caller among the peers and show median and quartiles only from {@code minPeers} peers.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * PermissionDeniedException}, {@link uk.svkit.sdk.exception.ValidationException}, {@link
 * uk.svkit.sdk.exception.RateLimitException}, {@link uk.svkit.sdk.exception.ServerException},
 * {@link ApiException} and {@link ConnectionException}.
 *
 * @since 0.2.0
 */
public final class AnchorsClient {

  private static final String PROGRAMMES = "programmes";
  private static final String DECLARATIONS = "indicator-declarations";
  private static final String RETURNS = "indicator-returns";

  private final Operations ops;

  AnchorsClient(Operations ops) {
    this.ops = ops;
  }

  // ---- catalogue and mapping -------------------------------------------------------------

  /**
   * Lists an anchor framework's indicator catalogue (svkit's shipped indicators for its pillars and
   * its own), by code.
   *
   * @param programmeId the anchor framework
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code programmeId} is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} is blank
   */
  public PagedIterable<AnchorIndicator> listIndicators(String programmeId) {
    return ops.list(
        ops.url(PROGRAMMES, Operations.pathSegment(programmeId, "programmeId"), "indicators")
            .build(),
        AnchorIndicator.class,
        null);
  }

  /**
   * Adds an indicator to an anchor framework's catalogue; its administrators only. A random {@code
   * Idempotency-Key} is sent.
   *
   * @param programmeId the anchor framework
   * @param options the indicator
   * @return the indicator
   * @throws NullPointerException if an argument is {@code null}
   * @throws ConflictException if the catalogue has the code already
   * @throws PermissionDeniedException if you do not administer the programme
   */
  public AnchorIndicator createIndicator(String programmeId, CreateAnchorIndicatorOptions options) {
    Operations.pathSegment(programmeId, "programmeId");
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", options.getCode());
    body.put("pillarCode", options.getPillarCode());
    body.put("title", options.getTitle());
    body.put("unit", options.getUnit().toString());
    body.put("direction", options.getDirection().toString());
    putIfSet(body, "description", options.getDescription());
    return ops.send(
            HttpRequest.post(
                ops.url(PROGRAMMES, programmeId, "indicators").build(), ops.toJson(body), true),
            AnchorIndicator.class)
        .getValue();
  }

  /**
   * Lists which framework measures count towards an anchor framework's pillars (shipped and its
   * own), so contract KPIs show on the pillar dashboard.
   *
   * @param programmeId the anchor framework
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code programmeId} is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} is blank
   */
  public PagedIterable<MeasurePillar> listMeasurePillars(String programmeId) {
    return ops.list(
        ops.url(PROGRAMMES, Operations.pathSegment(programmeId, "programmeId"), "measure-pillars")
            .build(),
        MeasurePillar.class,
        null);
  }

  /**
   * Counts a framework measure towards one of an anchor framework's pillars; its administrators
   * only. A random {@code Idempotency-Key} is sent.
   *
   * @param programmeId the anchor framework
   * @param measureCode the framework measure, such as {@code LM-SUP-01}
   * @param pillarCode the pillar, such as {@code P1}
   * @return the mapping
   * @throws NullPointerException if an argument is {@code null}
   * @throws ConflictException if the measure counts towards the pillar already
   * @throws PermissionDeniedException if you do not administer the programme
   */
  public MeasurePillar createMeasurePillar(
      String programmeId, String measureCode, String pillarCode) {
    Operations.pathSegment(programmeId, "programmeId");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("measureCode", Objects.requireNonNull(measureCode, "measureCode"));
    body.put("pillarCode", Objects.requireNonNull(pillarCode, "pillarCode"));
    return ops.send(
            HttpRequest.post(
                ops.url(PROGRAMMES, programmeId, "measure-pillars").build(),
                ops.toJson(body),
                true),
            MeasurePillar.class)
        .getValue();
  }

  // ---- declarations and returns ----------------------------------------------------------

  /**
   * Declares a catalogue indicator for your organisation, with baseline and targets. Your
   * organisation must have a standing signature of the programme. A random {@code Idempotency-Key}
   * is sent.
   *
   * @param programmeId the anchor framework
   * @param organisationId your organisation's id
   * @param options the declaration
   * @return the declaration, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws BusinessRuleException if your organisation has not signed the programme
   * @throws ConflictException if it declared the indicator already
   * @throws PermissionDeniedException if {@code organisationId} is not your organisation
   */
  public AnchorIndicatorDeclaration declareIndicator(
      String programmeId, String organisationId, DeclareAnchorIndicatorOptions options) {
    Operations.pathSegment(programmeId, "programmeId");
    Operations.pathSegment(organisationId, "organisationId");
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("indicatorCode", options.getIndicatorCode());
    body.put("frequency", options.getFrequency().toString());
    body.put("reportingFrom", options.getReportingFrom().toString());
    body.put("baselineValue", options.getBaselineValue());
    body.put("baselineOn", options.getBaselineOn().toString());
    body.put("targets", targets(options.getTargets()));
    return ops.send(
            HttpRequest.post(
                ops.url(PROGRAMMES, programmeId, "anchors", organisationId, DECLARATIONS).build(),
                ops.toJson(body),
                true),
            AnchorIndicatorDeclaration.class)
        .getValue();
  }

  /**
   * Lists an anchor's indicator declarations under a programme, by pillar and indicator.
   *
   * @param programmeId the programme
   * @param organisationId the anchor
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if an argument is blank
   */
  public PagedIterable<AnchorIndicatorDeclaration> listDeclarations(
      String programmeId, String organisationId) {
    return ops.list(
        ops.url(
                PROGRAMMES,
                Operations.pathSegment(programmeId, "programmeId"),
                "anchors",
                Operations.pathSegment(organisationId, "organisationId"),
                DECLARATIONS)
            .build(),
        AnchorIndicatorDeclaration.class,
        null);
  }

  /**
   * Returns an indicator declaration with its ETag.
   *
   * @param declarationId the declaration
   * @return the declaration
   * @throws NullPointerException if {@code declarationId} is {@code null}
   * @throws NotFoundException if there is none you may read
   */
  public AnchorIndicatorDeclaration getDeclaration(String declarationId) {
    return ops.send(
            HttpRequest.get(
                ops.url(DECLARATIONS, Operations.pathSegment(declarationId, "declarationId"))
                    .build()),
            AnchorIndicatorDeclaration.class)
        .getValue();
  }

  /**
   * Revises a declaration's baseline and targets (the signatory); returns are unaffected.
   *
   * @param current the declaration as last read (with its ETag)
   * @param baselineValue the new baseline
   * @param baselineOn the day of the baseline
   * @param targets the targets; they replace the current ones
   * @return the revised declaration, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws PreconditionFailedException if the declaration changed since it was read
   */
  public AnchorIndicatorDeclaration revisePlan(
      AnchorIndicatorDeclaration current,
      BigDecimal baselineValue,
      java.time.LocalDate baselineOn,
      List<AnchorIndicatorTarget> targets) {
    Objects.requireNonNull(current, "current");
    String eTag =
        Operations.eTagOf(
            current.getETag(), "AnchorIndicatorDeclaration", current.getId(), "getDeclaration");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("baselineValue", Objects.requireNonNull(baselineValue, "baselineValue"));
    body.put("baselineOn", Objects.requireNonNull(baselineOn, "baselineOn").toString());
    body.put("targets", targets(Objects.requireNonNull(targets, "targets")));
    return ops.send(
            HttpRequest.put(
                    ops.url(DECLARATIONS, current.getId(), "plan").build(), ops.toJson(body))
                .ifMatch(eTag),
            AnchorIndicatorDeclaration.class)
        .getValue();
  }

  /**
   * Submits an indicator's return for one reporting period (the signatory). A random {@code
   * Idempotency-Key} is sent.
   *
   * @param declarationId the declaration
   * @param options the return
   * @return the return, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws ConflictException if the period has a live return already (correct that one)
   * @throws BusinessRuleException if the period is not one of the declaration's or has not ended,
   *     or the evidence breaks a rule
   */
  public AnchorIndicatorReturn submitReturn(
      String declarationId, SubmitAnchorIndicatorReturnOptions options) {
    Operations.pathSegment(declarationId, "declarationId");
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("periodStart", options.getPeriodStart().toString());
    body.put("periodEnd", options.getPeriodEnd().toString());
    body.put("value", options.getValue());
    putIfSet(body, "narrative", options.getNarrative());
    body.put("evidence", evidence(options.getEvidence()));
    return ops.send(
            HttpRequest.post(
                ops.url(DECLARATIONS, declarationId, "returns").build(), ops.toJson(body), true),
            AnchorIndicatorReturn.class)
        .getValue();
  }

  /**
   * Lists a declaration's returns by period, superseded and rejected ones included.
   *
   * @param declarationId the declaration
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code declarationId} is {@code null}
   * @throws IllegalArgumentException if {@code declarationId} is blank
   */
  public PagedIterable<AnchorIndicatorReturn> listReturns(String declarationId) {
    return ops.list(
        ops.url(DECLARATIONS, Operations.pathSegment(declarationId, "declarationId"), "returns")
            .build(),
        AnchorIndicatorReturn.class,
        null);
  }

  /**
   * Returns an indicator return with its ETag.
   *
   * @param returnId the return
   * @return the return
   * @throws NullPointerException if {@code returnId} is {@code null}
   * @throws NotFoundException if there is none you may read
   */
  public AnchorIndicatorReturn getReturn(String returnId) {
    return ops.send(
            HttpRequest.get(ops.url(RETURNS, Operations.pathSegment(returnId, "returnId")).build()),
            AnchorIndicatorReturn.class)
        .getValue();
  }

  /**
   * Validates a submitted return (the programme's administering organisation, never for itself).
   *
   * @param current the return as last read (with its ETag)
   * @return the validated return
   * @throws NullPointerException if {@code current} is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws ConflictException if the return is not submitted
   * @throws PreconditionFailedException if it changed since it was read
   */
  public AnchorIndicatorReturn validateReturn(AnchorIndicatorReturn current) {
    return ops.send(
            HttpRequest.post(ops.url(RETURNS, id(current), "validate").build(), null, false)
                .ifMatch(eTagOf(current)),
            AnchorIndicatorReturn.class)
        .getValue();
  }

  /**
   * Rejects a submitted return with a reason (the programme's administering organisation).
   *
   * @param current the return as last read (with its ETag)
   * @param reason why, for the signatory
   * @return the rejected return
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws ConflictException if the return is not submitted
   * @throws PreconditionFailedException if it changed since it was read
   */
  public AnchorIndicatorReturn rejectReturn(AnchorIndicatorReturn current, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reason", Objects.requireNonNull(reason, "reason"));
    return ops.send(
            HttpRequest.post(
                    ops.url(RETURNS, id(current), "reject").build(), ops.toJson(body), false)
                .ifMatch(eTagOf(current)),
            AnchorIndicatorReturn.class)
        .getValue();
  }

  /**
   * Corrects a return (the signatory): a new submitted return supersedes it; both stay in the
   * history.
   *
   * @param current the return as last read (with its ETag)
   * @param value the corrected value
   * @param narrative the account of the correction, or {@code null}
   * @param evidence the evidence of the correction
   * @return the correction, with its ETag
   * @throws NullPointerException if {@code current}, {@code value} or {@code evidence} is {@code
   *     null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws ConflictException if it was corrected already
   * @throws PreconditionFailedException if it changed since it was read
   */
  public AnchorIndicatorReturn correctReturn(
      AnchorIndicatorReturn current,
      BigDecimal value,
      String narrative,
      List<EvidenceRef> evidence) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("value", Objects.requireNonNull(value, "value"));
    putIfSet(body, "narrative", narrative);
    body.put("evidence", evidence(Objects.requireNonNull(evidence, "evidence")));
    return ops.send(
            HttpRequest.post(
                    ops.url(RETURNS, id(current), "corrections").build(), ops.toJson(body), false)
                .ifMatch(eTagOf(current)),
            AnchorIndicatorReturn.class)
        .getValue();
  }

  // ---- dashboards and benchmarks ---------------------------------------------------------

  /**
   * Returns an anchor's pillar dashboard: each pillar's indicators against baseline and targets by
   * period, and the contract KPIs counted towards it.
   *
   * @param programmeId the programme
   * @param organisationId the anchor
   * @return the dashboard
   * @throws NullPointerException if an argument is {@code null}
   * @throws NotFoundException if you may not read the anchor's figures
   */
  public AnchorDashboard getDashboard(String programmeId, String organisationId) {
    return ops.send(
            HttpRequest.get(anchorUrl(programmeId, organisationId, "dashboard")),
            AnchorDashboard.class)
        .getValue();
  }

  /**
   * Returns an anchor's indicators against the other signatories' latest validated figures.
   *
   * @param programmeId the programme
   * @param organisationId the anchor
   * @return the benchmark
   * @throws NullPointerException if an argument is {@code null}
   * @throws NotFoundException if you may not read the anchor's figures
   */
  public AnchorBenchmark getBenchmark(String programmeId, String organisationId) {
    return ops.send(
            HttpRequest.get(anchorUrl(programmeId, organisationId, "benchmark")),
            AnchorBenchmark.class)
        .getValue();
  }

  /**
   * Returns a programme's collective view across its signatories.
   *
   * @param programmeId the programme
   * @return the collective view
   * @throws NullPointerException if {@code programmeId} is {@code null}
   * @throws NotFoundException if there is no such programme
   */
  public AnchorCollectiveView getCollectiveView(String programmeId) {
    return ops.send(
            HttpRequest.get(
                ops.url(
                        PROGRAMMES,
                        Operations.pathSegment(programmeId, "programmeId"),
                        "collective-view")
                    .build()),
            AnchorCollectiveView.class)
        .getValue();
  }

  // ---- maturity --------------------------------------------------------------------------

  /**
   * Lists maturity models by code and version (public).
   *
   * @return a lazy iterable; no request is sent until iteration
   */
  public PagedIterable<MaturityModel> listMaturityModels() {
    return ops.list(ops.url("maturity-models").build(), MaturityModel.class, null);
  }

  /**
   * Returns a maturity model version (public).
   *
   * @param modelId the model version
   * @return the model
   * @throws NullPointerException if {@code modelId} is {@code null}
   * @throws NotFoundException if there is none
   */
  public MaturityModel getMaturityModel(String modelId) {
    return ops.send(
            HttpRequest.get(
                ops.url("maturity-models", Operations.pathSegment(modelId, "modelId")).build()),
            MaturityModel.class)
        .getValue();
  }

  /**
   * Publishes the next version of a programme's maturity model; its administrators only. A random
   * {@code Idempotency-Key} is sent.
   *
   * @param programmeId the programme
   * @param options the model
   * @return the published version
   * @throws NullPointerException if an argument is {@code null}
   * @throws BusinessRuleException if a stage has no statement or the scale does not run 1, 2, 3 …
   * @throws ConflictException if the code is svkit's own or another programme's
   * @throws PermissionDeniedException if you do not administer the programme
   */
  public MaturityModel publishMaturityModel(
      String programmeId, PublishMaturityModelOptions options) {
    Operations.pathSegment(programmeId, "programmeId");
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", options.getCode());
    body.put("title", options.getTitle());
    putIfSet(body, "source", options.getSource());
    List<Map<String, Object>> levels = new ArrayList<>();
    for (MaturityLevel l : options.getLevels()) {
      Map<String, Object> level = new LinkedHashMap<>();
      level.put("value", l.getValue());
      level.put("label", l.getLabel());
      putIfSet(level, "description", l.getDescription());
      levels.add(level);
    }
    body.put("levels", levels);
    List<Map<String, Object>> statements = new ArrayList<>();
    for (MaturityStatement s : options.getStatements()) {
      Map<String, Object> statement = new LinkedHashMap<>();
      statement.put("code", s.getCode());
      statement.put("stage", s.getStage().toString());
      statement.put("text", s.getText());
      statements.add(statement);
    }
    body.put("statements", statements);
    return ops.send(
            HttpRequest.post(
                ops.url(PROGRAMMES, programmeId, "maturity-models").build(),
                ops.toJson(body),
                true),
            MaturityModel.class)
        .getValue();
  }

  /**
   * Records your organisation's self-assessment. A random {@code Idempotency-Key} is sent.
   *
   * @param options the assessment
   * @return the assessment, with its stage scores
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws BusinessRuleException if a statement is unscored, scored twice or off the scale
   */
  public SelfAssessment recordSelfAssessment(RecordSelfAssessmentOptions options) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("modelId", options.getModelId());
    if (options.getAssessedOn() != null) {
      body.put("assessedOn", options.getAssessedOn().toString());
    }
    body.put("placeCode", options.getPlaceCode());
    List<Map<String, Object>> scores = new ArrayList<>();
    for (StatementScore s : options.getScores()) {
      Map<String, Object> score = new LinkedHashMap<>();
      score.put("statementCode", s.getStatementCode());
      score.put("level", s.getLevel());
      putIfSet(score, "evidenceNote", s.getEvidenceNote());
      scores.add(score);
    }
    body.put("scores", scores);
    return ops.send(
            HttpRequest.post(ops.url("self-assessments").build(), ops.toJson(body), true),
            SelfAssessment.class)
        .getValue();
  }

  /**
   * Returns one of your organisation's self-assessments.
   *
   * @param assessmentId the assessment
   * @return the assessment
   * @throws NullPointerException if {@code assessmentId} is {@code null}
   * @throws NotFoundException if there is none of yours
   */
  public SelfAssessment getSelfAssessment(String assessmentId) {
    return ops.send(
            HttpRequest.get(
                ops.url("self-assessments", Operations.pathSegment(assessmentId, "assessmentId"))
                    .build()),
            SelfAssessment.class)
        .getValue();
  }

  /**
   * Lists your organisation's self-assessments of a model, oldest first.
   *
   * @param modelId the model version
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code modelId} is {@code null}
   */
  public PagedIterable<SelfAssessment> listSelfAssessments(String modelId) {
    return ops.list(
        ops.url("self-assessments")
            .query("modelId", Objects.requireNonNull(modelId, "modelId"))
            .build(),
        SelfAssessment.class,
        null);
  }

  /**
   * Returns your organisation's progression on a model: its assessments, oldest first, with the
   * change in every stage's score since the one before.
   *
   * @param modelId the model version
   * @return the progression
   * @throws NullPointerException if {@code modelId} is {@code null}
   */
  public SelfAssessmentProgression getProgression(String modelId) {
    return ops.send(
            HttpRequest.get(
                ops.url("self-assessments", "progression")
                    .query("modelId", Objects.requireNonNull(modelId, "modelId"))
                    .build()),
            SelfAssessmentProgression.class)
        .getValue();
  }

  /**
   * Returns your latest assessment of a model against other organisations' latest ones in a place
   * (anonymous).
   *
   * @param modelId the model version
   * @param placeCode the ONS place code
   * @return the benchmark
   * @throws NullPointerException if an argument is {@code null}
   */
  public MaturityPlaceBenchmark getPlaceBenchmark(String modelId, String placeCode) {
    return ops.send(
            HttpRequest.get(
                ops.url("self-assessments", "benchmark")
                    .query("modelId", Objects.requireNonNull(modelId, "modelId"))
                    .query("placeCode", Objects.requireNonNull(placeCode, "placeCode"))
                    .build()),
            MaturityPlaceBenchmark.class)
        .getValue();
  }

  // ---- helpers ---------------------------------------------------------------------------

  private java.net.URI anchorUrl(String programmeId, String organisationId, String what) {
    return ops.url(
            PROGRAMMES,
            Operations.pathSegment(programmeId, "programmeId"),
            "anchors",
            Operations.pathSegment(organisationId, "organisationId"),
            what)
        .build();
  }

  private static String id(AnchorIndicatorReturn current) {
    return Objects.requireNonNull(current, "current").getId();
  }

  private static String eTagOf(AnchorIndicatorReturn current) {
    return Operations.eTagOf(
        current.getETag(), "AnchorIndicatorReturn", current.getId(), "getReturn");
  }

  private static List<Map<String, Object>> targets(List<AnchorIndicatorTarget> targets) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (AnchorIndicatorTarget t : targets) {
      Map<String, Object> target = new LinkedHashMap<>();
      target.put("dueOn", t.getDueOn().toString());
      target.put("value", t.getValue());
      list.add(target);
    }
    return list;
  }

  private static List<Map<String, Object>> evidence(List<EvidenceRef> evidence) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (EvidenceRef e : evidence) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("kind", e.getKind().toString());
      item.put("reference", e.getReference());
      putIfSet(item, "sha256", e.getSha256());
      putIfSet(item, "description", e.getDescription());
      list.add(item);
    }
    return list;
  }

  private static void putIfSet(Map<String, Object> body, String key, Object value) {
    if (value != null) {
      body.put(key, value);
    }
  }
}
