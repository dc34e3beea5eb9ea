package uk.svkit.sdk.models;

import java.util.List;
import java.util.Objects;

/**
 * A role an organisation plays: buyer, supplier or VCFSE (voluntary, community, faith and social enterprise).
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class OrganisationRole {

    /** The {@code BUYER} value. */
    public static final OrganisationRole BUYER = new OrganisationRole("BUYER");

    /** The {@code SUPPLIER} value. */
    public static final OrganisationRole SUPPLIER = new OrganisationRole("SUPPLIER");

    /** The {@code VCFSE} value. */
    public static final OrganisationRole VCFSE = new OrganisationRole("VCFSE");

    private static final List<OrganisationRole> KNOWN = List.of(BUYER, SUPPLIER, VCFSE);

    private final String value;

    private OrganisationRole(String value) {
        this.value = value;
    }

    /**
     * Returns the constant for a wire value, or a new instance for a value this SDK version does
     * not know.
     *
     * @param value the wire value, such as {@code "BUYER"}
     * @return the matching instance
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static OrganisationRole fromString(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("OrganisationRole value must not be blank");
        }
        for (OrganisationRole known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new OrganisationRole(value);
    }

    /**
     * Returns the values known to this SDK version; the server may send others.
     *
     * @return an unmodifiable list of the constants
     */
    public static List<OrganisationRole> values() {
        return KNOWN;
    }

    /** Returns the wire value, such as {@code "BUYER"}. */
    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganisationRole && value.equals(((OrganisationRole) o).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
