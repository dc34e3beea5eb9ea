package uk.svkit.sdk;

/**
 * The versions of the svkit REST API this SDK can speak. A client talks to one version, the latest
 * unless {@link SvkitClientBuilder#serviceVersion(SvkitServiceVersion)} pins another, so an SDK
 * upgrade that adds a newer API version does not move an application onto it unasked.
 */
public enum SvkitServiceVersion {
  /** The first API version, served under {@code /api/v1}. */
  V1("v1");

  private final String version;

  SvkitServiceVersion(String version) {
    this.version = version;
  }

  /**
   * Returns the version as it appears in the API's path.
   *
   * @return the version, such as {@code v1}
   */
  public String getVersion() {
    return version;
  }

  /**
   * Returns the newest version this SDK speaks.
   *
   * @return the latest version
   */
  public static SvkitServiceVersion getLatest() {
    return V1;
  }
}
