package uk.svkit.api.framework.rest;

/** Input patterns the framework request bodies and parameters share. */
final class FrameworkPatterns {
  private FrameworkPatterns() {}

  /** Framework and edition codes appear in paths, so they are kept to URL-safe characters. */
  static final String CODE = "[A-Z0-9][A-Z0-9._-]{0,39}";

  static final String CODE_MESSAGE =
      "must be 1 to 40 capital letters, digits, '.', '_' or '-', starting with a letter or digit";
}
