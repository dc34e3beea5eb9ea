package uk.svkit.api.anchor.rest;

/** Input patterns the anchor request bodies and parameters share. */
final class AnchorPatterns {
  private AnchorPatterns() {}

  static final String CODE = "[A-Za-z0-9._-]+";

  static final String CODE_MESSAGE = "may contain letters, digits, '.', '_' and '-'";

  static final String PLACE = "[EWSN][0-9]{8}";

  static final String PLACE_MESSAGE =
      "must be an ONS local authority code such as E08000015 (see /places)";
}
