package uk.svkit.api.anchor.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * A version of a commissioning-cycle maturity model: statements per stage (plan, procure, manage,
 * review) and the scale they are scored on. A version never changes once published, because
 * assessments refer to it; editing a model publishes its next version. svkit ships its own model
 * (no programme); a programme's administrators publish versions for their programme.
 */
@Entity
@Table(name = "anc_maturity_model")
public class MaturityModel extends AggregateRoot {
  @Column(name = "programme_id", length = 36, updatable = false)
  private String programmeId;

  @Column(name = "code", length = 40, nullable = false, updatable = false)
  private String code;

  @Column(name = "model_version", nullable = false, updatable = false)
  private int modelVersion;

  @Column(name = "title", length = 300, nullable = false, updatable = false)
  private String title;

  @Column(name = "source", length = 2000, nullable = false, updatable = false)
  private String source;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "anc_maturity_level", joinColumns = @JoinColumn(name = "model_id"))
  @OrderBy("levelValue")
  private List<MaturityLevel> levels = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "anc_maturity_statement", joinColumns = @JoinColumn(name = "model_id"))
  @OrderBy("position")
  private List<MaturityStatement> statements = new ArrayList<>();

  protected MaturityModel() {}

  /**
   * A new version; 422 unless the scale runs 1, 2, 3 … with at least two levels and every stage has
   * a statement, with codes unique.
   */
  public MaturityModel(
      String ownerOrganisationId,
      String programmeId,
      String code,
      int modelVersion,
      String title,
      String source,
      List<MaturityLevel> levels,
      List<MaturityStatement> statements) {
    super(null, ownerOrganisationId);
    List<Problem.FieldError> errors = new ArrayList<>();
    if (levels.size() < 2) {
      errors.add(new Problem.FieldError("levels", "a scale needs at least two levels"));
    }
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).value() != i + 1) {
        errors.add(
            new Problem.FieldError(
                "levels[" + i + "].value", "levels run 1, 2, 3 … in order; expected " + (i + 1)));
      }
    }
    Set<MaturityStage> stages = EnumSet.noneOf(MaturityStage.class);
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < statements.size(); i++) {
      stages.add(statements.get(i).stage());
      if (!codes.add(statements.get(i).code())) {
        errors.add(new Problem.FieldError("statements[" + i + "].code", "is given twice"));
      }
    }
    for (MaturityStage stage : MaturityStage.values()) {
      if (!stages.contains(stage)) {
        errors.add(new Problem.FieldError("statements", "stage " + stage + " has no statement"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The maturity model cannot be published.",
          errors,
          Map.of());
    }
    this.programmeId = programmeId;
    this.code = code;
    this.modelVersion = modelVersion;
    this.title = title;
    this.source = source;
    this.levels.addAll(levels);
    this.statements.addAll(statements);
  }

  @Override
  public String entityType() {
    return "maturity-model";
  }

  public Optional<MaturityStatement> statement(String statementCode) {
    return statements.stream().filter(s -> s.code().equals(statementCode)).findFirst();
  }

  public int highestLevel() {
    return levels.size();
  }

  public String programmeId() {
    return programmeId;
  }

  public String code() {
    return code;
  }

  public int modelVersion() {
    return modelVersion;
  }

  public String title() {
    return title;
  }

  public String source() {
    return source;
  }

  public List<MaturityLevel> levels() {
    return List.copyOf(levels);
  }

  public List<MaturityStatement> statements() {
    return List.copyOf(statements);
  }
}
