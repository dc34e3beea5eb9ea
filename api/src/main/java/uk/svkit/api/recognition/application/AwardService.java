package uk.svkit.api.recognition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.recognition.domain.ApplicationStatus;
import uk.svkit.api.recognition.domain.AwardApplication;
import uk.svkit.api.recognition.domain.AwardApplicationRepository;
import uk.svkit.api.recognition.domain.ElementKind;
import uk.svkit.api.recognition.domain.Programme;
import uk.svkit.api.recognition.domain.ProgrammeElement;
import uk.svkit.api.recognition.domain.ProgrammeKind;
import uk.svkit.api.recognition.domain.ProgrammeRepository;
import uk.svkit.api.recognition.domain.RecognitionAccess;
import uk.svkit.api.recognition.domain.Sector;
import uk.svkit.api.recognition.domain.ThemeEvidence;

/**
 * An award round: organisations apply with evidence per theme, the scheme's administrators and
 * assessors read the applications, the assessors decide. Awards are public; applications are not.
 */
@ApplicationScoped
public class AwardService {
  @Inject EventRecorder events;
  @Inject ProgrammeRepository programmes;
  @Inject Clock clock;
  @Inject AwardApplicationRepository applications;
  @Inject OrganisationService organisations;

  public record NewEvidence(
      String themeCode, String change, int stakeholders, String location, String period) {}

  public record NewApplication(
      String placeCode,
      Sector sector,
      String contactName,
      String renewalOf,
      List<NewEvidence> evidence) {}

  @Transactional
  public AwardApplicationView apply(String programmeId, NewApplication a) {
    Caller caller = Tenancy.caller();
    if (caller.organisationId() == null) {
      throw ProblemException.forbidden(
          "An organisation applies for an award; act as one to apply.");
    }
    Programme scheme = programmes.find(programmeId);
    if (scheme.kind() != ProgrammeKind.AWARD_SCHEME) {
      throw ProblemException.businessRule(
          "Programme "
              + scheme.code()
              + " is a "
              + scheme.kind()
              + ": sign it instead of applying.");
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<ThemeEvidence> evidence = new ArrayList<>();
    for (int i = 0; i < a.evidence().size(); i++) {
      NewEvidence e = a.evidence().get(i);
      ProgrammeElement theme = scheme.element(e.themeCode()).orElse(null);
      if (theme == null || theme.kind() != ElementKind.THEME) {
        errors.add(
            new Problem.FieldError(
                "evidence[" + i + "].themeCode",
                "is not a theme of " + scheme.code() + ": " + e.themeCode()));
      } else if (!seen.add(e.themeCode())) {
        errors.add(
            new Problem.FieldError(
                "evidence[" + i + "].themeCode", "appears more than once: " + e.themeCode()));
      }
      evidence.add(
          new ThemeEvidence(e.themeCode(), e.change(), e.stakeholders(), e.location(), e.period()));
    }
    for (ProgrammeElement theme : scheme.elementsOf(ElementKind.THEME)) {
      if (!seen.contains(theme.code())) {
        errors.add(
            new Problem.FieldError(
                "evidence",
                "needs evidence for the theme " + theme.code() + " (" + theme.title() + ")"));
      }
    }
    if (a.renewalOf() != null) {
      AwardApplication renewed = applications.findVisible(a.renewalOf()).orElse(null);
      if (renewed == null
          || !renewed.isAwarded()
          || !renewed.programmeId().equals(scheme.id())
          || !renewed.organisationId().equals(caller.organisationId())) {
        errors.add(
            new Problem.FieldError(
                "renewalOf", "is not an award of this scheme held by your organisation"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The application cannot be submitted.",
          errors,
          Map.of());
    }
    if (applications.hasOpenApplication(caller.organisationId(), scheme.id())) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Your organisation already has an application for "
              + scheme.code()
              + " awaiting a decision.");
    }
    AwardApplication applied =
        applications.add(
            new AwardApplication(
                caller.organisationId(),
                scheme,
                a.placeCode(),
                a.sector(),
                a.contactName(),
                a.renewalOf(),
                caller.subject(),
                evidence));
    return view(applied, scheme, today());
  }

  public AwardApplicationView get(String id) {
    AwardApplication application = applications.find(id);
    return view(application, programmes.find(application.programmeId()), today());
  }

  /** A scheme's applications, for its administrators and assessors. */
  public List<AwardApplicationView> list(
      String programmeId,
      ApplicationStatus status,
      String afterCreatedAt,
      String afterId,
      int fetch) {
    Caller caller = Tenancy.caller();
    Programme scheme = programmes.find(programmeId);
    if (!RecognitionAccess.administers(caller, scheme)
        && !RecognitionAccess.assesses(caller, scheme)) {
      throw ProblemException.forbidden(
          "Only the administrators and assessors of "
              + scheme.code()
              + " can read its applications.");
    }
    return views(
        applications.list(programmeId, status, afterCreatedAt, afterId, fetch), scheme, today());
  }

  /**
   * The assessors' decision. {@code decidedOn} defaults to today; an earlier day records a decision
   * taken before it was entered (such as existing award holders when a scheme moves to svkit); a
   * later one is refused.
   */
  @Transactional
  public AwardApplicationView decide(
      String id, long expectedVersion, boolean awarded, LocalDate decidedOn, String reasons) {
    Caller caller = Tenancy.caller();
    AwardApplication application = applications.find(id);
    Programme scheme = programmes.find(application.programmeId());
    if (!RecognitionAccess.assesses(caller, scheme)) {
      throw ProblemException.forbidden(
          "Only the assessors assigned to " + scheme.code() + " decide its applications.");
    }
    if (!RecognitionAccess.decides(caller, scheme, application)) {
      throw ProblemException.forbidden(
          "Nobody assesses their own organisation: another assessor of "
              + scheme.code()
              + " decides this application.");
    }
    AwardApplication decided =
        applications.update(
            application,
            expectedVersion,
            () -> {
              LocalDate today = Timestamps.today(clock);
              LocalDate on = decidedOn == null ? today : decidedOn;
              if (on.isAfter(today)) {
                throw ProblemException.invalid("decidedOn", "must not be in the future");
              }
              application.decide(awarded, on, reasons, caller.subject(), scheme.validityMonths());
            });
    events.record(
        EventTypes.AWARD_DECIDED,
        "award-applications/" + decided.id(),
        EventRecorder.data(
            "applicationId", decided.id(),
            "programmeId", scheme.id(),
            "programmeCode", scheme.code(),
            "status", decided.status(),
            "decidedOn", decided.decidedOn(),
            "expiresOn", decided.expiresOn()),
        decided.organisationId());
    return view(decided, scheme, today());
  }

  /**
   * An award, public, with its status on {@code asOf} (default today): 404 unless the application
   * was awarded.
   */
  public AwardApplicationView award(String id, LocalDate asOf) {
    AwardApplication award =
        applications.awardVisible(id).orElseThrow(() -> ProblemException.notFound("Award", id));
    return view(award, programmes.find(award.programmeId()), asOf == null ? today() : asOf);
  }

  /** A scheme's awards with their status on {@code asOf} (default today). */
  public List<AwardApplicationView> awards(
      String programmeId,
      String organisationId,
      String placeCode,
      Sector sector,
      LocalDate asOf,
      boolean includeExpired,
      Integer expiringWithinDays,
      LocalDate afterExpiresOn,
      String afterId,
      int fetch) {
    Programme scheme = programmes.find(programmeId);
    LocalDate on = asOf == null ? today() : asOf;
    return views(
        applications.awards(
            programmeId,
            organisationId,
            placeCode,
            sector,
            on,
            includeExpired,
            expiringWithinDays,
            afterExpiresOn,
            afterId,
            fetch),
        scheme,
        on);
  }

  private AwardApplicationView view(AwardApplication a, Programme scheme, LocalDate asOf) {
    return new AwardApplicationView(
        a, scheme, organisations.reference(a.organisationId()).orElse(null), asOf);
  }

  /** A page of one scheme's applications, their organisations read together. */
  private List<AwardApplicationView> views(
      List<AwardApplication> page, Programme scheme, LocalDate asOf) {
    Map<String, OrganisationRef> applicants =
        organisations.references(page.stream().map(AwardApplication::organisationId).toList());
    return page.stream()
        .map(a -> new AwardApplicationView(a, scheme, applicants.get(a.organisationId()), asOf))
        .toList();
  }

  private LocalDate today() {
    return Timestamps.today(clock);
  }
}
