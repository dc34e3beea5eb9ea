package uk.svkit.sdk.models;

/** A place (local authority area) identified by its ONS code, such as {@code E08000015} Wirral. */
public final class Place {

  private String code;
  private String name;
  private String kind;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Place() {}

  /**
   * Returns the ONS GSS code.
   *
   * @return the code, such as {@code E08000015}
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the name.
   *
   * @return the name, such as {@code Wirral}
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the kind of area as free text.
   *
   * @return the kind, such as {@code metropolitan borough}
   */
  public String getKind() {
    return kind;
  }

  @Override
  public String toString() {
    return "Place{code=" + code + ", name=" + name + ", kind=" + kind + '}';
  }
}
