package uk.svkit.sdk.models;

import java.util.List;
import java.util.Objects;

/**
 * The kind of a node in a framework edition's tree, such as a PPN 06/20 theme or outcome.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class FrameworkElementKind {

    /** The {@code THEME} value. */
    public static final FrameworkElementKind THEME = new FrameworkElementKind("THEME");

    /** The {@code MISSION} value. */
    public static final FrameworkElementKind MISSION = new FrameworkElementKind("MISSION");

    /** The {@code PILLAR} value. */
    public static final FrameworkElementKind PILLAR = new FrameworkElementKind("PILLAR");

    /** The {@code OUTCOME} value. */
    public static final FrameworkElementKind OUTCOME = new FrameworkElementKind("OUTCOME");

    /** The {@code CRITERION} value. */
    public static final FrameworkElementKind CRITERION = new FrameworkElementKind("CRITERION");

    private static final List<FrameworkElementKind> KNOWN = List.of(THEME, MISSION,
            PILLAR, OUTCOME, CRITERION);

    private final String value;

    private FrameworkElementKind(String value) {
        this.value = value;
    }

    /**
     * Returns the constant for a wire value, or a new instance for a value this SDK version does
     * not know.
     *
     * @param value the wire value, such as {@code "THEME"}
     * @return the matching instance
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static FrameworkElementKind fromString(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("FrameworkElementKind value must not be blank");
        }
        for (FrameworkElementKind known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new FrameworkElementKind(value);
    }

    /**
     * Returns the values known to this SDK version; the server may send others.
     *
     * @return an unmodifiable list of the constants
     */
    public static List<FrameworkElementKind> values() {
        return KNOWN;
    }

    /** Returns the wire value, such as {@code "THEME"}. */
    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameworkElementKind && value.equals(((FrameworkElementKind) o).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
