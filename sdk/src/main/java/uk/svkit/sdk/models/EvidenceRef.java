package uk.svkit.sdk.models;

import java.util.Objects;

/**
 * Evidence for a return: a {@link EvidenceKind#URL URL}, or a {@link EvidenceKind#DOCUMENT
 * document} held elsewhere, identified by its id and pinned by its SHA-256 digest so it cannot be
 * swapped later. Read from a {@link ContractReturn}, or built for sending with {@link
 * #builder(EvidenceKind, String)}:
 *
 * <pre>{@code
 * EvidenceRef.builder(EvidenceKind.URL, "https://example.org/apprentices-q1.pdf")
 *     .description("Apprenticeship agreements, Q1")
 *     .build();
 * EvidenceRef.builder(EvidenceKind.DOCUMENT, "dms-48213")
 *     .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
 *     .build();
 * }</pre>
 *
 * <p>The service requires the digest for a document (64 hexadecimal characters) and accepts it for
 * a URL; it checks the lengths (reference up to 2000 characters, description up to 500).
 */
public final class EvidenceRef {

  private String kind;
  private String reference;
  private String sha256;
  private String description;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected EvidenceRef() {}

  private EvidenceRef(Builder b) {
    this.kind = b.kind.toString();
    this.reference = b.reference;
    this.sha256 = b.sha256;
    this.description = b.description;
  }

  /**
   * Starts a builder for evidence.
   *
   * @param kind what the reference points to
   * @param reference the URL, or the document's id
   * @return a new builder
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Builder builder(EvidenceKind kind, String reference) {
    return new Builder(
        Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(reference, "reference"));
  }

  /**
   * Returns what the reference points to.
   *
   * @return the kind, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public EvidenceKind getKind() {
    return kind == null || kind.isBlank() ? null : EvidenceKind.fromString(kind);
  }

  /**
   * Returns the URL or the document's id.
   *
   * @return the reference
   */
  public String getReference() {
    return reference;
  }

  /**
   * Returns the SHA-256 digest of the evidence.
   *
   * @return 64 hexadecimal characters, or {@code null}
   */
  public String getSha256() {
    return sha256;
  }

  /**
   * Returns what the evidence shows.
   *
   * @return the description, or {@code null}
   */
  public String getDescription() {
    return description;
  }

  @Override
  public String toString() {
    return "EvidenceRef{kind=" + kind + ", reference=" + reference + '}';
  }

  /** Builder for {@link EvidenceRef}; not thread-safe. */
  public static final class Builder {

    private final EvidenceKind kind;
    private final String reference;
    private String sha256;
    private String description;

    private Builder(EvidenceKind kind, String reference) {
      this.kind = kind;
      this.reference = reference;
    }

    /**
     * Sets the SHA-256 digest of the evidence; required for a document.
     *
     * @param sha256 64 hexadecimal characters
     * @return this builder
     * @throws NullPointerException if {@code sha256} is {@code null}
     */
    public Builder sha256(String sha256) {
      this.sha256 = Objects.requireNonNull(sha256, "sha256");
      return this;
    }

    /**
     * Sets what the evidence shows.
     *
     * @param description up to 500 characters
     * @return this builder
     * @throws NullPointerException if {@code description} is {@code null}
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Builds the evidence.
     *
     * @return immutable evidence
     */
    public EvidenceRef build() {
      return new EvidenceRef(this);
    }
  }
}
