package uk.svkit.sdk.models;

import java.util.List;
import java.util.Objects;

/**
 * What happened to an audited entity.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class AuditAction {

    /** The {@code CREATED} value. */
    public static final AuditAction CREATED = new AuditAction("CREATED");

    /** The {@code UPDATED} value. */
    public static final AuditAction UPDATED = new AuditAction("UPDATED");

    /** The {@code DELETED} value. */
    public static final AuditAction DELETED = new AuditAction("DELETED");

    private static final List<AuditAction> KNOWN = List.of(CREATED, UPDATED, DELETED);

    private final String value;

    private AuditAction(String value) {
        this.value = value;
    }

    /**
     * Returns the constant for a wire value, or a new instance for a value this SDK version does
     * not know.
     *
     * @param value the wire value, such as {@code "CREATED"}
     * @return the matching instance
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static AuditAction fromString(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("AuditAction value must not be blank");
        }
        for (AuditAction known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new AuditAction(value);
    }

    /**
     * Returns the values known to this SDK version; the server may send others.
     *
     * @return an unmodifiable list of the constants
     */
    public static List<AuditAction> values() {
        return KNOWN;
    }

    /** Returns the wire value, such as {@code "CREATED"}. */
    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditAction && value.equals(((AuditAction) o).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
