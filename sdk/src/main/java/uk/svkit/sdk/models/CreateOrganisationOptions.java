package uk.svkit.sdk.models;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@code OrganisationsClient.createOrganisation}. Immutable; build with {@link
 * #builder()}:
 *
 * <pre>{@code
 * CreateOrganisationOptions.builder()
 *     .name("Wirral Council")
 *     .roles(OrganisationRole.BUYER)
 *     .identifier("GB-LAE-WRL")
 *     .build();
 * }</pre>
 *
 * <p>Only presence of the name is checked here; the service validates the rest and answers with a
 * {@code ValidationException} listing the offending fields.
 */
public final class CreateOrganisationOptions {

  private final String name;
  private final List<OrganisationRole> roles;
  private final String identifier;
  private final List<String> otherIdentifiers;

  private CreateOrganisationOptions(Builder b) {
    this.name = b.name;
    this.roles = b.roles;
    this.identifier = b.identifier;
    this.otherIdentifiers = b.otherIdentifiers;
  }

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
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
   * Returns the roles.
   *
   * @return an unmodifiable list, or {@code null} if not set (then not sent)
   */
  public List<OrganisationRole> getRoles() {
    return roles;
  }

  /**
   * Returns the primary org-id identifier.
   *
   * @return the identifier, or {@code null} if not set (then not sent)
   */
  public String getIdentifier() {
    return identifier;
  }

  /**
   * Returns further org-id identifiers.
   *
   * @return an unmodifiable list, or {@code null} if not set (then not sent)
   */
  public List<String> getOtherIdentifiers() {
    return otherIdentifiers;
  }

  /** Builder for {@link CreateOrganisationOptions}; not thread-safe. */
  public static final class Builder {

    private String name;
    private List<OrganisationRole> roles;
    private String identifier;
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
     * Sets the roles, replacing any set before.
     *
     * @param roles the roles
     * @return this builder
     * @throws NullPointerException if {@code roles} or an element is {@code null}
     */
    public Builder roles(OrganisationRole... roles) {
      return roles(Arrays.asList(Objects.requireNonNull(roles, "roles")));
    }

    /**
     * Sets the roles, replacing any set before.
     *
     * @param roles the roles
     * @return this builder
     * @throws NullPointerException if {@code roles} or an element is {@code null}
     */
    public Builder roles(Iterable<OrganisationRole> roles) {
      this.roles = ModelLists.copyOf(roles, "roles");
      return this;
    }

    /**
     * Sets the primary org-id identifier, such as {@code GB-LAE-WRL}.
     *
     * @param identifier the identifier
     * @return this builder
     * @throws NullPointerException if {@code identifier} is {@code null}
     */
    public Builder identifier(String identifier) {
      this.identifier = Objects.requireNonNull(identifier, "identifier");
      return this;
    }

    /**
     * Sets further org-id identifiers, replacing any set before.
     *
     * @param otherIdentifiers the identifiers, such as {@code GB-COH-01234567}
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
    public CreateOrganisationOptions build() {
      if (name == null) {
        throw new IllegalStateException(
            "name is required: call CreateOrganisationOptions.builder().name(\"...\")");
      }
      return new CreateOrganisationOptions(this);
    }
  }
}
