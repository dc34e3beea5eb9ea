package uk.svkit.api.anchor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.svkit.api.tracking.domain.EvidenceRef;

/** How a return's {@link EvidenceRef} is stored: one row per item, in the order given. */
@Embeddable
public class IndicatorEvidence {
  @Column(name = "position")
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16)
  private EvidenceRef.Kind kind;

  @Column(name = "reference", length = 2000)
  private String reference;

  @Column(name = "sha256", length = 64)
  private String sha256;

  @Column(name = "description", length = 500)
  private String description;

  protected IndicatorEvidence() {}

  IndicatorEvidence(int position, EvidenceRef ref) {
    this.position = position;
    this.kind = ref.kind();
    this.reference = ref.reference();
    this.sha256 = ref.sha256();
    this.description = ref.description();
  }

  int position() {
    return position;
  }

  EvidenceRef ref() {
    return new EvidenceRef(kind, reference, sha256, description);
  }
}
