package uk.svkit.api.anchor.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.svkit.api.anchor.domain.AnchorAccess;
import uk.svkit.api.anchor.domain.Declaration;
import uk.svkit.api.anchor.domain.DeclarationRepository;
import uk.svkit.api.anchor.domain.Indicator;
import uk.svkit.api.anchor.domain.IndicatorDirection;
import uk.svkit.api.anchor.domain.IndicatorRepository;
import uk.svkit.api.anchor.domain.IndicatorReturn;
import uk.svkit.api.anchor.domain.IndicatorReturnRepository;
import uk.svkit.api.anchor.domain.IndicatorTarget;
import uk.svkit.api.anchor.domain.IndicatorTotalsChange;
import uk.svkit.api.anchor.domain.IndicatorUnit;
import uk.svkit.api.anchor.domain.MeasurePillar;
import uk.svkit.api.anchor.domain.MeasurePillarRepository;
import uk.svkit.api.anchor.infrastructure.IndicatorTotals;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.recognition.application.ProgrammeService;
import uk.svkit.api.recognition.application.SignatureService;
import uk.svkit.api.recognition.application.SignatureView;
import uk.svkit.api.recognition.domain.ElementKind;
import uk.svkit.api.recognition.domain.Programme;
import uk.svkit.api.recognition.domain.ProgrammeKind;
import uk.svkit.api.recognition.domain.RecognitionAccess;
import uk.svkit.api.recognition.domain.Signature;
import uk.svkit.api.tracking.domain.EvidenceRef;
import uk.svkit.api.tracking.domain.ReportingFrequency;

/**
 * Institutional indicators: the catalogue and measure-to-pillar mapping (extended by a programme's
 * administrators), signatories' declarations with baseline and targets, and their returns,
 * validated by the programme's administering organisation. Every return write updates the kept
 * totals in the same transaction.
 */
@ApplicationScoped
public class IndicatorService {
  @Inject IndicatorRepository indicators;
  @Inject MeasurePillarRepository mappings;
  @Inject DeclarationRepository declarations;
  @Inject IndicatorReturnRepository returns;
  @Inject IndicatorTotals totals;
  @Inject ProgrammeService programmes;
  @Inject SignatureService signatures;
  @Inject Clock clock;

  // ---- catalogue and mapping -------------------------------------------------------------

  /** The programme's catalogue: shipped entries for its pillars and its own entries, by code. */
  public List<Indicator> catalogue(String programmeId) {
    Programme programme = anchorFramework(programmeId);
    Set<String> pillars = pillarCodes(programme);
    return indicators.catalogue(programme.id()).stream()
        .filter(i -> pillars.contains(i.pillarCode()))
        .toList();
  }

  /** One entry of the programme's catalogue; 404 if it has none by that code. */
  public Indicator catalogueEntry(String programmeId, String code) {
    return catalogue(programmeId).stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("Indicator", code));
  }

  /** One of the programme's mappings; 404 if it has none by that id. */
  public MeasurePillar mapping(String programmeId, String id) {
    return mappings(programmeId).stream()
        .filter(m -> m.id().equals(id))
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("Measure-to-pillar mapping", id));
  }

  public record NewIndicator(
      String code,
      String pillarCode,
      String title,
      IndicatorUnit unit,
      IndicatorDirection direction,
      String description) {}

  /** A programme's administrators add an indicator to its catalogue; 409 if the code is taken. */
  @Transactional
  public Indicator addIndicator(String programmeId, NewIndicator n) {
    Programme programme = administered(programmeId);
    requirePillar(programme, n.pillarCode(), "pillarCode");
    if (indicators.inCatalogue(programme.id(), n.code()).isPresent()) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Indicator " + n.code() + " is already in the catalogue of " + programme.code() + ".");
    }
    return indicators.add(
        new Indicator(
            programme.ownerOrganisationId(),
            programme.id(),
            n.code(),
            n.pillarCode(),
            n.title(),
            n.unit(),
            n.direction(),
            n.description()));
  }

  /** The shipped mappings for the programme's pillars and its own. */
  public List<MeasurePillar> mappings(String programmeId) {
    Programme programme = anchorFramework(programmeId);
    Set<String> pillars = pillarCodes(programme);
    return mappings.of(programme.id()).stream()
        .filter(m -> pillars.contains(m.pillarCode()))
        .toList();
  }

  /**
   * A programme's administrators count a framework measure towards one of its pillars; 409 if the
   * measure already counts towards it.
   */
  @Transactional
  public MeasurePillar addMapping(String programmeId, String measureCode, String pillarCode) {
    Programme programme = administered(programmeId);
    requirePillar(programme, pillarCode, "pillarCode");
    boolean exists =
        mappings.of(programme.id()).stream()
            .anyMatch(
                m -> m.measureCode().equals(measureCode) && m.pillarCode().equals(pillarCode));
    if (exists) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Measure " + measureCode + " already counts towards " + pillarCode + ".");
    }
    return mappings.add(
        new MeasurePillar(
            programme.ownerOrganisationId(), programme.id(), measureCode, pillarCode));
  }

  // ---- declarations ----------------------------------------------------------------------

  public record NewDeclaration(
      String indicatorCode,
      ReportingFrequency frequency,
      LocalDate reportingFrom,
      BigDecimal baselineValue,
      LocalDate baselineOn,
      List<IndicatorTarget> targets) {}

  /**
   * {@link #declare(String, NewDeclaration)} for the organisation a request names: 403 unless it is
   * the caller's own, checked before anything about the programme is revealed.
   */
  @Transactional
  public Declaration declare(String programmeId, String organisationId, NewDeclaration n) {
    if (!organisationId.equals(Tenancy.caller().organisationId())) {
      throw ProblemException.forbidden("An organisation declares its own indicators.");
    }
    return declare(programmeId, n);
  }

  /**
   * A signatory declares an indicator of the programme's catalogue for itself, with its baseline
   * and targets: 422 unless the caller's organisation has a standing signature of the programme and
   * the indicator is in its catalogue, 409 if already declared.
   */
  @Transactional
  public Declaration declare(String programmeId, NewDeclaration n) {
    Caller caller = Tenancy.caller();
    Programme programme = anchorFramework(programmeId);
    String organisationId = caller.organisationId();
    if (organisationId == null) {
      throw ProblemException.forbidden("A signatory declares its own indicators; act for it.");
    }
    LocalDate today = Timestamps.today(clock);
    Signature signature =
        signatures
            .list(programme.id(), organisationId, null, null, false, today, null, null, 1)
            .stream()
            .findFirst()
            .map(SignatureView::signature)
            .orElseThrow(
                () ->
                    ProblemException.businessRule(
                        "Your organisation has no standing signature of "
                            + programme.code()
                            + "; sign it before declaring indicators."));
    Indicator indicator =
        indicators
            .inCatalogue(programme.id(), n.indicatorCode())
            .filter(i -> pillarCodes(programme).contains(i.pillarCode()))
            .orElseThrow(
                () ->
                    ProblemException.invalid(
                        "indicatorCode",
                        "is not in the indicator catalogue of " + programme.code()));
    if (declarations.exists(organisationId, programme.id(), indicator.code())) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Your organisation already declared " + indicator.code() + "; revise its plan instead.");
    }
    if (n.baselineOn().isAfter(today)) {
      throw ProblemException.invalid("baselineOn", "must not be in the future");
    }
    return declarations.add(
        new Declaration(
            organisationId,
            programme.id(),
            signature.id(),
            programme.ownerOrganisationId(),
            indicator,
            n.frequency(),
            n.reportingFrom(),
            n.baselineValue(),
            n.baselineOn(),
            n.targets()));
  }

  public Declaration declaration(String id) {
    return declarations.find(id);
  }

  /** The signatory revises its baseline and targets (If-Match); returns are unaffected. */
  @Transactional
  public Declaration revisePlan(
      String id,
      long expectedVersion,
      BigDecimal baselineValue,
      LocalDate baselineOn,
      List<IndicatorTarget> targets) {
    Declaration declaration = declarations.find(id);
    requireSignatory(declaration.organisationId(), "revises its plan");
    if (baselineOn.isAfter(Timestamps.today(clock))) {
      throw ProblemException.invalid("baselineOn", "must not be in the future");
    }
    return declarations.update(
        declaration,
        expectedVersion,
        () -> declaration.revisePlan(baselineValue, baselineOn, targets));
  }

  /**
   * An organisation's declarations under a programme; 404 unless the caller is the organisation,
   * the programme's administering organisation or a platform admin.
   */
  public List<Declaration> declarationsOf(String programmeId, String organisationId) {
    Programme programme = programmes.get(programmeId);
    if (!AnchorAccess.reads(organisationId, programme.ownerOrganisationId())) {
      throw ProblemException.notFound("Organisation", organisationId);
    }
    return declarations.of(organisationId, programme.id());
  }

  // ---- returns ---------------------------------------------------------------------------

  public record NewReturn(
      LocalDate periodStart,
      LocalDate periodEnd,
      BigDecimal value,
      String narrative,
      List<EvidenceRef> evidence) {}

  /**
   * The signatory submits a return for one reporting period of its indicator: 409 if the period has
   * a live return (correct that one instead), 422 if the period or evidence breaks a rule.
   */
  @Transactional
  public IndicatorReturn submit(String declarationId, NewReturn n) {
    Caller caller = Tenancy.caller();
    Declaration declaration = declarations.find(declarationId);
    requireSignatory(declaration.organisationId(), "submits its returns");
    IndicatorReturn r =
        IndicatorReturn.submit(
            declaration,
            n.periodStart(),
            n.periodEnd(),
            n.value(),
            n.narrative(),
            n.evidence(),
            caller.subject(),
            Timestamps.now(clock));
    returns
        .liveFor(declaration.id(), n.periodStart())
        .ifPresent(
            live -> {
              throw new ProblemException(
                  ProblemType.CONFLICT,
                  "Period "
                      + n.periodStart()
                      + " already has live return "
                      + live.id()
                      + "; correct it instead.");
            });
    IndicatorReturn added = returns.add(r);
    totals.apply(declaration, added.submission());
    return added;
  }

  public IndicatorReturn indicatorReturn(String id) {
    return returns.find(id);
  }

  /** A declaration's returns, history included, by period. */
  public List<IndicatorReturn> returnsOf(
      String declarationId, LocalDate afterPeriod, String afterId, int fetch) {
    Declaration declaration = declarations.find(declarationId);
    return returns.of(declaration.id(), afterPeriod, afterId, fetch);
  }

  /** The programme's administering organisation accepts a submitted return (If-Match). */
  @Transactional
  public IndicatorReturn validate(String returnId, long expectedVersion) {
    Caller caller = Tenancy.caller();
    IndicatorReturn r = returns.find(returnId);
    Declaration declaration = reviewable(caller, r);
    OffsetDateTime now = Timestamps.now(clock);
    Versions.requireCurrent(expectedVersion, r.version());
    IndicatorTotalsChange change = r.validate(caller.subject(), now);
    returns.store(r);
    totals.apply(declaration, change);
    return r;
  }

  /** The programme's administering organisation refuses a submitted return with a reason. */
  @Transactional
  public IndicatorReturn reject(String returnId, long expectedVersion, String reason) {
    Caller caller = Tenancy.caller();
    IndicatorReturn r = returns.find(returnId);
    Declaration declaration = reviewable(caller, r);
    OffsetDateTime now = Timestamps.now(clock);
    Versions.requireCurrent(expectedVersion, r.version());
    IndicatorTotalsChange change = r.reject(caller.subject(), now, reason);
    returns.store(r);
    totals.apply(declaration, change);
    return r;
  }

  /**
   * The signatory corrects a return (If-Match): a new submitted return supersedes it, both stay in
   * the history; 409 if it was corrected already.
   */
  @Transactional
  public IndicatorReturn correct(
      String returnId,
      long expectedVersion,
      BigDecimal value,
      String narrative,
      List<EvidenceRef> evidence) {
    Caller caller = Tenancy.caller();
    IndicatorReturn r = returns.find(returnId);
    requireSignatory(r.organisationId(), "corrects its returns");
    Declaration declaration = declarations.find(r.declarationId());
    OffsetDateTime now = Timestamps.now(clock);
    Versions.requireCurrent(expectedVersion, r.version());
    IndicatorReturn.Correction correction =
        r.correct(declaration, value, narrative, evidence, caller.subject(), now);
    returns.store(r); // no longer live before its correction is
    IndicatorReturn added = returns.add(correction.correction());
    totals.apply(declaration, correction.change());
    return added;
  }

  // ---- rules shared by the operations ----------------------------------------------------

  private Declaration reviewable(Caller caller, IndicatorReturn r) {
    Declaration declaration = declarations.find(r.declarationId());
    Programme programme = programmes.get(declaration.programmeId());
    if (!RecognitionAccess.administers(caller, programme)
        || AnchorAccess.actsFor(caller, r.organisationId())) {
      throw ProblemException.forbidden(
          "Only the programme's administering organisation validates a signatory's returns,"
              + " and never its own.");
    }
    return declaration;
  }

  private static void requireSignatory(String organisationId, String what) {
    if (!AnchorAccess.actsFor(Tenancy.caller(), organisationId)) {
      throw ProblemException.forbidden("Only the signatory " + what + ".");
    }
  }

  private Programme anchorFramework(String programmeId) {
    Programme programme = programmes.get(programmeId);
    if (programme.kind() != ProgrammeKind.ANCHOR_FRAMEWORK) {
      throw ProblemException.businessRule(
          "Programme " + programme.code() + " is not an anchor framework; it has no indicators.");
    }
    return programme;
  }

  private Programme administered(String programmeId) {
    Programme programme = anchorFramework(programmeId);
    if (!RecognitionAccess.administers(Tenancy.caller(), programme)) {
      throw ProblemException.forbidden(
          "Only the programme's administrators extend its catalogue and mappings.");
    }
    return programme;
  }

  static Set<String> pillarCodes(Programme programme) {
    return programme.elements().stream()
        .filter(e -> e.kind() != ElementKind.THEME)
        .map(e -> e.code())
        .collect(Collectors.toSet());
  }

  private static void requirePillar(Programme programme, String pillarCode, String field) {
    if (!pillarCodes(programme).contains(pillarCode)) {
      throw ProblemException.invalid(
          field, "is not a pillar or principle of " + programme.code() + ": " + pillarCode);
    }
  }
}
