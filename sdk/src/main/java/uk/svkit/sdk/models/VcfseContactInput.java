package uk.svkit.sdk.models;

import java.util.Objects;

/** A contact for {@code SaveVcfseProfileOptions}. Immutable; built with {@link #builder()}. */
public final class VcfseContactInput {

  private final String name;
  private final String role;
  private final String email;
  private final String phone;

  private VcfseContactInput(Builder b) {
    this.name = b.name;
    this.role = b.role;
    this.email = b.email;
    this.phone = b.phone;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name (required).
   *
   * @return the value, or {@code null} if not set
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the job role.
   *
   * @return the value, or {@code null} if not set
   */
  public String getRole() {
    return role;
  }

  /**
   * Returns the email address.
   *
   * @return the value, or {@code null} if not set
   */
  public String getEmail() {
    return email;
  }

  /**
   * Returns the telephone number.
   *
   * @return the value, or {@code null} if not set
   */
  public String getPhone() {
    return phone;
  }

  /** Builder for {@link VcfseContactInput}; not thread-safe. */
  public static final class Builder {

    private String name;
    private String role;
    private String email;
    private String phone;

    private Builder() {}

    /**
     * Sets the name (required).
     *
     * @param name the value
     * @return this builder
     * @throws NullPointerException if {@code name} (or an element) is {@code null}
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the job role.
     *
     * @param role the value
     * @return this builder
     * @throws NullPointerException if {@code role} (or an element) is {@code null}
     */
    public Builder role(String role) {
      this.role = Objects.requireNonNull(role, "role");
      return this;
    }

    /**
     * Sets the email address.
     *
     * @param email the value
     * @return this builder
     * @throws NullPointerException if {@code email} (or an element) is {@code null}
     */
    public Builder email(String email) {
      this.email = Objects.requireNonNull(email, "email");
      return this;
    }

    /**
     * Sets the telephone number.
     *
     * @param phone the value
     * @return this builder
     * @throws NullPointerException if {@code phone} (or an element) is {@code null}
     */
    public Builder phone(String phone) {
      this.phone = Objects.requireNonNull(phone, "phone");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public VcfseContactInput build() {
      return new VcfseContactInput(this);
    }
  }
}
