package uk.svkit.api.procurement.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * One version of a buyer's question set. Versions of the same set share a series id (the id of
 * version 1). Only a draft can be edited; publishing freezes it, so every tender bound to a version
 * asks exactly the questions it was published with. Changing a published set means creating its
 * next version.
 */
@Entity
@Table(name = "prc_question_set")
public class QuestionSet extends AggregateRoot {
  @Column(name = "series_id", length = 36)
  private String seriesId;

  @Column(name = "version_number")
  private int versionNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16)
  private QuestionSetStatus status;

  @Column(name = "title", length = 200)
  private String title;

  @Column(name = "description", length = 4000)
  private String description;

  @Column(name = "edition_id", length = 36)
  private String editionId;

  @Convert(converter = JsonDocuments.QuestionsConverter.class)
  @Column(name = "questions", length = 2_000_000)
  private List<Question> questions;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "retired_at")
  private OffsetDateTime retiredAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "prc_question_set_share",
      joinColumns = @JoinColumn(name = "question_set_id"))
  @Column(name = "organisation_id", length = 36)
  private Set<String> sharedWith = new LinkedHashSet<>();

  protected QuestionSet() {}

  /** Version 1 of a new series, as a draft. */
  public static QuestionSet firstDraft(
      String ownerOrganisationId,
      String editionId,
      String title,
      String description,
      List<Question> questions) {
    QuestionSet set = new QuestionSet(ownerOrganisationId);
    set.seriesId = set.id();
    set.versionNumber = 1;
    set.status = QuestionSetStatus.DRAFT;
    set.editionId = editionId;
    set.title = title;
    set.description = description;
    set.questions = List.copyOf(questions);
    return set;
  }

  private QuestionSet(String ownerOrganisationId) {
    super(null, ownerOrganisationId);
  }

  @Override
  public String entityType() {
    return "question-set";
  }

  /** Replaces a draft's content. */
  public void revise(String editionId, String title, String description, List<Question> questions) {
    requireStatus(
        QuestionSetStatus.DRAFT,
        "Only a draft can be changed; create a new version of a published question set instead.");
    if (!editionId.equals(this.editionId)) {
      this.editionId = editionId;
      changed("edition");
    }
    if (!title.equals(this.title)) {
      this.title = title;
      changed("title");
    }
    if (!java.util.Objects.equals(description, this.description)) {
      this.description = description;
      changed("description");
    }
    if (!questions.equals(this.questions)) {
      this.questions = List.copyOf(questions);
      changed("questions");
    }
  }

  /**
   * Freezes the draft; the caller has checked it with {@link QuestionSetRules#problemsAtPublish}.
   */
  public void publish(OffsetDateTime at) {
    requireStatus(QuestionSetStatus.DRAFT, "Only a draft can be published.");
    status = QuestionSetStatus.PUBLISHED;
    publishedAt = at;
    changed("status");
  }

  public void retire(OffsetDateTime at) {
    requireStatus(QuestionSetStatus.PUBLISHED, "Only a published question set can be retired.");
    status = QuestionSetStatus.RETIRED;
    retiredAt = at;
    changed("status");
  }

  /** The next version of this published (or retired) set, as a draft with the same content. */
  public QuestionSet nextVersion(int versionNumber) {
    if (status == QuestionSetStatus.DRAFT) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "A draft is already editable; publish it before creating a new version.");
    }
    QuestionSet next = new QuestionSet(ownerOrganisationId());
    next.seriesId = seriesId;
    next.versionNumber = versionNumber;
    next.status = QuestionSetStatus.DRAFT;
    next.editionId = editionId;
    next.title = title;
    next.description = description;
    next.questions = questions;
    return next;
  }

  public void shareWith(String organisationId) {
    requireReleased("Only a published question set can be shared.");
    if (sharedWith.add(organisationId)) {
      changed("sharedWith");
    }
  }

  public void unshare(String organisationId) {
    if (sharedWith.remove(organisationId)) {
      changed("sharedWith");
    }
  }

  /** Fails with 409 unless the set has been published (it may since have been retired). */
  public void requireReleased(String detail) {
    if (status == QuestionSetStatus.DRAFT) {
      throw new ProblemException(ProblemType.CONFLICT, detail);
    }
  }

  private void requireStatus(QuestionSetStatus expected, String detail) {
    if (status != expected) {
      throw new ProblemException(
          ProblemType.CONFLICT, detail + " This question set is " + status + ".");
    }
  }

  public Optional<Question> question(String key) {
    return questions.stream().filter(q -> q.key().equals(key)).findFirst();
  }

  public String seriesId() {
    return seriesId;
  }

  public int versionNumber() {
    return versionNumber;
  }

  public QuestionSetStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public String editionId() {
    return editionId;
  }

  public List<Question> questions() {
    return questions;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public OffsetDateTime retiredAt() {
    return retiredAt;
  }

  public Set<String> sharedWith() {
    return Set.copyOf(sharedWith);
  }
}
