package uk.svkit.api.recognition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.recognition.domain.ElementKind;
import uk.svkit.api.recognition.domain.Programme;
import uk.svkit.api.recognition.domain.ProgrammeElement;
import uk.svkit.api.recognition.domain.ProgrammeKind;
import uk.svkit.api.recognition.domain.ProgrammeRepository;
import uk.svkit.api.recognition.domain.RecognitionAccess;

/**
 * Programmes: reading them (anyone), defining one (platform admins, for an administering
 * organisation), assigning assessors.
 */
@ApplicationScoped
public class ProgrammeService {
  @Inject ProgrammeRepository programmes;
  @Inject OrganisationService organisations;

  public record NewElement(String code, ElementKind kind, String title, String guidance) {}

  public record NewProgramme(
      String code,
      ProgrammeKind kind,
      String name,
      String administeringOrganisationId,
      String administeredBy,
      String summary,
      String textUrl,
      String programmeVersion,
      LocalDate launchedOn,
      Integer validityMonths,
      List<NewElement> elements) {}

  @Transactional
  public Programme create(NewProgramme p) {
    Caller caller = Tenancy.caller();
    if (!RecognitionAccess.definesProgrammes(caller)) {
      throw ProblemException.forbidden(
          "Programmes are defined by platform admins, who name the organisation that administers them.");
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    List<ProgrammeElement> elements = new ArrayList<>();
    for (int i = 0; i < p.elements().size(); i++) {
      NewElement e = p.elements().get(i);
      if (!codes.add(e.code())) {
        errors.add(
            new Problem.FieldError(
                "elements[" + i + "].code", "appears more than once: " + e.code()));
      }
      boolean theme = e.kind() == ElementKind.THEME;
      if (theme != (p.kind() == ProgrammeKind.AWARD_SCHEME)) {
        errors.add(
            new Problem.FieldError(
                "elements[" + i + "].kind",
                p.kind() == ProgrammeKind.AWARD_SCHEME
                    ? "an award scheme has THEME elements only"
                    : "only award schemes have THEME elements; use PILLAR or PRINCIPLE"));
      }
      elements.add(new ProgrammeElement(e.code(), e.kind(), e.title(), e.guidance(), i));
    }
    if (p.kind() == ProgrammeKind.AWARD_SCHEME && elements.isEmpty()) {
      errors.add(
          new Problem.FieldError(
              "elements", "an award scheme needs at least one theme to judge applications on"));
    }
    if (p.kind() != ProgrammeKind.AWARD_SCHEME && p.validityMonths() != null) {
      errors.add(
          new Problem.FieldError("validityMonths", "only award schemes have a validity period"));
    }
    String owner = p.administeringOrganisationId();
    if (owner != null && organisations.reference(owner).isEmpty()) {
      errors.add(
          new Problem.FieldError(
              "administeringOrganisationId", "there is no organisation " + owner));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED, "The programme cannot be defined.", errors, Map.of());
    }
    if (programmes.codeTaken(p.code())) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "There is already a programme with the code " + p.code() + ".",
          List.of(new Problem.FieldError("code", "already taken: " + p.code())),
          Map.of());
    }
    String administeredBy = p.administeredBy();
    if (administeredBy == null) {
      administeredBy =
          owner == null
              ? "svkit platform"
              : organisations.reference(owner).map(o -> o.name()).orElse(owner);
    }
    return programmes.add(
        new Programme(
            owner,
            p.code(),
            p.kind(),
            p.name(),
            administeredBy,
            p.summary(),
            p.textUrl(),
            p.programmeVersion(),
            p.launchedOn(),
            p.validityMonths(),
            elements));
  }

  public Programme get(String id) {
    return programmes.find(id);
  }

  public List<Programme> list(ProgrammeKind kind, String afterCode, int fetch) {
    return programmes.list(kind, afterCode, fetch);
  }

  public record Revision(
      String name,
      String administeredBy,
      String summary,
      String textUrl,
      String programmeVersion,
      LocalDate launchedOn,
      Integer validityMonths) {}

  /** Revises a programme's description and text version; its administrators only. */
  @Transactional
  public Programme revise(String id, long expectedVersion, Revision r) {
    Programme programme = administered(id);
    return programmes.update(
        programme,
        expectedVersion,
        () -> {
          // Signatures may not be dated before the launch, so only platform admins move it.
          if (r.launchedOn() != null
              && !r.launchedOn().equals(programme.launchedOn())
              && !Tenancy.caller().isPlatformAdmin()) {
            throw ProblemException.forbidden(
                "Only platform admins change when programme "
                    + programme.code()
                    + " was launched.");
          }
          programme.revise(
              r.name(),
              r.administeredBy() == null ? programme.administeredBy() : r.administeredBy(),
              r.summary(),
              r.textUrl(),
              r.programmeVersion(),
              r.launchedOn(),
              r.validityMonths());
        });
  }

  @Transactional
  public Programme assignAssessors(String id, long expectedVersion, Set<String> subjects) {
    Programme programme = administered(id);
    if (programme.kind() != ProgrammeKind.AWARD_SCHEME) {
      throw ProblemException.businessRule(
          "Only award schemes have assessors; "
              + programme.code()
              + " is a "
              + programme.kind()
              + ".");
    }
    return programmes.update(programme, expectedVersion, () -> programme.assignAssessors(subjects));
  }

  /** The programme, if the caller administers it; 403 otherwise. */
  Programme administered(String id) {
    Programme programme = programmes.find(id);
    if (!RecognitionAccess.administers(Tenancy.caller(), programme)) {
      throw ProblemException.forbidden(
          "Only the administrators of programme " + programme.code() + " can do this.");
    }
    return programme;
  }
}
