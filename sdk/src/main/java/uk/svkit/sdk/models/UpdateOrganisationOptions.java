package uk.svkit.sdk.models;

import java.util.List;
import java.util.Objects;

/**
 * Input of {@code OrganisationsClient.updateOrganisation}: the new state of the updatable fields.
 * The update is a full replacement ({@code PUT}), so start from the current state with {@link
 * #builder(Organisation)} when changing one field:
 *
 * <pre>{@code
 * Organisation current = organisations.getOrganisation(id);
 * organisations.updateOrganisation(current,
 *     UpdateOrganisationOptions.builder(current).name("Wirral Borough Council").build());
 * }</pre>
 */
public final class UpdateOrganisationOptions {

  private final String name;
  private final List<String> otherIdentifiers;

  private UpdateOrganisationOptions(Builder b) {
    this.name = b.name;
    this.otherIdentifiers = b.otherIdentifiers;
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder pre-filled with the updatable fields of {@code current}.
   *
   * @param current the organisation as last read
   * @return a new builder
   * @throws NullPointerException if {@code current} is {@code null}
   */
  public static Builder builder(Organisation current) {
    Objects.requireNonNull(current, "current");
    Builder b = new Builder();
    b.name = current.getName();
    b.otherIdentifiers = current.getOtherIdentifiers();
    return b;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the other identifiers.
   *
   * @return an unmodifiable list, or {@code null} if not set (then not sent)
   */
  public List<String> getOtherIdentifiers() {
    return otherIdentifiers;
  }

  /** Builder for {@link UpdateOrganisationOptions}; not thread-safe. */
  public static final class Builder {

    private String name;
    private List<String> otherIdentifiers;

    private Builder() {}

    /**
     * Sets the display name (required).
     *
     * @param name the name
     * @return this builder
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the other identifiers, replacing any set before. Only platform admins change them; an
     * organisation may send its current list back (as {@code builder(current)} does).
     *
     * @param otherIdentifiers the identifiers
     * @return this builder
     * @throws NullPointerException if the argument or an element is {@code null}
     */
    public Builder otherIdentifiers(Iterable<String> otherIdentifiers) {
      this.otherIdentifiers = ModelLists.copyOf(otherIdentifiers, "otherIdentifiers");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     * @throws IllegalStateException if no name was set
     */
    public UpdateOrganisationOptions build() {
      if (name == null) {
        throw new IllegalStateException(
            "name is required: call UpdateOrganisationOptions.builder().name(\"...\")"
                + " or start from builder(currentOrganisation)");
      }
      return new UpdateOrganisationOptions(this);
    }
  }
}
