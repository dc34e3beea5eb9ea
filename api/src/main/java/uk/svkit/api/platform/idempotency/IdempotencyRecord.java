package uk.svkit.api.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A remembered creating request: its body hash and, once done, the response to replay. */
@Entity
@Table(name = "plt_idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {
  @Id
  @Column(name = "scope", length = 300)
  private String scope;

  @Id
  @Column(name = "idempotency_key", length = 255)
  private String idempotencyKey;

  @Column(name = "request_hash", length = 64, nullable = false)
  private String requestHash;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "response_status")
  private Integer responseStatus;

  @Column(name = "response_body")
  private String responseBody;

  @Column(name = "response_location", length = 2000)
  private String responseLocation;

  @Column(name = "response_etag", length = 200)
  private String responseETag;

  protected IdempotencyRecord() {}

  IdempotencyRecord(
      String scope, String key, String requestHash, OffsetDateTime now, OffsetDateTime expiresAt) {
    this.scope = scope;
    this.idempotencyKey = key;
    this.requestHash = requestHash;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  void complete(int status, String body, String location, String etag) {
    this.responseStatus = status;
    this.responseBody = body;
    this.responseLocation = location;
    this.responseETag = etag;
  }

  boolean isCompleted() {
    return responseStatus != null;
  }

  boolean isExpired(OffsetDateTime now) {
    return !expiresAt.isAfter(now);
  }

  String requestHash() {
    return requestHash;
  }

  int responseStatus() {
    return responseStatus;
  }

  String responseBody() {
    return responseBody;
  }

  String responseLocation() {
    return responseLocation;
  }

  String responseETag() {
    return responseETag;
  }

  /** Composite key: keys are unique per caller scope, not globally. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String scope;
    public String idempotencyKey;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other
          && Objects.equals(scope, other.scope)
          && Objects.equals(idempotencyKey, other.idempotencyKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(scope, idempotencyKey);
    }
  }
}
