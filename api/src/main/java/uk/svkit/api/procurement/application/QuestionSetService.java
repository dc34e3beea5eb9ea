package uk.svkit.api.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Edition;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.procurement.domain.Question;
import uk.svkit.api.procurement.domain.QuestionSet;
import uk.svkit.api.procurement.domain.QuestionSetRepository;
import uk.svkit.api.procurement.domain.QuestionSetRules;
import uk.svkit.api.procurement.domain.QuestionSetStatus;

/** A buyer's question sets: drafting, publishing, versioning, retiring and sharing. */
@ApplicationScoped
public class QuestionSetService {
  @Inject QuestionSetRepository questionSets;
  @Inject Clock clock;
  @Inject FrameworkService frameworks;
  @Inject OrganisationService organisations;

  @Transactional
  public QuestionSetView create(
      String frameworkCode,
      String edition,
      String title,
      String description,
      List<Question> questions) {
    Edition target = frameworks.edition(frameworkCode, edition);
    return view(
        questionSets.add(
            QuestionSet.firstDraft(ownOrganisation(), target.id(), title, description, questions)));
  }

  @Transactional
  public QuestionSetView update(
      String id,
      long expectedVersion,
      String frameworkCode,
      String edition,
      String title,
      String description,
      List<Question> questions) {
    QuestionSet set = owned(id);
    return view(
        questionSets.update(
            set,
            expectedVersion,
            () ->
                set.revise(
                    frameworks.edition(frameworkCode, edition).id(),
                    title,
                    description,
                    questions)));
  }

  /** Checks the draft against every publishing rule and freezes it; 422 lists all problems. */
  @Transactional
  public QuestionSetView publish(String id, long expectedVersion) {
    QuestionSet set = owned(id);
    return view(publish(set, expectedVersion));
  }

  private QuestionSet publish(QuestionSet set, long expectedVersion) {
    return questionSets.update(
        set,
        expectedVersion,
        () -> {
          if (set.status() == QuestionSetStatus.DRAFT) {
            Map<String, Measure> measures = frameworks.measuresOf(set.editionId());
            List<Problem.FieldError> problems =
                QuestionSetRules.problemsAtPublish(
                    set.questions(), measures, frameworks.elementCodesOf(set.editionId()));
            if (!problems.isEmpty()) {
              throw new ProblemException(
                  ProblemType.BUSINESS_RULE_VIOLATED,
                  "The question set cannot be published yet.",
                  problems,
                  Map.of());
            }
          }
          set.publish(Timestamps.now(clock));
        });
  }

  @Transactional
  public QuestionSetView retire(String id, long expectedVersion) {
    QuestionSet set = owned(id);
    return view(questionSets.update(set, expectedVersion, () -> set.retire(Timestamps.now(clock))));
  }

  /** A new draft version of a published set, numbered after the last version of its series. */
  @Transactional
  public QuestionSetView newVersion(String id) {
    QuestionSet set = owned(id);
    set.requireReleased(
        "Only a published question set can have a new version; this one is a draft.");
    if (questionSets.hasDraft(set.seriesId())) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "This question set already has a draft version; edit or publish that one.");
    }
    return view(
        questionSets.add(set.nextVersion(questionSets.lastVersionNumber(set.seriesId()) + 1)));
  }

  @Transactional
  public QuestionSet share(String id, String organisationId) {
    QuestionSet set = owned(id);
    if (organisations.reference(organisationId).isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "There is no organisation " + organisationId + " to share with.");
    }
    set.shareWith(organisationId);
    return questionSets.store(set);
  }

  @Transactional
  public QuestionSet unshare(String id, String organisationId) {
    QuestionSet set = owned(id);
    set.unshare(organisationId);
    return questionSets.store(set);
  }

  /**
   * A question set with what its response and CSV show beside it: the framework edition its
   * questions measure against and that edition's measures.
   */
  public record QuestionSetView(QuestionSet set, Edition edition, Map<String, Measure> measures) {}

  public QuestionSetView get(String id) {
    return view(questionSets.find(id));
  }

  public List<QuestionSetView> list(
      QuestionSetStatus status, String afterTitle, String afterId, int fetch) {
    // A page's sets mostly share an edition: read each edition once.
    Map<String, QuestionSetView> byEdition = new java.util.HashMap<>();
    return questionSets.list(status, afterTitle, afterId, fetch).stream()
        .map(
            set -> {
              QuestionSetView shared = byEdition.computeIfAbsent(set.editionId(), e -> view(set));
              return new QuestionSetView(set, shared.edition(), shared.measures());
            })
        .toList();
  }

  private QuestionSetView view(QuestionSet set) {
    return new QuestionSetView(set, editionOf(set), measuresOf(set));
  }

  public Edition editionOf(QuestionSet set) {
    return frameworks.edition(set.editionId());
  }

  public Map<String, Measure> measuresOf(QuestionSet set) {
    return frameworks.measuresOf(set.editionId());
  }

  /**
   * The set, if the caller's organisation owns it: organisations it is shared with may only read.
   */
  private QuestionSet owned(String id) {
    QuestionSet set = questionSets.find(id);
    if (!Tenancy.canSee(set.ownerOrganisationId())) {
      throw ProblemException.forbidden(
          "Question set " + id + " is shared with your organisation read-only.");
    }
    return set;
  }

  private static String ownOrganisation() {
    String org = Tenancy.caller().organisationId();
    if (org == null) {
      throw ProblemException.forbidden(
          "Question sets belong to a buyer organisation; act as one to create them.");
    }
    return org;
  }
}
